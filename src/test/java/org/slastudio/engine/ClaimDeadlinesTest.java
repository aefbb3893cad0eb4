package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;

class ClaimDeadlinesTest {

    @ParameterizedTest(name = "{0} {1} for {2}: claim by {3}")
    @CsvSource({
            "DAYS_AFTER_PERIOD_END, 30, 2025-03, 2025-04-30",
            "DAYS_AFTER_PERIOD_END, 0, 2025-03, 2025-03-31",
            "DAYS_AFTER_PERIOD_END, 30, 2025-12, 2026-01-30",
            // 31 December + 60: 31 days of January, 28 of February, 1 March
            "DAYS_AFTER_PERIOD_END, 60, 2025-12, 2026-03-01",
            // 31 January 2024 + 30 in a leap year: 29 February is day 29
            "DAYS_AFTER_PERIOD_END, 30, 2024-01, 2024-03-01",
            "DAYS_AFTER_PERIOD_END, 30, 2025-01, 2025-03-02",
            "DAYS_AFTER_PERIOD_END, 45, 2025-Q4, 2026-02-14",
            "DAYS_AFTER_PERIOD_END, 10, 2025-W52, 2026-01-07",
            "END_OF_NTH_FOLLOWING_BILLING_CYCLE, 2, 2025-03, 2025-05-31",
            "END_OF_NTH_FOLLOWING_BILLING_CYCLE, 1, 2025-12, 2026-01-31",
            "END_OF_NTH_FOLLOWING_BILLING_CYCLE, 2, 2025-11, 2026-01-31",
            "END_OF_NTH_FOLLOWING_BILLING_CYCLE, 2, 2024-12, 2025-02-28",
            "END_OF_NTH_FOLLOWING_BILLING_CYCLE, 1, 2024-01, 2024-02-29",
            "END_OF_NTH_FOLLOWING_BILLING_CYCLE, 1, 2025-Q4, 2026-03-31",
            "END_OF_NTH_FOLLOWING_BILLING_CYCLE, 0, 2025-03, 2025-03-31",
    })
    void theLastDayToClaimFollowsTheRule(ClaimDeadlineRule rule, int count, String period, LocalDate expected) {
        assertThat(ClaimDeadlines.lastDayToClaim(new ClaimDeadline(rule, count), MeasurementPeriodRange.parse(period)))
                .isEqualTo(expected);
    }

    @Test
    void aFixedThirtyDayMonthsNextCycleIsThirtyDaysLong() {
        MeasurementPeriodRange period = MeasurementPeriodRange.fixedThirtyDayMonth(LocalDate.of(2025, 1, 1));
        // cycles: 1-30 Jan, 31 Jan-1 Mar
        assertThat(ClaimDeadlines.lastDayToClaim(new ClaimDeadline(ClaimDeadlineRule.END_OF_NTH_FOLLOWING_BILLING_CYCLE, 1), period))
                .isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void aDeadlineWithoutACountNamesTheField() {
        assertThatThrownBy(() -> ClaimDeadlines.lastDayToClaim(new ClaimDeadline(ClaimDeadlineRule.DAYS_AFTER_PERIOD_END, null),
                MeasurementPeriodRange.parse("2025-03"))).hasMessageContaining("$.creditRegime.claimDeadline.count");
    }
}
