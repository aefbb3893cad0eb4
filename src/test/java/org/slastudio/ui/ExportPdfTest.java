package org.slastudio.ui;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.review.Finding;
import org.slastudio.review.Severity;
import org.slastudio.store.Autosave;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Export PDF… on the Review step, through the app's model with the work done at once. */
class ExportPdfTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Finding> findings = new ArrayList<>();
    @TempDir
    Path home;
    private AppModel app;

    private AppModel app() {
        if (app == null) {
            app = new AppModel(new StoreFiles(), new StoreRecovery(new Autosave(home.resolve("recovery"))), dialogs,
                    TestStarters.BLANK_AND_EXAMPLE, new RecentDrafts(home.resolve("recent.txt")), a -> List.copyOf(findings),
                    Jobs.inline());
            app.begin(app.example().orElseThrow());
        }
        return app;
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The rotated DRAFT mark comes out of the text in pieces; without white space it reads whole. */
    static boolean markedDraft(Path pdf) throws IOException {
        return text(pdf).replaceAll("\\s+", "").contains("DRAFT");
    }

    @Test
    void aDraftWithoutErrorsIsWrittenWhereTheUserChoseAndMarkedDraft() throws IOException {
        dialogs.pdfToSaveTo = home.resolve("hosting");

        app().export().exportPdf();

        Path pdf = home.resolve("hosting.pdf");
        assertThat(dialogs.asked).containsExactly("pdf managed-hosting-service-level-agreement.pdf");
        assertThat(text(pdf)).contains("Nimbus Hosting GmbH", "Acme Retail Ltd", "Dr. Anna Weber");
        assertThat(markedDraft(pdf)).isTrue();
        assertThat(app().export().outcome().get()).startsWith("Wrote hosting.pdf: ").contains("marked DRAFT", "fingerprint");
        try (var leftovers = Files.list(home)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aFinalCopyCarriesNoDraftMark() throws IOException {
        dialogs.pdfToSaveTo = home.resolve("signed.pdf");
        app().export().finalCopy().set(true);

        app().export().exportPdf();

        assertThat(markedDraft(home.resolve("signed.pdf"))).isFalse();
        assertThat(app().export().outcome().get()).contains("final copy");
    }

    @Test
    void reviewErrorsStopTheExportAndNameTheErrorsWhenTheUserDoesNotExportAnyway() {
        findings.add(new Finding("$.overview.effectiveDate", Severity.ERROR, "The agreement has no effective date.", null));
        findings.add(new Finding("$.overview.title", Severity.WARNING, "A short title reads better.", null));
        dialogs.pdfToSaveTo = home.resolve("hosting.pdf");

        app().export().exportPdf();

        assertThat(dialogs.asked).containsExactly("export despite $.overview.effectiveDate: The agreement has no effective date.");
        assertThat(home.resolve("hosting.pdf")).doesNotExist();
        assertThat(app().export().outcome().get()).isEqualTo("Not exported: the review found 1 error to fix.");
    }

    @Test
    void reviewErrorsDoNotStopAnExportTheUserConfirms() {
        findings.add(new Finding("$.overview.effectiveDate", Severity.ERROR, "The agreement has no effective date.", null));
        dialogs.exportDespiteErrors = true;
        dialogs.pdfToSaveTo = home.resolve("hosting.pdf");

        app().export().exportPdf();

        assertThat(home.resolve("hosting.pdf")).isNotEmptyFile();
    }

    @Test
    void aPdfThatCannotBeMovedIntoPlaceIsReportedAndLeavesNothingHalfWritten() throws IOException {
        // A folder in the way of the PDF: the rename at the end of the write fails, as it would on a locked file.
        Path inTheWay = Files.createDirectory(home.resolve("hosting.pdf"));
        Files.writeString(inTheWay.resolve("notes.txt"), "kept");
        dialogs.pdfToSaveTo = inTheWay;

        app().export().exportPdf();

        assertThat(dialogs.asked).anyMatch(q -> q.startsWith("error Could not export hosting.pdf: The PDF was not written to "));
        assertThat(inTheWay.resolve("notes.txt")).hasContent("kept");
        assertThat(app().export().outcome().get()).isEqualTo("Not exported: hosting.pdf could not be written.");
        try (var leftovers = Files.list(home)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void cancellingTheSaveDialogWritesNothing() {
        app().export().exportPdf();

        assertThat(app().export().outcome().get()).isEmpty();
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".pdf"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
