package org.slastudio.ui.simulator;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.slastudio.ui.AppModel;
import org.slastudio.ui.Dialogs;
import org.slastudio.ui.fields.Fields;
import org.slastudio.ui.wizard.DraftModel;

/**
 * The simulator inside the main window, in place of the wizard while it shows. It simulates on one daemon thread,
 * so the window keeps answering while a run is under way, and only while it shows.
 */
public final class SimulatorScreen {
    private final SimulatorModel model;
    private final CompositeModel composite;
    private final Node view;
    private final BooleanProperty showing = new SimpleBooleanProperty();
    private final Runnable beforeOpening;

    /**
     * @param beforeOpening e.g. commits the wizard's step, so the simulator sees the edit in progress
     * @param folder        where the CSV export's dialog starts, e.g. the draft's folder
     */
    public SimulatorScreen(DraftModel draft, Runnable beforeOpening, Dialogs dialogs, Supplier<Path> folder) {
        this.beforeOpening = beforeOpening;
        model = new SimulatorModel(draft, Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "simulator");
            thread.setDaemon(true);
            return thread;
        }), Platform::runLater);
        composite = new CompositeModel(draft, java.time.LocalDate::now);
        view = SimulatorView.of(model, composite, this::close, () -> model.exportCsv(dialogs,
                folder.get().resolve(AppModel.fileStem(draft.agreement()) + "-service-levels.csv")));
    }

    public void open() {
        beforeOpening.run();
        model.show();
        composite.show();
        showing.set(true);
    }

    public void close() {
        model.hide();
        composite.hide();
        showing.set(false);
    }

    public ReadOnlyBooleanProperty showing() {
        return showing;
    }

    public Node view() {
        return view;
    }

    public SimulatorModel model() {
        return model;
    }

    public CompositeModel composite() {
        return composite;
    }

    /** The Review step with {@code review-simulate} under it, the way from the wizard to the simulator. */
    /** The Review step's way in. */
    public Button simulateButton() {
        Button button = Fields.button("review-simulate", "Simulate service levels…",
                "Open the simulator: what each level costs the provider and the customer", this::open);
        // Full size, like the other actions beside it.
        button.getStyleClass().remove(atlantafx.base.theme.Styles.SMALL);
        return button;
    }
}
