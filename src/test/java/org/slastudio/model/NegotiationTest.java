package org.slastudio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NegotiationTest {

    private static final Negotiation UNDER_WAY = new Negotiation(
            List.of(new Position("creditRegime.monthlyCapPercent", new BigDecimal("60"), List.of(new BigDecimal("50")),
                    new BigDecimal("40"))),
            List.of(new Round(2, "provider", LocalDate.of(2027, 1, 18), "Counter."),
                    new Round(1, "customer", LocalDate.of(2027, 1, 4), "Opening.")));

    @Test
    void theCounterpartysCopyHasTheRoundsButNoPositions() {
        Agreement ours = Agreements.valid().withNegotiation(UNDER_WAY);

        Agreement theirs = ours.forCounterparty();

        assertThat(theirs.negotiation().positions()).isEmpty();
        assertThat(theirs.negotiation().rounds()).isEqualTo(UNDER_WAY.rounds());
        assertThat(theirs.withNegotiation(UNDER_WAY)).isEqualTo(ours);
    }

    @Test
    void theSevenPartAgreementIsNotUnderNegotiation() {
        Agreement a = Agreements.valid();

        assertThat(a.negotiation()).isEqualTo(Negotiation.none());
        assertThat(a.withOverview(a.overview()).negotiation()).isEqualTo(Negotiation.none());
        assertThat(a.withNegotiation(UNDER_WAY).withServices(List.of()).negotiation()).isEqualTo(UNDER_WAY);
    }

    @Test
    void theLatestRoundIsTheHighestNumberWhateverTheOrder() {
        assertThat(UNDER_WAY.latestRound()).map(Round::number).contains(2);
        assertThat(Negotiation.none().latestRound()).isEmpty();
        assertThat(UNDER_WAY.position("creditRegime.monthlyCapPercent")).isPresent();
        assertThat(UNDER_WAY.position("creditRegime.rollingTwelveMonthCapPercent")).isEmpty();
    }
}
