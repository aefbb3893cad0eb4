package org.slastudio.ui.review;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slastudio.export.AgreementPdf;
import org.slastudio.export.ExportOptions;
import org.slastudio.export.PdfFiles;
import org.slastudio.review.Finding;
import org.slastudio.review.Severity;
import org.slastudio.store.Draft;
import org.slastudio.ui.Dialogs;
import org.slastudio.ui.Jobs;
import org.slastudio.ui.wizard.DraftReview;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Export PDF…" on the Review step: refuses a draft with review errors unless the user exports anyway, asks where,
 * and writes the agreement off the UI thread, marked DRAFT unless {@link #finalCopy()} is ticked.
 */
public final class ExportModel {
    private final BooleanProperty finalCopy = new SimpleBooleanProperty(false);
    private final StringProperty outcome = new SimpleStringProperty("");
    private final Supplier<Draft> draft;
    private final Supplier<Path> suggestedPdf;
    private final DraftReview reviewer;
    private final Dialogs dialogs;
    private final Jobs jobs;
    /** Which draft {@link #outcome} is about; an export that finishes after another draft was opened says nothing. */
    private int draftShown;

    /** @param draft the draft as it is now, with what is on screen committed first */
    /** @param suggestedPdf the file the save dialog proposes, e.g. hosting.pdf beside hosting.sla.json */
    public ExportModel(Supplier<Draft> draft, Supplier<Path> suggestedPdf, DraftReview reviewer, Dialogs dialogs, Jobs jobs) {
        this.draft = draft;
        this.suggestedPdf = suggestedPdf;
        this.reviewer = reviewer;
        this.dialogs = dialogs;
        this.jobs = jobs;
    }

    /** A copy for signature, without the DRAFT mark. */
    public BooleanProperty finalCopy() {
        return finalCopy;
    }

    /** What the last export did, in a line: where it went and its fingerprint, or why nothing was written. */
    public ReadOnlyStringProperty outcome() {
        return outcome;
    }

    public Jobs jobs() {
        return jobs;
    }

    /** Another draft is on screen: what was said about the last one's export goes. */
    public void forgetOutcome() {
        draftShown++;
        outcome.set("");
    }

    public void exportPdf() {
        Draft current = draft.get();
        List<Finding> errors = reviewer.review(current.agreement()).stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty() && !dialogs.confirmExportDespite(errors.stream().map(f -> f.path() + ": " + f.message()).toList())) {
            outcome.set("Not exported: the review found " + errors.size() + (errors.size() == 1 ? " error" : " errors") + " to fix.");
            return;
        }
        Optional<Path> chosen = dialogs.choosePdfToSave(suggestedPdf.get());
        if (chosen.isEmpty()) {
            return;
        }
        Path pdf = withPdfExtension(chosen.get());
        boolean signed = finalCopy.get();
        ExportOptions options = signed ? ExportOptions.finalCopy() : ExportOptions.draft();
        int about = draftShown;
        jobs.run("Writing " + pdf.getFileName() + "…",
                () -> PdfFiles.writeAtomically(pdf, out -> AgreementPdf.write(current, options, out)),
                result -> say(about, "Wrote " + pdf.getFileName() + ": " + result.pages() + " pages, "
                        + (signed ? "final copy" : "marked DRAFT") + ", fingerprint " + result.fingerprint() + "."),
                failure -> {
                    say(about, "Not exported: " + pdf.getFileName() + " could not be written.");
                    dialogs.showError("Could not export " + pdf.getFileName(), "The PDF was not written to " + pdf + " ("
                            + failure.getMessage() + "). Choose another folder and export again.");
                });
    }

    private void say(int about, String what) {
        if (about == draftShown) {
            outcome.set(what);
        }
    }

    /** "agreement" becomes "agreement.pdf"; a name already ending in .pdf stays. */
    public static Path withPdfExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? chosen : chosen.resolveSibling(name + ".pdf");
    }
}
