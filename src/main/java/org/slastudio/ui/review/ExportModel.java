package org.slastudio.ui.review;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slastudio.export.AgreementPdf;
import org.slastudio.export.ExportOptions;
import org.slastudio.export.ExportResult;
import org.slastudio.export.MemoDetails;
import org.slastudio.export.MemoOption;
import org.slastudio.export.OptionsMemoPdf;
import org.slastudio.export.ExportFiles;
import org.slastudio.export.WordDocument;
import org.slastudio.model.SimulationAssumptions;
import org.slastudio.review.Finding;
import org.slastudio.review.Severity;
import org.slastudio.simulation.Simulator;
import org.slastudio.store.Draft;
import org.slastudio.ui.Dialogs;
import org.slastudio.ui.Jobs;
import org.slastudio.ui.wizard.DraftReview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What goes out of the app as a document, from the Review step and the File menu: "Export PDF…", "Export Word
 * document…", "Options memo…" and "Print…" (through the same PDF). Each refuses a draft with review errors unless the user goes on anyway, and writes
 * off the UI thread, marked DRAFT unless {@link #finalCopy()} is ticked.
 */
public final class ExportModel {
    private final BooleanProperty finalCopy = new SimpleBooleanProperty(false);
    private final StringProperty outcome = new SimpleStringProperty("");
    private final Supplier<Draft> draft;
    private final Supplier<Path> suggestedPdf;
    private final DraftReview reviewer;
    private final Dialogs dialogs;
    private final Jobs jobs;
    private final Printer printer;
    /** Which draft {@link #outcome} is about; an export that finishes after another draft was opened says nothing. */
    private int draftShown;
    /** What the last memo of this draft asked for, offered again so a second memo starts from the first. */
    private Dialogs.MemoRequest lastMemo;

    /**
     * @param draft        the draft as it is now, with what is on screen committed first
     * @param suggestedPdf the file the save dialog proposes, e.g. hosting.pdf beside hosting.sla.json
     */
    public ExportModel(Supplier<Draft> draft, Supplier<Path> suggestedPdf, DraftReview reviewer, Dialogs dialogs, Jobs jobs,
                       Printer printer) {
        this.draft = draft;
        this.suggestedPdf = suggestedPdf;
        this.reviewer = reviewer;
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.printer = printer;
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
        lastMemo = null;
    }

    public void exportPdf() {
        Draft current = draft.get();
        if (!cleared(current, "exported")) {
            return;
        }
        Optional<Path> chosen = dialogs.choosePdfToSave(suggestedPdf.get());
        if (chosen.isEmpty()) {
            return;
        }
        Path pdf = withPdfExtension(chosen.get());
        boolean signed = finalCopy.get();
        int about = draftShown;
        jobs.run("Writing " + pdf.getFileName() + "…", () -> write(current, signed, pdf),
                result -> say(about, "Wrote " + pdf.getFileName() + ": " + pages(result, signed) + "."),
                failure -> notWritten(about, pdf, failure));
    }

    /**
     * "Export Word document…": the agreement as the PDF has it, as a .docx whose every term sits in a content control
     * tagged with its place in the draft, so that the copy the other side returns can be imported against this draft.
     */
    public void exportWord() {
        Draft current = draft.get();
        if (!cleared(current, "exported")) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseWordToSave(withExtension(suggestedPdf.get(), ".docx"));
        if (chosen.isEmpty()) {
            return;
        }
        Path docx = withExtension(chosen.get(), ".docx");
        boolean signed = finalCopy.get();
        int about = draftShown;
        jobs.run("Writing " + docx.getFileName() + "…", () -> ExportFiles.writeAtomically(docx,
                        out -> WordDocument.write(current, signed ? ExportOptions.finalCopy() : ExportOptions.draft(), out)),
                result -> say(about, "Wrote " + docx.getFileName() + ": Word document, " + (signed ? "final copy" : "marked DRAFT")
                        + ", fingerprint " + result.fingerprint() + "."),
                failure -> {
                    say(about, "Not exported: " + docx.getFileName() + " could not be written.");
                    dialogs.showError("Could not export " + docx.getFileName(), "The Word document was not written to " + docx
                            + " (" + failure.getMessage() + "). Choose another folder and export again.");
                });
    }

    /**
     * Writes the agreement as it would be exported to a temporary PDF named like the export would be, and hands it to
     * the {@link Printer}; where the machine cannot print, says so and what to do instead.
     */
    public void print() {
        Draft current = draft.get();
        if (!cleared(current, "printed")) {
            return;
        }
        boolean signed = finalCopy.get();
        int about = draftShown;
        String name = withPdfExtension(suggestedPdf.get()).getFileName().toString();
        record Printed(ExportResult result, Printer.Handed handed) {
        }
        jobs.run("Preparing " + name + " for printing…", () -> {
            Path folder = Files.createTempDirectory("sla-studio-print");
            Path pdf = folder.resolve(name);
            ExportResult result = write(current, signed, pdf);
            // The viewer or the print queue may read it after we return; it goes when the app closes.
            pdf.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
            return new Printed(result, printer.print(pdf));
        }, printed -> say(about, (printed.handed() == Printer.Handed.PRINTED ? "Sent " + name + " to the printer: "
                : "Opened " + name + " in the PDF viewer to print from there: ") + pages(printed.result(), signed) + "."),
                failure -> {
                    if (failure instanceof Printer.Unavailable) {
                        say(about, "Not printed: printing is not possible on this machine.");
                        dialogs.showError("Cannot print", failure.getMessage());
                    } else {
                        say(about, "Not printed: the PDF to print could not be written.");
                        dialogs.showError("Cannot print", "The PDF to print could not be written (" + failure.getMessage()
                                + "). Export the PDF instead (File > Export PDF…) and print it from a PDF viewer.");
                    }
                });
    }

    /**
     * "Options memo…": asks for two to four levels and the memo's wording, makes one option per level from the draft
     * (every credit-bearing level of every service set to it), and writes the memo with the draft's saved trials and
     * seed, as the command line's {@code memo --levels} does.
     */
    public void exportMemo() {
        Draft current = draft.get();
        if (!cleared(current, "put in a memo")) {
            return;
        }
        Dialogs.MemoRequest suggested = lastMemo != null ? lastMemo
                : new Dialogs.MemoRequest(MemoLevels.suggested(current.agreement()), "", "", "", "");
        Optional<Dialogs.MemoRequest> asked = dialogs.askMemoDetails(suggested);
        if (asked.isEmpty()) {
            return;
        }
        Dialogs.MemoRequest request = asked.get();
        lastMemo = request;
        List<MemoOption> options;
        try {
            options = MemoLevels.options(current.agreement(), request.levels());
        } catch (IllegalArgumentException e) {
            outcome.set("Options memo not written: " + e.getMessage());
            dialogs.showError("The options memo cannot be made", e.getMessage());
            return;
        }
        Optional<Path> chosen = dialogs.chooseMemoToSave(memoBeside(suggestedPdf.get()));
        if (chosen.isEmpty()) {
            return;
        }
        Path pdf = withPdfExtension(chosen.get());
        boolean signed = finalCopy.get();
        ExportOptions exportOptions = signed ? ExportOptions.finalCopy() : ExportOptions.draft();
        SimulationAssumptions saved = current.agreement().simulationAssumptions() == null ? SimulationAssumptions.defaults()
                : current.agreement().simulationAssumptions();
        MemoDetails details = new MemoDetails(blankAsNull(request.title()), blankAsNull(request.preparedFor()),
                blankAsNull(request.preparedBy()), exportOptions.issued().toLocalDate(), blankAsNull(request.recommendation()),
                saved.trials() != null ? saved.trials() : Simulator.DEFAULT_TRIALS,
                saved.seed() != null ? saved.seed() : Simulator.DEFAULT_SEED);
        int about = draftShown;
        jobs.run("Simulating and writing " + pdf.getFileName() + "…",
                () -> ExportFiles.writeAtomically(pdf, out -> OptionsMemoPdf.write(options, details, exportOptions, out)),
                result -> say(about, "Wrote " + pdf.getFileName() + ": options " + String.join(", ",
                        options.stream().map(MemoOption::name).toList()) + " on " + result.pages() + " pages, "
                        + (signed ? "final copy" : "marked DRAFT") + "."),
                failure -> {
                    if (failure instanceof IllegalArgumentException) {
                        say(about, "Options memo not written: " + failure.getMessage());
                        dialogs.showError("The options memo cannot be made", failure.getMessage());
                    } else {
                        notWritten(about, pdf, failure);
                    }
                });
    }

    /** No review errors, or the user chose to go on despite them; otherwise says why nothing happened. */
    private boolean cleared(Draft current, String what) {
        List<Finding> errors = reviewer.review(current.agreement()).stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        if (errors.isEmpty() || dialogs.confirmExportDespite(errors.stream().map(f -> f.path() + ": " + f.message()).toList())) {
            return true;
        }
        outcome.set("Not " + what + ": the review found " + errors.size() + (errors.size() == 1 ? " error" : " errors") + " to fix.");
        return false;
    }

    private static ExportResult write(Draft current, boolean signed, Path pdf) throws IOException {
        ExportOptions options = signed ? ExportOptions.finalCopy() : ExportOptions.draft();
        return ExportFiles.writeAtomically(pdf, out -> AgreementPdf.write(current, options, out));
    }

    private static String pages(ExportResult result, boolean signed) {
        return result.pages() + " pages, " + (signed ? "final copy" : "marked DRAFT") + ", fingerprint " + result.fingerprint();
    }

    private void notWritten(int about, Path pdf, Throwable failure) {
        say(about, "Not exported: " + pdf.getFileName() + " could not be written.");
        dialogs.showError("Could not export " + pdf.getFileName(), "The PDF was not written to " + pdf + " ("
                + failure.getMessage() + "). Choose another folder and export again.");
    }

    private void say(int about, String what) {
        if (about == draftShown) {
            outcome.set(what);
        }
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** "hosting-options-memo.pdf" beside the agreement's "hosting.pdf". */
    static Path memoBeside(Path pdf) {
        String name = withPdfExtension(pdf).getFileName().toString();
        return pdf.resolveSibling(name.substring(0, name.length() - 4) + "-options-memo.pdf");
    }

    /** "agreement" becomes "agreement.pdf"; a name already ending in .pdf stays. */
    public static Path withPdfExtension(Path chosen) {
        return withExtension(chosen, ".pdf");
    }

    /**
     * "agreement" becomes "agreement.docx", and so does the proposed "agreement.pdf"; a name already ending in the
     * extension stays.
     */
    public static Path withExtension(Path chosen, String extension) {
        String name = chosen.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(extension)) {
            return chosen;
        }
        String stem = lower.endsWith(".pdf") || lower.endsWith(".docx") ? name.substring(0, name.lastIndexOf('.')) : name;
        return chosen.resolveSibling(stem + extension);
    }
}
