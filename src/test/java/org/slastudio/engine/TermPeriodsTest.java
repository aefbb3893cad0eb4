package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Overview;
import org.slastudio.model.Renewal;
import org.slastudio.model.Term;

/** The periods of a term as the agreement measures them, and which are over on the day they are read. */
class TermPeriodsTest {

    private static Agreement agreement(MeasurementPeriod kind, String effective, Integer months) {
        return Agreement.blank().withOverview(new Overview("Term", null, effective == null ? null : LocalDate.parse(effective),
                new Term(months, Renewal.AUTOMATIC, 12, 90), "", "", null, kind, null, "1.0"));
    }

    @ParameterizedTest(name = "{0} from {1}, {2} months, read on {3}: {4}")
    @CsvSource(delimiter = '|', value = {
            // kind            | effective  | months | as of      | periods
            "CALENDAR_MONTH    | 2026-01-01 | 36     | 2026-03-15 | 2026-01 2026-02 2026-03",
            "CALENDAR_MONTH    | 2026-01-20 | 36     | 2026-03-01 | 2026-01 2026-02 2026-03",
            "CALENDAR_MONTH    | 2026-01-01 | 2      | 2026-06-01 | 2026-01 2026-02",
            "CALENDAR_QUARTER  | 2026-02-01 | 12     | 2026-08-01 | 2026-Q1 2026-Q2 2026-Q3",
            "FIXED_30_DAY_MONTH| 2026-01-10 | 12     | 2026-03-12 | 30 days from 2026-01-10 30 days from 2026-02-09 30 days from 2026-03-11",
            "CALENDAR_MONTH    | 2026-01-01 | 36     | 2025-12-31 | ''",
    })
    void theTermSoFarRunsFromThePeriodOfTheEffectiveDateToTheOneOfTheDayOrTheTermsEnd(MeasurementPeriod kind, String effective,
                                                                                    Integer months, String asOf, String periods) {
        assertThat(String.join(" ", TermPeriods.termSoFar(agreement(kind, effective, months), LocalDate.parse(asOf)).stream()
                .map(MeasurementPeriodRange::label).toList())).isEqualTo(periods);
    }

    @Test
    void periodsBegunByTheDayGoOnPastTheInitialTermWhereTheAgreementRenews() {
        Agreement twoMonths = agreement(MeasurementPeriod.CALENDAR_MONTH, "2026-01-01", 2);

        assertThat(TermPeriods.begunBy(twoMonths, LocalDate.parse("2026-04-02"))).extracting(MeasurementPeriodRange::label)
                .containsExactly("2026-01", "2026-02", "2026-03", "2026-04");
    }

    @Test
    void aPeriodIsOverOnlyOnceItsLastDayHasPassed() {
        MeasurementPeriodRange march = MeasurementPeriodRange.parse("2026-03");

        assertThat(TermPeriods.over(march, LocalDate.parse("2026-03-31"))).isFalse();
        assertThat(TermPeriods.over(march, LocalDate.parse("2026-04-01"))).isTrue();
    }

    @Test
    void withoutAnEffectiveDateTheTermHasNoPeriodsAndTheFieldIsNamed() {
        assertThatThrownBy(() -> TermPeriods.termSoFar(agreement(MeasurementPeriod.CALENDAR_MONTH, null, 12), LocalDate.now()))
                .hasMessageContaining("$.overview.effectiveDate");
    }

    @Test
    void aRangeFarLongerThanAnyTermIsRefused() {
        assertThatThrownBy(() -> TermPeriods.between(MeasurementPeriodRange.parse("2000-01"), MeasurementPeriodRange.parse("2099-01")))
                .hasMessage("the range 2000-01 to 2099-01 holds more than 600 periods; give a shorter one");
        assertThat(TermPeriods.between(MeasurementPeriodRange.parse("2026-05"), MeasurementPeriodRange.parse("2026-02"))).isEmpty();
    }
}
