package org.slastudio.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Position;

class StandingTest {

    /** A response time in minutes, where less is better for us: open at 15, concede 30 then 45, walk away beyond 60. */
    private static final Position RESPONSE = new Position("metrics[response].priorityTargets[P1].within",
            new BigDecimal("15"), List.of(new BigDecimal("30"), new BigDecimal("45")), new BigDecimal("60"));

    @ParameterizedTest
    @CsvSource({
            "10, WITHIN_OPENING, 0",
            "15, WITHIN_OPENING, 0",
            "15.5, WITHIN_FALLBACK, 1",
            "30, WITHIN_FALLBACK, 1",
            "30.0001, WITHIN_FALLBACK, 2",
            "45, WITHIN_FALLBACK, 2",
            "46, WITHIN_WALK_AWAY, 0",
            "60, WITHIN_WALK_AWAY, 0",
            "60.01, BEYOND_WALK_AWAY, 0"})
    void whereLessIsBetterAValueOnALimitIsWithinIt(String value, Standing.Kind kind, int fallback) {
        assertThat(Standing.of(RESPONSE, new BigDecimal(value))).isEqualTo(new Standing(kind, fallback));
    }

    @ParameterizedTest
    @CsvSource({"30, WITHIN_OPENING", "30.00, WITHIN_OPENING", "29, BEYOND_WALK_AWAY", "31, BEYOND_WALK_AWAY"})
    void anOpeningThatIsAlsoTheWalkAwayLimitLeavesNoRoom(String value, Standing.Kind kind) {
        Position firm = new Position("creditRegime.monthlyCapPercent", new BigDecimal("30"), List.of(), new BigDecimal("30"));

        assertThat(Standing.of(firm, new BigDecimal(value)).kind()).isEqualTo(kind);
    }

    @Test
    void aPositionWithoutAWalkAwayLimitGivesNoStanding() {
        assertThat(Standing.of(new Position("x", new BigDecimal("1"), List.of(), null), BigDecimal.ONE)).isNull();
    }
}
