package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.MeasurementPeriod;

class MeasurementPeriodRangeTest {

    @ParameterizedTest(name = "{0} runs from {1} to before {2}, {3} days")
    @CsvSource({
            "2025-03, 2025-03-01, 2025-04-01, 31",
            "2025-02, 2025-02-01, 2025-03-01, 28",
            "2024-02, 2024-02-01, 2024-03-01, 29",
            "2025-04, 2025-04-01, 2025-05-01, 30",
            "2025-Q1, 2025-01-01, 2025-04-01, 90",
            "2024-Q1, 2024-01-01, 2024-04-01, 91",
            "2025-Q4, 2025-10-01, 2026-01-01, 92",
            "2025-W13, 2025-03-24, 2025-03-31, 7",
            "2025-W01, 2024-12-30, 2025-01-06, 7",
            "2020-W53, 2020-12-28, 2021-01-04, 7",
    })
    void aWrittenPeriodCoversTheDaysOfTheCalendar(String text, LocalDate start, LocalDate end, long days) {
        MeasurementPeriodRange period = MeasurementPeriodRange.parse(text);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.days()).isEqualTo(days);
        assertThat(period.label()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} moved by {1} is {2}")
    @CsvSource({
            "2025-12, 1, 2026-01",
            "2025-01, -1, 2024-12",
            "2025-Q4, 1, 2026-Q1",
            "2025-Q1, -1, 2024-Q4",
            "2024-W52, 1, 2025-W01",
            "2025-03, 12, 2026-03",
    })
    void periodsFollowEachOtherAcrossYearEnds(String from, int steps, String expected) {
        assertThat(MeasurementPeriodRange.parse(from).following(steps).label()).isEqualTo(expected);
    }

    /** The 12 months end where the period ends; an earlier period counts when it starts on or after that day a year before. */
    @ParameterizedTest(name = "before {0}: {1} periods, {2} back to {3}")
    @CsvSource({
            "2025-03, 11, 2025-02, 2024-04",
            "2025-01, 11, 2024-12, 2024-02",
            "2025-Q2, 3, 2025-Q1, 2024-Q3",
            "2025-W10, 51, 2025-W09, 2024-W11",
    })
    void aRollingCapLooksBackOverThePeriodsStartingWithinTwelveMonths(String period, int count, String latest, String oldest) {
        List<MeasurementPeriodRange> earlier = MeasurementPeriodRange.parse(period).earlierInTwelveMonths();
        assertThat(earlier).hasSize(count);
        assertThat(earlier.get(0).label()).isEqualTo(latest);
        assertThat(earlier.get(count - 1).label()).isEqualTo(oldest);
    }

    @Test
    void aFixedThirtyDayMonthLooksBackOverTheThirtyDayMonthsStartingWithinTwelveMonths() {
        // 2025-01-01 to 2025-01-31: back from 2024-12-02 in steps of 30 days to 2024-02-06; 2024-01-07 is before 2024-01-31
        List<MeasurementPeriodRange> earlier = MeasurementPeriodRange.fixedThirtyDayMonth(LocalDate.of(2025, 1, 1))
                .earlierInTwelveMonths();
        assertThat(earlier).hasSize(11);
        assertThat(earlier.get(0).start()).isEqualTo(LocalDate.of(2024, 12, 2));
        assertThat(earlier.get(10).start()).isEqualTo(LocalDate.of(2024, 2, 6));
    }

    @Test
    void aFixedThirtyDayMonthIgnoresTheCalendarMonth() {
        MeasurementPeriodRange march = MeasurementPeriodRange.fixedThirtyDayMonth(LocalDate.of(2025, 3, 1));
        assertThat(march.end()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(march.next().start()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(MeasurementPeriodRange.containing(MeasurementPeriod.FIXED_30_DAY_MONTH, LocalDate.of(2025, 3, 31),
                LocalDate.of(2025, 3, 1)).start()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void aPeriodStartsAtMidnightInTheZoneItIsCutIn() {
        MeasurementPeriodRange march = MeasurementPeriodRange.parse("2025-03");
        assertThat(march.startIn(ZoneId.of("Europe/Berlin"))).hasToString("2025-02-28T23:00:00Z");
        assertThat(march.endIn(ZoneId.of("Europe/Berlin"))).hasToString("2025-03-31T22:00:00Z");
        assertThat(march.endIn(ZoneId.of("UTC"))).hasToString("2025-04-01T00:00:00Z");
    }

    @Test
    void anUnreadablePeriodSaysHowToWriteOne() {
        assertThatThrownBy(() -> MeasurementPeriodRange.parse("March"))
                .hasMessageContaining("2025-03").hasMessageContaining("2025-Q1");
        assertThatThrownBy(() -> MeasurementPeriodRange.parse("2025-W53")).hasMessageContaining("no ISO week");
    }
}
