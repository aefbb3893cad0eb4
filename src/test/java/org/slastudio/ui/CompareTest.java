package org.slastudio.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.model.Agreement;
import org.slastudio.negotiation.Decision;
import org.slastudio.store.Autosave;
import org.slastudio.ui.compare.CompareModel;
import org.slastudio.ui.compare.Rounds;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Compare with…: their changes listed, accepted or rejected one by one, and the next round built from the decisions. */
class CompareTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MemoryFiles files = new MemoryFiles();
    private final Path theirFile = Path.of("returned.sla.json");
    @TempDir
    Path home;
    private AppModel app;

    private AppModel app() {
        if (app == null) {
            app = new AppModel(files, new StoreRecovery(new Autosave(home.resolve("recovery"))), dialogs,
                    List.of(Starter.of("ours", "Our draft", "", Rounds::ours)), new RecentDrafts(home.resolve("recent.txt")),
                    a -> List.of(), Jobs.inline());
            app.begin(app.starters().get(0));
            files.files.put(theirFile, Rounds.theirs());
            dialogs.fileToCompare = theirFile;
        }
        return app;
    }

    private CompareModel compare() {
        return app().compare();
    }

    @Test
    void theirChangesAreListedWithWhomTheyFavourAndWhereTheyStandAgainstOurPositions() {
        assertThat(compare().compareWith()).isTrue();

        assertThat(compare().showing().get()).isTrue();
        assertThat(compare().theirName().get()).isEqualTo("returned.sla.json");
        assertThat(compare().rows()).extracting(r -> r.change().description().substring(0, 20), CompareModel.Row::favours,
                CompareModel.Row::standing).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Service 'Web shop ho", "provider", "beyond walk-away"),
                org.assertj.core.groups.Tuple.tuple("Monthly credit cap: ", "provider", "within walk-away"),
                org.assertj.core.groups.Tuple.tuple("Clause 'Remedies': S", "—", ""));
        assertThat(compare().rows()).allMatch(r -> r.decision().get() == null);
    }

    @Test
    void theNextRoundTakesOverTheAcceptedChangesAndKeepsOursWhereRejectedOrOpen() {
        compare().compareWith();
        compare().rows().get(1).decision().set(Decision.ACCEPT);
        compare().rows().get(2).decision().set(Decision.ACCEPT);
        compare().rows().get(0).decision().set(Decision.REJECT);

        compare().buildNextRound();

        Agreement next = app().draft().agreement();
        assertThat(next.services().get(0).levels().get(0).targetPercent()).isEqualTo(new BigDecimal("99.95"));
        assertThat(next.creditRegime().monthlyCapPercent()).isEqualTo(new BigDecimal("30"));
        assertThat(next.clauses().get(0).text()).isEqualTo("Service credits are the only remedy for missed service levels.");
        assertThat(next.negotiation()).isEqualTo(Rounds.ours().negotiation());
        assertThat(compare().showing().get()).isFalse();
        assertThat(app().draft().dirty().get()).isTrue();
    }

    @Test
    void acceptingAllGivesTheirTermsAndRejectingAllKeepsOurs() {
        compare().compareWith();

        compare().acceptAll();
        assertThat(compare().nextRound()).isEqualTo(Rounds.theirs());
        compare().rejectAll();
        assertThat(compare().nextRound()).isEqualTo(Rounds.ours());
    }

    @Test
    void buildingTheNextRoundIsOneEditThatUndoes() {
        compare().compareWith();
        compare().acceptAll();

        compare().buildNextRound();
        assertThat(app().draft().agreement()).isEqualTo(Rounds.theirs());
        app().wizard().undo();

        assertThat(app().draft().agreement()).isEqualTo(Rounds.ours());
    }

    @Test
    void aFileThatCannotBeReadIsReportedAndNothingIsCompared() {
        app();
        dialogs.fileToCompare = Path.of("missing.sla.json");

        assertThat(compare().compareWith()).isFalse();

        assertThat(compare().showing().get()).isFalse();
        assertThat(dialogs.asked).containsExactly("compare", "error Cannot compare with missing.sla.json: $: missing.sla.json does not exist");
    }

    @Test
    void theRedlineShowsTheChangesFromTheirDraftToOurNextRound() throws IOException {
        compare().compareWith();
        compare().rows().get(1).decision().set(Decision.ACCEPT);
        dialogs.pdfToSaveTo = home.resolve("changes");

        compare().exportRedline();

        String text = ExportPdfTest.text(home.resolve("changes.pdf")).replaceAll("\\s+", " ");
        // Their target came back to ours; their cap was accepted, so it is no change.
        assertThat(text).contains("99.5%").contains("99.95%").doesNotContain("Monthly credit cap");
        assertThat(compare().outcome().get()).startsWith("Wrote changes.pdf: ");
    }

    @Test
    void anUndoWhileComparingLeavesTheComparisonWhichNoLongerShowsOurDraft() {
        app().wizard().edit(a -> a.withClauses(List.of()));
        compare().compareWith();

        app().wizard().undo();

        assertThat(compare().showing().get()).isFalse();
    }

    @Test
    void openingAnotherDraftLeavesTheComparison() {
        compare().compareWith();
        dialogs.unsavedAnswer = Dialogs.UnsavedChoice.DISCARD;

        assertThat(app().begin(app().starters().get(0))).isTrue();

        assertThat(compare().showing().get()).isFalse();
    }
}
