package org.slastudio.ui.performance;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.slastudio.monitoring.MonitoringRecords;
import org.slastudio.ui.Dialogs;
import org.slastudio.ui.Jobs;
import org.slastudio.ui.fields.Fields;
import org.slastudio.ui.wizard.DraftModel;

/**
 * The Performance view inside the main window, in place of the wizard while it shows; files are read on a job of its
 * own, and the service report written on another, so an export can run beside either.
 */
public final class PerformanceScreen {
    private final PerformanceModel model;
    private final ReportExport report;
    private final Node view;
    private final Runnable beforeOpening;

    /**
     * @param beforeOpening e.g. commits the wizard's step, so the view works out the draft with the edit in progress
     * @param folder        where the file dialog starts, e.g. the draft's folder
     */
    public PerformanceScreen(DraftModel draft, Runnable beforeOpening, Dialogs dialogs, Supplier<Path> folder) {
        this.beforeOpening = beforeOpening;
        model = new PerformanceModel(draft, dialogs, Jobs.background(), folder, MonitoringRecords.READER, LocalDate::now);
        report = new ReportExport(model, dialogs, Jobs.background(), folder);
        view = PerformanceView.of(model, report, this::close);
    }

    public void open() {
        beforeOpening.run();
        model.show();
    }

    public void close() {
        model.hide();
    }

    public ReadOnlyBooleanProperty showing() {
        return model.showing();
    }

    public Node view() {
        return view;
    }

    public PerformanceModel model() {
        return model;
    }

    public ReportExport report() {
        return report;
    }

    /** The Review step's way in. */
    public Button performanceButton() {
        Button button = Fields.button("review-performance", "Performance…",
                "Open the Performance view: how the term went under this draft, from the services' records", this::open);
        button.getStyleClass().remove(Styles.SMALL);
        return button;
    }
}
