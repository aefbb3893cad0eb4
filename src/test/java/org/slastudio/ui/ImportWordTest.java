package org.slastudio.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.export.ExportOptions;
import org.slastudio.export.WordDocument;
import org.slastudio.model.Agreement;
import org.slastudio.store.Autosave;
import org.slastudio.store.Draft;
import org.slastudio.ui.word.WordImportModel;
import org.slastudio.word.Counterparty;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** File > Import Word document…: what the returned document says, then on to the comparison, through the app's model. */
class ImportWordTest {
    static final String TARGET = "services[0].levels[0].targetPercent";
    static final String CAP = "creditRegime.monthlyCapPercent";
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    @TempDir
    Path home;
    private AppModel app;
    private Agreement before;

    private AppModel app() {
        if (app == null) {
            app = new AppModel(new StoreFiles(), new StoreRecovery(new Autosave(home.resolve("recovery"))), dialogs,
                    TestStarters.BLANK_AND_EXAMPLE, new RecentDrafts(home.resolve("recent.txt")), a -> List.of(), Jobs.inline());
            app.begin(app.example().orElseThrow());
            before = app.draft().agreement();
        }
        return app;
    }

    private WordImportModel wordImport() {
        return app().wordImport();
    }

    /** Our document as exported from the draft on screen, marked up by their counsel and saved as {@code name}. */
    private Path returned(String name, java.util.function.UnaryOperator<Counterparty> markUp) throws Exception {
        dialogs.wordToSaveTo = home.resolve("sent.docx");
        app().export().exportWord();
        Path file = home.resolve(name);
        Files.write(file, markUp.apply(new Counterparty(Files.readAllBytes(home.resolve("sent.docx")))).save());
        dialogs.wordToImport = file;
        return file;
    }

    private static Counterparty markedUp(Counterparty c) {
        try {
            return c.trackedReplace(TARGET, "99.95", "99.9")
                    .plainEdit(CAP, "40%")
                    .comment(TARGET, "99.95% is not achievable in the first year.")
                    .comment("services[1].name", "Is this the support desk we have today?")
                    .insertParagraphAfter("services[0].description", "Either party may ask for an extraordinary review.");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertDraftUnchanged() {
        assertThat(app().draft().agreement()).isEqualTo(before);
        assertThat(app().draft().canUndo().get()).as("an edit to undo").isFalse();
    }

    @Test
    void theChangedTermsAreListedWithOursAndTheirsHowTheyWereMadeAndTheirComments() throws Exception {
        returned("returned.docx", ImportWordTest::markedUp);

        wordImport().importWord();

        assertThat(wordImport().showing().get()).isTrue();
        assertThat(wordImport().fileName().get()).isEqualTo("returned.docx");
        assertThat(wordImport().changes()).extracting(WordImportModel.ChangedTerm::term, WordImportModel.ChangedTerm::change,
                WordImportModel.ChangedTerm::how, WordImportModel.ChangedTerm::comments).containsExactlyInAnyOrder(
                tuple("Web shop hosting, Around the clock: availability target", "99.95% → 99.9%", "tracked change",
                        List.of(Counterparty.AUTHOR + ": 99.95% is not achievable in the first year.")),
                tuple("Credits: monthly credit cap", "50% → 40%", "plain edit (not tracked)", List.of()));
        assertThat(wordImport().changes()).allSatisfy(c -> assertThat(c.place()).isNotBlank());
        assertThat(wordImport().otherEdits()).extracting(WordImportModel.OtherEdit::what, WordImportModel.OtherEdit::text)
                .containsExactly(tuple("a new paragraph (a tracked change)", "Either party may ask for an extraordinary review."));
        assertThat(wordImport().otherComments()).extracting(WordImportModel.OtherComment::author,
                WordImportModel.OtherComment::place, WordImportModel.OtherComment::text)
                .containsExactly(tuple(Counterparty.AUTHOR, "Support desk: name", "Is this the support desk we have today?"));
        assertThat(wordImport().summary().get()).isEqualTo("returned.docx changes 2 terms (1 as tracked change, 1 as plain edit);"
                + " 1 other edit that maps to no term; 2 comments.");
        assertThat(wordImport().comparable().get()).isTrue();
        assertDraftUnchanged();
    }

    @Test
    void anEditThatMapsToNoTermNamesTheTermItTookAwayInWords() throws Exception {
        returned("returned.docx", c -> c.removeControl("services[1].description", "Phone support only."));

        wordImport().importWord();

        assertThat(wordImport().otherEdits()).extracting(WordImportModel.OtherEdit::what).anySatisfy(what ->
                assertThat(what).startsWith("the term \"Support desk: description\" is no longer in its content control"));
        assertThat(wordImport().otherEdits()).extracting(WordImportModel.OtherEdit::place).allMatch(p -> !p.isBlank());
    }

    @Test
    void goingOnToCompareOffersTheirChangesAndAcceptedOnesBuildTheNextRound() throws Exception {
        returned("returned.docx", ImportWordTest::markedUp);
        wordImport().importWord();

        assertThat(wordImport().goOnToCompare()).isTrue();

        assertThat(wordImport().showing().get()).isFalse();
        assertThat(app().compare().showing().get()).isTrue();
        assertThat(app().compare().theirName().get()).isEqualTo("returned.docx");
        assertThat(app().compare().hasSource().get()).isTrue();
        assertThat(app().compare().rows()).extracting(r -> r.change().description())
                .anyMatch(d -> d.contains("99.95") && d.contains("99.9"))
                .anyMatch(d -> d.contains("cap") && d.contains("40"));
        assertDraftUnchanged();

        app().compare().rows().stream().filter(r -> r.change().description().contains("99.95")).findFirst().orElseThrow()
                .decision().set(org.slastudio.negotiation.Decision.ACCEPT);
        app().compare().buildNextRound();

        Agreement next = app().draft().agreement();
        assertThat(next.services().get(0).levels().get(0).targetPercent()).isEqualByComparingTo("99.9");
        assertThat(next.creditRegime().monthlyCapPercent()).isEqualTo(before.creditRegime().monthlyCapPercent());
        assertThat(app().draft().canUndo().get()).isTrue();
    }

    @Test
    void fromTheComparisonTheUserCanGoBackToWhatTheDocumentSaid() throws Exception {
        returned("returned.docx", ImportWordTest::markedUp);
        wordImport().importWord();
        wordImport().goOnToCompare();

        app().compare().backToSource();

        assertThat(app().compare().showing().get()).isFalse();
        assertThat(wordImport().showing().get()).isTrue();
        assertThat(wordImport().changes()).hasSize(2);
    }

    @Test
    void aDocumentOfAnotherDraftIsRefusedNamingTheFileAndLeavesTheDraftAsItWas() throws Exception {
        app();
        Path other = home.resolve("other.docx");
        Draft another = Draft.of(before.withServices(before.services().subList(0, 1)));
        try (OutputStream out = Files.newOutputStream(other)) {
            WordDocument.write(another, ExportOptions.draft(), out);
        }
        dialogs.wordToImport = other;

        wordImport().importWord();

        assertThat(dialogs.errorsShown()).singleElement().asString()
                .startsWith("error Cannot import other.docx: other.docx cannot be imported: it was exported from another draft");
        assertThat(wordImport().showing().get()).isFalse();
        assertDraftUnchanged();
    }

    @Test
    void aFileThatIsNotAWordDocumentIsRefusedWithoutAStackTrace() throws IOException {
        app();
        Path notes = Files.writeString(home.resolve("notes.docx"), "not a zip");
        dialogs.wordToImport = notes;

        wordImport().importWord();

        assertThat(dialogs.errorsShown()).singleElement().asString()
                .startsWith("error Cannot import notes.docx: notes.docx cannot be imported: it is not a Word document")
                .doesNotContain("Exception");
        assertDraftUnchanged();
    }

    @Test
    void aFileThatHasGoneIsReportedAsNotFound() {
        app();
        dialogs.wordToImport = home.resolve("gone.docx");

        wordImport().importWord();

        assertThat(dialogs.errorsShown()).containsExactly("error Cannot import gone.docx: gone.docx was not found: it may have"
                + " been moved or deleted. Choose it again where it is now.");
    }

    @Test
    void aDocumentReturnedUnchangedHasNothingToCompareAndSaysSo() throws Exception {
        returned("unchanged.docx", c -> c);

        wordImport().importWord();

        assertThat(wordImport().showing().get()).isTrue();
        assertThat(wordImport().changes()).isEmpty();
        assertThat(wordImport().summary().get()).isEqualTo("unchanged.docx changes no term; no other edits; 0 comments.");
        assertThat(wordImport().comparable().get()).isFalse();
        assertThat(wordImport().compareNote().get()).startsWith("The document changes no term");
        assertThat(wordImport().goOnToCompare()).isFalse();
        assertThat(app().compare().showing().get()).isFalse();
    }

    @Test
    void aDraftChangedAfterTheImportIsNotComparedWithIt() throws Exception {
        returned("returned.docx", ImportWordTest::markedUp);
        wordImport().importWord();

        app().wizard().edit(a -> a.withMetrics(List.of()));
        assertThat(wordImport().goOnToCompare()).isFalse();

        assertThat(dialogs.errorsShown()).singleElement().asString().startsWith("error Cannot compare with returned.docx: The draft"
                + " changed after returned.docx was read");
        assertThat(app().compare().showing().get()).isFalse();
    }

    @Test
    void anUndoLeavesTheImportWhichWasReadAgainstTheDraftAsItWas() throws Exception {
        app().wizard().edit(a -> a.withMetrics(List.of()));
        returned("returned.docx", ImportWordTest::markedUp);
        wordImport().importWord();
        assertThat(wordImport().showing().get()).isTrue();

        app().wizard().undo();

        assertThat(wordImport().showing().get()).isFalse();
        assertThat(wordImport().goOnToCompare()).isFalse();
        assertThat(app().compare().showing().get()).isFalse();
    }

    @Test
    void openingAnotherDraftLeavesTheImport() throws Exception {
        returned("returned.docx", ImportWordTest::markedUp);
        wordImport().importWord();
        dialogs.unsavedAnswer = Dialogs.UnsavedChoice.DISCARD;

        assertThat(app().begin(app().starters().get(0))).isTrue();

        assertThat(wordImport().showing().get()).isFalse();
    }
}
