package org.slastudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.model.Agreement;
import org.slastudio.model.Negotiation;
import org.slastudio.model.Overview;
import org.slastudio.model.Round;

class DraftRoundsTest {

    @TempDir
    Path dir;

    private static Agreement titled(String title) {
        Overview o = Fixtures.full().overview();
        return Fixtures.full().withNegotiation(Negotiation.none()).withOverview(new Overview(title, o.type(), o.effectiveDate(),
                o.term(), o.purpose(), o.governingLaw(), o.currency(), o.measurementPeriod(), o.timeZone(), o.version()));
    }

    @Test
    void aRoundFileSitsBesideTheDraftWithTheRoundNumberBeforeTheExtension() {
        assertThat(DraftRounds.roundFile(dir.resolve("hosting.sla.json"), 2)).isEqualTo(dir.resolve("hosting.round-2.sla.json"));
        assertThat(DraftRounds.roundFile(dir.resolve("hosting.json"), 1)).isEqualTo(dir.resolve("hosting.round-1.sla.json"));
    }

    @Test
    void savingANewRoundKeepsEveryEarlierRoundAsItWas() throws IOException {
        Path file = dir.resolve("hosting.sla.json");

        DraftRounds.saveNewRound(file, Draft.of(titled("Opening")), "customer", LocalDate.of(2026, 1, 5), "Our opening.");
        Draft loaded = DraftStore.load(file).draft();
        DraftRounds.saveNewRound(file, loaded.withAgreement(titled("Counter").withNegotiation(loaded.agreement().negotiation())),
                "provider", LocalDate.of(2026, 1, 19), "Their counter.");

        Agreement current = DraftStore.load(file).draft().agreement();
        assertThat(current.overview().title()).isEqualTo("Counter");
        assertThat(current.negotiation().rounds()).containsExactly(
                new Round(1, "customer", LocalDate.of(2026, 1, 5), "Our opening."),
                new Round(2, "provider", LocalDate.of(2026, 1, 19), "Their counter."));
        assertThat(DraftRounds.loadRound(file, 1).draft().agreement().overview().title()).isEqualTo("Opening");
        assertThat(DraftRounds.loadRound(file, 1).draft().agreement().negotiation().rounds()).hasSize(1);
        assertThat(DraftRounds.loadRound(file, 2).draft().agreement()).isEqualTo(current);
    }

    @Test
    void theNextRoundNumberFollowsTheHighestRecordedOneEvenWhenTheListIsOutOfOrder() throws IOException {
        Path file = dir.resolve("hosting.sla.json");
        Agreement agreement = titled("Late").withNegotiation(new Negotiation(List.of(), List.of(
                new Round(3, "customer", null, null), new Round(1, "customer", null, null))));

        Draft saved = DraftRounds.saveNewRound(file, Draft.of(agreement), "provider", LocalDate.of(2026, 2, 1), null);

        assertThat(saved.agreement().negotiation().rounds()).last().extracting(Round::number).isEqualTo(4);
        assertThat(Files.exists(dir.resolve("hosting.round-4.sla.json"))).isTrue();
    }

    @Test
    void anEarlierRoundsFileIsNeverReplaced() throws IOException {
        Path file = dir.resolve("hosting.sla.json");
        Files.writeString(DraftRounds.roundFile(file, 1), "kept as it was");

        assertThatThrownBy(() -> DraftRounds.saveNewRound(file, Draft.of(titled("Opening")), "customer", null, null))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining("never replaced");
        assertThat(Files.readString(DraftRounds.roundFile(file, 1))).isEqualTo("kept as it was");
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void positionsStayInOurOwnRoundFiles() throws IOException {
        Path file = dir.resolve("hosting.sla.json");

        DraftRounds.saveNewRound(file, Draft.of(Fixtures.full()), "customer", LocalDate.of(2026, 2, 1), null);

        assertThat(DraftRounds.loadRound(file, 3).draft().agreement().negotiation().positions())
                .isEqualTo(Fixtures.full().negotiation().positions());
        assertThat(new BigDecimal("99.5")).isEqualTo(Fixtures.full().negotiation().positions().get(0).walkAway());
    }
}
