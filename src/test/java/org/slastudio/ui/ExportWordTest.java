package org.slastudio.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.review.Finding;
import org.slastudio.review.Severity;
import org.slastudio.store.Autosave;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** File > Export Word document…, through the app's model with the work done at once. */
class ExportWordTest {
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

    static String part(Path docx, String name) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            var entry = zip.getEntry(name);
            assertThat(entry).as(name + " in " + docx.getFileName()).isNotNull();
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theAgreementIsWrittenAsAWordDocumentWhereTheUserChoseWithItsTermsTaggedAndMarkedDraft() throws IOException {
        dialogs.wordToSaveTo = home.resolve("hosting");

        app().export().exportWord();

        Path docx = home.resolve("hosting.docx");
        assertThat(dialogs.asked).containsExactly("docx managed-hosting-service-level-agreement.docx");
        assertThat(part(docx, "word/document.xml")).contains("Acme Retail Ltd", "<w:tag w:val=\"services[0].levels[0].targetPercent\"/>");
        assertThat(part(docx, "word/header1.xml")).contains("DRAFT");
        assertThat(app().export().outcome().get()).startsWith("Wrote hosting.docx: Word document, marked DRAFT, fingerprint ");
        try (var leftovers = Files.list(home)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aFinalCopyCarriesNoDraftWatermark() throws IOException {
        dialogs.wordToSaveTo = home.resolve("signed.docx");
        app().export().finalCopy().set(true);

        app().export().exportWord();

        assertThat(part(home.resolve("signed.docx"), "word/header1.xml")).doesNotContain("DRAFT");
        assertThat(app().export().outcome().get()).contains("final copy");
    }

    @Test
    void aNameChosenWithThePdfsExtensionBecomesADocx() {
        dialogs.wordToSaveTo = home.resolve("hosting.pdf");

        app().export().exportWord();

        assertThat(home.resolve("hosting.docx")).isNotEmptyFile();
        assertThat(home.resolve("hosting.pdf")).doesNotExist();
    }

    @Test
    void reviewErrorsStopTheExportUnlessTheUserExportsAnyway() {
        findings.add(new Finding("$.overview.effectiveDate", Severity.ERROR, "The agreement has no effective date.", null));
        dialogs.wordToSaveTo = home.resolve("hosting.docx");

        app().export().exportWord();
        assertThat(home.resolve("hosting.docx")).doesNotExist();
        assertThat(app().export().outcome().get()).isEqualTo("Not exported: the review found 1 error to fix.");

        dialogs.exportDespiteErrors = true;
        app().export().exportWord();
        assertThat(home.resolve("hosting.docx")).isNotEmptyFile();
    }

    @Test
    void aDocumentThatCannotBeMovedIntoPlaceIsReportedAndLeavesNothingHalfWritten() throws IOException {
        Path inTheWay = Files.createDirectory(home.resolve("hosting.docx"));
        Files.writeString(inTheWay.resolve("notes.txt"), "kept");
        dialogs.wordToSaveTo = inTheWay;

        app().export().exportWord();

        assertThat(dialogs.errorsShown()).singleElement().asString()
                .startsWith("error Could not export hosting.docx: The Word document was not written to ")
                .endsWith("Choose another folder and export again.");
        assertThat(inTheWay.resolve("notes.txt")).hasContent("kept");
        assertThat(app().export().outcome().get()).isEqualTo("Not exported: hosting.docx could not be written.");
        try (var leftovers = Files.list(home)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void cancellingTheSaveDialogWritesNothing() throws IOException {
        app().export().exportWord();

        assertThat(app().export().outcome().get()).isEmpty();
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".docx"));
        }
    }
}
