package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.Negotiation;
import org.slastudio.model.Clause;
import org.slastudio.model.Position;
import org.slastudio.model.Round;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RoundCommandTest {

    private static final Position OUR_POSITION = new Position("services[database].levels[business-hours].targetPercent",
            new BigDecimal("99.95"), List.of(new BigDecimal("99.8")), new BigDecimal("99.5"));

    @TempDir
    Path dir;

    private Path save(String name, Agreement agreement) throws IOException {
        Path file = dir.resolve(name);
        DraftStore.save(file, Draft.of(agreement));
        return file;
    }

    private static Agreement ours() {
        return Agreements.valid().withNegotiation(new Negotiation(List.of(OUR_POSITION), List.of()));
    }

    /** The draft with its first clause's text replaced: a change of terms that is easy to see. */
    private static Agreement reworded(Agreement a, String text) {
        Clause first = a.clauses().get(0);
        List<Clause> clauses = new ArrayList<>(a.clauses());
        clauses.set(0, new Clause(first.section(), first.heading(), text));
        return a.withClauses(clauses);
    }

    private static String firstClause(Agreement a) {
        return a.clauses().get(0).text();
    }

    private static Agreement load(Path file) {
        return DraftStore.load(file).draft().agreement();
    }

    @Test
    void aSavedRoundReadsBackFromTheDraftAndItsTextIsFrozenBesideIt() throws IOException {
        Path draft = save("hosting.sla.json", ours());

        CommandRun run = CommandRun.of("round", "save", draft.toString(), "--by", "customer", "--date", "2026-01-05",
                "--note", "Our opening");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Saved round 1 of " + draft + ", proposed by customer (Contoso Retail Ltd) on 2026-01-05")
                .contains(dir.resolve("hosting.round-1.sla.json").toString());
        Agreement saved = load(draft);
        assertThat(saved.negotiation().rounds()).containsExactly(new Round(1, "customer", LocalDate.of(2026, 1, 5), "Our opening"));
        assertThat(saved.negotiation().positions()).containsExactly(OUR_POSITION);
        assertThat(load(dir.resolve("hosting.round-1.sla.json"))).isEqualTo(saved);
    }

    @Test
    void aSecondSaveAddsTheSecondRoundAndLeavesTheFirstRoundsFileAsItWas() throws IOException {
        Path draft = save("hosting.sla.json", ours());
        CommandRun.of("round", "save", draft.toString(), "--by", "customer", "--date", "2026-01-05");
        byte[] first = Files.readAllBytes(dir.resolve("hosting.round-1.sla.json"));
        Agreement edited = load(draft);
        DraftStore.save(draft, Draft.of(reworded(edited, "Revised")));

        CommandRun run = CommandRun.of("round", "save", draft.toString(), "--by", "provider", "--date", "2026-01-19",
                "--note", "  Revised after the call  ");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(load(draft).negotiation().rounds()).containsExactly(
                new Round(1, "customer", LocalDate.of(2026, 1, 5), null),
                new Round(2, "provider", LocalDate.of(2026, 1, 19), "Revised after the call"));
        assertThat(Files.readAllBytes(dir.resolve("hosting.round-1.sla.json"))).isEqualTo(first);
        assertThat(firstClause(load(dir.resolve("hosting.round-2.sla.json")))).isEqualTo("Revised");
    }

    @Test
    void aRoundByRoleNamesThePartyThatHasIt() throws IOException {
        Path draft = save("hosting.sla.json", ours());

        CommandRun run = CommandRun.of("round", "save", draft.toString(), "--by", "PROVIDER", "--date", "2026-01-05");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(load(draft).negotiation().rounds()).extracting(Round::proposedBy).containsExactly("provider");
    }

    @Test
    void theirDraftSavedAsARoundBringsTheirTermsAndKeepsOurPositionsAndRounds() throws IOException {
        Path draft = save("hosting.sla.json", ours());
        CommandRun.of("round", "save", draft.toString(), "--by", "customer", "--date", "2026-01-05");
        // they send back a counter-proposal with a position of theirs and their own idea of the rounds
        Agreement counter = reworded(Agreements.valid(), "Their counter").withNegotiation(new Negotiation(
                List.of(new Position("creditRegime.monthlyCapPercent", BigDecimal.TEN, List.of(), BigDecimal.ONE)),
                List.of(new Round(7, "provider", null, "theirs"))));
        Path theirs = save("from-northwind.sla.json", counter);

        CommandRun run = CommandRun.of("round", "save", draft.toString(), "--theirs", theirs.toString(), "--by", "provider",
                "--date", "2026-01-19", "--note", "Their counter");

        assertThat(run.status()).as(run.err()).isZero();
        Agreement saved = load(draft);
        assertThat(firstClause(saved)).isEqualTo("Their counter");
        assertThat(saved.negotiation().positions()).containsExactly(OUR_POSITION);
        assertThat(saved.negotiation().rounds()).containsExactly(new Round(1, "customer", LocalDate.of(2026, 1, 5), null),
                new Round(2, "provider", LocalDate.of(2026, 1, 19), "Their counter"));
        assertThat(load(dir.resolve("hosting.round-2.sla.json"))).isEqualTo(saved);
        assertThat(load(theirs)).isEqualTo(counter);
    }

    @Test
    void theirDraftDoesNotReplaceWorkThatNoRoundHoldsUnlessForced() throws IOException {
        Path draft = save("hosting.sla.json", ours());
        CommandRun.of("round", "save", draft.toString(), "--by", "customer", "--date", "2026-01-05");
        DraftStore.save(draft, Draft.of(reworded(load(draft), "Edited since round 1")));
        byte[] before = Files.readAllBytes(draft);
        Path theirs = save("theirs.sla.json", reworded(Agreements.valid(), "Their counter"));

        CommandRun refused = CommandRun.of("round", "save", draft.toString(), "--theirs", theirs.toString(), "--by", "provider");

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("1 change since round 1", "--force", "Nothing was saved");
        assertThat(Files.readAllBytes(draft)).isEqualTo(before);
        assertThat(dir.resolve("hosting.round-2.sla.json")).doesNotExist();

        CommandRun forced = CommandRun.of("round", "save", draft.toString(), "--theirs", theirs.toString(), "--by", "provider",
                "--force", "--date", "2026-01-19");

        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(firstClause(load(draft))).isEqualTo("Their counter");
        assertThat(firstClause(load(DraftStore.backupOf(draft)))).isEqualTo("Edited since round 1");
    }

    @Test
    void aDraftWithAValueThatCannotBeReadIsRefusedNamingTheFieldAndNothingIsWritten() throws IOException {
        Path draft = save("hosting.sla.json", ours());
        String text = Files.readString(draft).replaceFirst("\"amount\"\\s*:\\s*[0-9.]+", "\"amount\": \"lots\"");
        Files.writeString(draft, text);

        CommandRun run = CommandRun.of("round", "save", draft.toString(), "--by", "customer");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("round save: " + draft + " cannot be read whole", "$.services[0].monthlyFee.amount", "lots");
        assertThat(Files.readString(draft)).isEqualTo(text);
        assertThat(dir.resolve("hosting.round-1.sla.json")).doesNotExist();
        assertThat(DraftStore.backupOf(draft)).doesNotExist();
    }

    @Test
    void theirFileThatIsNotADraftIsRefusedByNameAndOursStaysAsItWas() throws IOException {
        Path draft = save("hosting.sla.json", ours());
        byte[] before = Files.readAllBytes(draft);
        Path theirs = dir.resolve("reply.sla.json");
        Files.writeString(theirs, "{\"name\": \"not a draft\"}");

        CommandRun run = CommandRun.of("round", "save", draft.toString(), "--theirs", theirs.toString(), "--by", "provider");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(theirs + " cannot be read").contains("not an SLA Studio draft");
        assertThat(Files.readAllBytes(draft)).isEqualTo(before);
        assertThat(dir.resolve("hosting.round-1.sla.json")).doesNotExist();
    }

    @Test
    void aPartyTheDraftDoesNotHaveOrADateThatIsNotOneIsAUsageErrorNamingTheOption() throws IOException {
        Path draft = save("hosting.sla.json", ours());
        byte[] before = Files.readAllBytes(draft);

        CommandRun party = CommandRun.of("round", "save", draft.toString(), "--by", "supplier");
        CommandRun date = CommandRun.of("round", "save", draft.toString(), "--by", "customer", "--date", "2026-02-30");
        CommandRun missing = CommandRun.of("round", "save", draft.toString());

        assertThat(party.status()).isEqualTo(2);
        assertThat(party.err()).contains("--by 'supplier' is no party of the draft", "provider, customer");
        assertThat(date.status()).isEqualTo(2);
        assertThat(date.err()).contains("--date '2026-02-30' is not a date", "YYYY-MM-DD");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("--by");
        assertThat(Files.readAllBytes(draft)).isEqualTo(before);
        assertThat(dir.resolve("hosting.round-1.sla.json")).doesNotExist();
    }

    @Test
    void aRoundFileAlreadyThereIsNeverReplacedAndTheDraftStaysAsItWas() throws IOException {
        Path draft = save("hosting.sla.json", ours());
        byte[] before = Files.readAllBytes(draft);
        Files.writeString(dir.resolve("hosting.round-1.sla.json"), "kept as it was");

        CommandRun run = CommandRun.of("round", "save", draft.toString(), "--by", "customer");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("hosting.round-1.sla.json is already there", "never replaced", "Nothing was saved");
        assertThat(Files.readString(dir.resolve("hosting.round-1.sla.json"))).isEqualTo("kept as it was");
        assertThat(Files.readAllBytes(draft)).isEqualTo(before);
    }

    @Test
    void whenTheDraftCannotBeSavedAfterTheRoundsFileIsWrittenItStaysAsItWasAndTheMessageSaysWhatToMoveAway() throws IOException {
        Path draft = save("hosting.sla.json", ours());
        byte[] before = Files.readAllBytes(draft);
        Files.createDirectory(DraftStore.backupOf(draft)); // the backup cannot be written over a folder

        CommandRun run = CommandRun.of("round", "save", draft.toString(), "--by", "customer");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("wrote " + dir.resolve("hosting.round-1.sla.json"), "could not save " + draft,
                "is as it was", "Move hosting.round-1.sla.json away before trying again");
        assertThat(Files.readAllBytes(draft)).isEqualTo(before);
    }

    @Test
    void theListShowsEachRoundWithItsFileAndWhetherTheWorkingCopyChangedSince() throws IOException {
        Path draft = save("hosting.sla.json", ours());
        CommandRun.of("round", "save", draft.toString(), "--by", "customer", "--date", "2026-01-05", "--note", "Our opening");
        CommandRun.of("round", "save", draft.toString(), "--by", "provider", "--date", "2026-01-19");
        Files.delete(dir.resolve("hosting.round-1.sla.json"));

        CommandRun same = CommandRun.of("round", "list", draft.toString());
        DraftStore.save(draft, Draft.of(reworded(load(draft), "Edited")));
        CommandRun changed = CommandRun.of("round", "list", draft.toString(), "--format", "json");

        assertThat(same.status()).as(same.err()).isZero();
        assertThat(same.out().lines()).containsExactly(
                draft + ": 2 rounds",
                "  Round 1  2026-01-05  proposed by customer (Contoso Retail Ltd)  hosting.round-1.sla.json (missing)",
                "           Our opening",
                "  Round 2  2026-01-19  proposed by provider (Northwind Cloud GmbH)  hosting.round-2.sla.json",
                "Working copy: the terms of round 2");
        JsonNode root = JsonMapper.builder().build().readTree(changed.out());
        assertThat(root.get("rounds").get(0).get("present").booleanValue()).isFalse();
        assertThat(root.get("rounds").get(1).get("proposedBy").stringValue()).isEqualTo("provider");
        assertThat(root.get("workingCopy").get("latestRound").intValue()).isEqualTo(2);
        assertThat(root.get("workingCopy").get("changesSinceLatestRound").intValue()).isEqualTo(1);
    }

    @Test
    void aDraftWithoutRoundsSaysSoAndAnUnreadableOneExitsWithTwo() throws IOException {
        Path draft = save("hosting.sla.json", ours());

        CommandRun none = CommandRun.of("round", "list", draft.toString());
        CommandRun missing = CommandRun.of("round", "list", dir.resolve("missing.sla.json").toString());

        assertThat(none.out()).isEqualTo(draft + ": 0 rounds" + System.lineSeparator() + "Working copy: no round saved yet"
                + System.lineSeparator());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("round list:", "there is no file");
    }

    @Test
    void theHelpStatesTheExitCodes() {
        CommandRun save = CommandRun.of("round", "save", "--help");
        CommandRun top = CommandRun.of("--help");

        assertThat(save.out()).contains("Exit status:", "0   the round was saved", "1   with --theirs", "2   a file could not be read");
        assertThat(top.out()).contains("round");
    }
}
