package org.slastudio.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.model.Agreement;
import org.slastudio.model.SimulationAssumptions;
import org.slastudio.review.Finding;
import org.slastudio.review.Severity;
import org.slastudio.store.Autosave;
import org.slastudio.ui.review.Printer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Options memo…" and "Print…" through the app's model, with the work done at once and a scripted printer. */
class MemoAndPrintTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Finding> findings = new ArrayList<>();
    @TempDir
    Path home;
    private ScriptedPrinter printer;
    private AppModel app;

    private AppModel app() {
        if (app == null) {
            printer = new ScriptedPrinter(home.resolve("printed"));
            app = new AppModel(new StoreFiles(), new StoreRecovery(new Autosave(home.resolve("recovery"))), dialogs,
                    TestStarters.BLANK_AND_EXAMPLE, new RecentDrafts(home.resolve("recent.txt")), a -> List.copyOf(findings),
                    Jobs.inline(), printer);
            app.begin(app.example().orElseThrow());
            // Few trials keep the memo quick; the memo uses the draft's saved trials as the command line does.
            Agreement a = app.draft().agreement();
            app.draft().commit(a.withSimulationAssumptions(new SimulationAssumptions(List.of(), null, null, List.of(), 1200, 7L)));
        }
        return app;
    }

    private static String words(Path pdf) throws IOException {
        return ExportPdfTest.text(pdf).replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void theMemoProposesTheDraftedLevelWithOneStepEitherSideAndWritesOneOptionPerLevel() throws IOException {
        dialogs.memoToSaveTo = home.resolve("options");
        dialogs.memoDetails = new Dialogs.MemoRequest("99.9, 99.95, 99.99", "", "Acme Retail Ltd", "",
                "Take 99.95% for the web shop.");

        app().export().exportMemo();

        assertThat(dialogs.asked).containsExactly(
                "memo details MemoRequest[levels=99.9, 99.95, 99.99, title=, preparedFor=, preparedBy=, recommendation=]",
                "memo managed-hosting-service-level-agreement-options-memo.pdf");
        Path memo = home.resolve("options.pdf");
        assertThat(words(memo)).contains("1 99.9%", "2 99.95%", "3 99.99%", "Acme Retail Ltd",
                "Take 99.95% for the web shop.", "level of every service set to 99.99%");
        assertThat(ExportPdfTest.markedDraft(memo)).isTrue();
        assertThat(app().export().outcome().get())
                .isEqualTo("Wrote options.pdf: options 99.9%, 99.95%, 99.99% on " + pages(memo) + " pages, marked DRAFT.");
    }

    @Test
    void aSecondMemoStartsFromWhatTheFirstAskedFor() {
        Dialogs.MemoRequest first = new Dialogs.MemoRequest("99.5, 99.9", "Two options", "", "Ann Consultant", "");
        dialogs.memoDetails = first;
        dialogs.memoToSaveTo = home.resolve("one.pdf");
        app().export().exportMemo();
        dialogs.memoDetails = null;

        app().export().exportMemo();

        assertThat(dialogs.asked.get(2)).isEqualTo("memo details " + first);
    }

    @Test
    void levelsThatCannotMakeAMemoAreNamedAndNothingIsAskedOrWritten() {
        String[][] cases = {
                {"99.9", "Levels: an options memo compares two to four levels; 1 given. Type them separated by commas, e.g. 99.9, 99.95, 99.99."},
                {"99.9, high", "Levels: \"high\" is not a level. Type two to four levels in percent, separated by commas, e.g. 99.9, 99.95, 99.99."},
                {"99.9, 99.90", "Levels: 99.90% is given twice; each option needs a level of its own, e.g. 99.9, 99.95, 99.99."},
                {"99, 99.5, 99.9, 99.95, 99.99", "Levels: an options memo compares two to four levels; 5 given. Type them separated by commas, e.g. 99.9, 99.95, 99.99."},
                {"99.9, 100", "A level must be above 0 and below 100 (100 is not); e.g. 99.9"},
        };
        for (String[] c : cases) {
            dialogs.asked.clear();
            dialogs.memoDetails = new Dialogs.MemoRequest(c[0], "", "", "", "");
            dialogs.memoToSaveTo = home.resolve("never.pdf");

            app().export().exportMemo();

            assertThat(dialogs.asked).as(c[0]).hasSize(2);
            assertThat(dialogs.asked.get(1)).as(c[0]).isEqualTo("error The options memo cannot be made: " + c[1]);
            assertThat(app().export().outcome().get()).isEqualTo("Options memo not written: " + c[1]);
            assertThat(home.resolve("never.pdf")).doesNotExist();
        }
    }

    @Test
    void levelsMayBeTypedWithPercentSignsAndSemicolons() throws IOException {
        dialogs.memoDetails = new Dialogs.MemoRequest("99.5%; 99.9%", "", "", "", "");
        dialogs.memoToSaveTo = home.resolve("typed.pdf");

        app().export().exportMemo();

        assertThat(words(home.resolve("typed.pdf"))).contains("1 99.5%", "2 99.9%");
    }

    @Test
    void cancellingTheMemoAtEitherQuestionWritesNothing() throws IOException {
        dialogs.cancelMemoDetails = true;
        app().export().exportMemo();
        dialogs.cancelMemoDetails = false;
        app().export().exportMemo();

        assertThat(dialogs.asked).hasSize(3);
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".pdf"));
        }
        assertThat(app().export().outcome().get()).isEmpty();
    }

    @Test
    void printHandsTheAgreementsPdfNamedLikeTheExportToThePrinter() throws IOException {
        app().export().finalCopy().set(true);

        app().export().print();

        assertThat(printer.names).containsExactly("managed-hosting-service-level-agreement.pdf");
        Path printed = printer.copies.get(0);
        assertThat(ExportPdfTest.text(printed)).contains("Nimbus Hosting GmbH", "Acme Retail Ltd");
        assertThat(ExportPdfTest.markedDraft(printed)).isFalse();
        assertThat(app().export().outcome().get()).startsWith("Sent managed-hosting-service-level-agreement.pdf to the printer: ")
                .contains("final copy", "fingerprint");
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void aMachineThatOnlyOpensPdfsSaysThePdfWasOpenedToPrintFromThere() {
        app();
        printer.answer = Printer.Handed.OPENED;

        app().export().print();

        assertThat(app().export().outcome().get())
                .startsWith("Opened managed-hosting-service-level-agreement.pdf in the PDF viewer to print from there: ")
                .contains("marked DRAFT");
    }

    @Test
    void aMachineThatCannotPrintSaysSoInWordsAndWhatToDoInstead() {
        app();
        printer.unavailable = "Printing is not possible on this machine: it offers no printing to programs.";

        app().export().print();

        assertThat(dialogs.asked).containsExactly("error Cannot print: " + printer.unavailable);
        assertThat(app().export().outcome().get()).isEqualTo("Not printed: printing is not possible on this machine.");
    }

    @Test
    void reviewErrorsStopPrintingAndTheMemoUnlessTheUserGoesOnAnyway() {
        findings.add(new Finding("$.overview.effectiveDate", Severity.ERROR, "The agreement has no effective date.", null));

        app().export().print();
        assertThat(app().export().outcome().get()).isEqualTo("Not printed: the review found 1 error to fix.");
        app().export().exportMemo();
        assertThat(app().export().outcome().get()).isEqualTo("Not put in a memo: the review found 1 error to fix.");
        assertThat(printer.names).isEmpty();

        dialogs.exportDespiteErrors = true;
        app().export().print();
        assertThat(printer.names).hasSize(1);
    }

    private static int pages(Path pdf) throws IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }
}
