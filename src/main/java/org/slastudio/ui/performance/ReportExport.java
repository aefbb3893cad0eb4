package org.slastudio.ui.performance;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.export.ExportFiles;
import org.slastudio.export.ExportOptions;
import org.slastudio.export.ServiceHistory;
import org.slastudio.export.ServiceReportPdf;
import org.slastudio.store.Draft;
import org.slastudio.ui.Dialogs;
import org.slastudio.ui.Jobs;
import org.slastudio.ui.review.ExportModel;

/**
 * "Export report…": the service report of what the Performance view shows (the range, the day, the services the
 * records were read for), as {@code report} writes it, in the agreement's typography. Written off the UI thread, on a
 * job of its own so the view's reading is not cancelled by it, and atomically: a failed write leaves any earlier file.
 */
public final class ReportExport {
    private final PerformanceModel performance;
    private final Dialogs dialogs;
    private final Jobs jobs;
    private final Supplier<Path> folder;
    private final BooleanProperty finalCopy = new SimpleBooleanProperty(false);
    private final StringProperty outcome = new SimpleStringProperty("");

    /** @param folder where the save dialog starts, e.g. the draft's folder */
    public ReportExport(PerformanceModel performance, Dialogs dialogs, Jobs jobs, Supplier<Path> folder) {
        this.performance = performance;
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.folder = folder;
        performance.result().addListener((o, was, is) -> outcome.set(""));
    }

    /** Leave out the DRAFT mark. */
    public BooleanProperty finalCopy() {
        return finalCopy;
    }

    /** What the last export did, in a line; blank before one. */
    public ReadOnlyStringProperty outcome() {
        return outcome;
    }

    /** True while there is nothing to report (no result yet) or a report is being written. */
    public BooleanBinding unavailable() {
        return performance.result().isNull().or(jobs.busy());
    }

    public void export() {
        PerformanceModel.Result result = performance.result().get();
        if (result == null) {
            return;
        }
        Optional<Path> chosen = dialogs.choosePdfToSave(folder.get().resolve(suggestedName(result.periods())));
        if (chosen.isEmpty()) {
            return;
        }
        Path pdf = ExportModel.withPdfExtension(chosen.get());
        ServiceHistory history = new ServiceHistory(Draft.of(result.agreement()), result.periods(), result.entries(),
                result.asOf(), RecordsWords.name(result.records()), result.leftOut(), result.plannedWork());
        ExportOptions options = finalCopy.get() ? ExportOptions.finalCopy() : ExportOptions.draft();
        boolean marked = !finalCopy.get();
        jobs.run("Writing " + pdf.getFileName() + "…",
                () -> ExportFiles.writeAtomically(pdf, out -> ServiceReportPdf.write(history, null, options, out)),
                written -> outcome.set("Wrote " + pdf.getFileName() + ": " + written.pages() + (written.pages() == 1
                        ? " page" : " pages") + ", " + (marked ? "marked DRAFT" : "final copy") + "."),
                failure -> dialogs.showError("Could not export " + pdf.getFileName(), "The service report was not"
                        + " written to " + pdf + " (" + failure.getMessage() + "). Choose another folder and export again."));
    }

    /** "service-report-2026-01-to-2026-03.pdf", or "service-report-2026-02.pdf" for one period. */
    static String suggestedName(List<MeasurementPeriodRange> periods) {
        String first = periods.get(0).label();
        String last = periods.get(periods.size() - 1).label();
        String range = first.equals(last) ? first : first + "-to-" + last;
        return "service-report-" + range.replaceAll("[^A-Za-z0-9-]+", "-") + ".pdf";
    }
}
