package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.AvailabilityWindow;

class DowntimeBudgetTest {

    private static final String EVERY_DAY = "Mon-Sun 00:00-00:00";

    /**
     * Worked by hand: minutes = open days x open minutes a day, +/- 60 on a daylight saving change inside the
     * hours; allowed = minutes x (100 - target) / 100.
     */
    @ParameterizedTest(name = "{2} of \"{0}\" in {1}, periods cut in {3}: {4} min, {5} allows {6}")
    @CsvSource(delimiter = '|', value = {
            // 31 x 1440
            "Mon-Sun 00:00-00:00 | UTC              | 2025-03  | UTC              | 44640  | 99.9  | 44 min 38.4 s",
            // 28 x 1440
            "Mon-Sun 00:00-00:00 | UTC              | 2025-02  | UTC              | 40320  | 99.9  | 40 min 19.2 s",
            // 29 x 1440
            "Mon-Sun 00:00-00:00 | UTC              | 2024-02  | UTC              | 41760  | 99.9  | 41 min 45.6 s",
            // 30 x 1440
            "Mon-Sun 00:00-00:00 | UTC              | 2025-04  | UTC              | 43200  | 99.9  | 43 min 12 s",
            "Mon-Sun 00:00-00:00 | UTC              | 2025-04  | UTC              | 43200  | 99.95 | 21 min 36 s",
            // 21 weekdays x 600
            "Mon-Fri 08:00-18:00 | Europe/London    | 2025-03  | Europe/London    | 12600  | 99.5  | 1 h 3 min",
            // 30 March 2025 has 23 hours in Berlin
            "Mon-Sun 00:00-00:00 | Europe/Berlin    | 2025-03  | Europe/Berlin    | 44580  | 99.9  | 44 min 34.8 s",
            // 26 October 2025 has 25 hours in Berlin
            "Mon-Sun 00:00-00:00 | Europe/Berlin    | 2025-10  | Europe/Berlin    | 44700  | 99.9  | 44 min 42 s",
            // the same Berlin window over a UTC month: 31 x 1440 elapsed, the short day inside it
            "Mon-Sun 00:00-00:00 | Europe/Berlin    | 2025-03  | UTC              | 44640  | 99.9  | 44 min 38.4 s",
            "Mon-Sun 00:00-00:00 | America/New_York | 2025-03  | America/New_York | 44580  | 99.9  | 44 min 34.8 s",
            // 30 x 1440 + 60 for 2 November 2025
            "Mon-Sun 00:00-00:00 | America/New_York | 2025-11  | America/New_York | 43260  | 99.9  | 43 min 15.6 s",
            // 90 x 1440
            "Mon-Sun 00:00-00:00 | UTC              | 2025-Q1  | UTC              | 129600 | 99.9  | 2 h 9 min 36 s",
            "Mon-Sun 00:00-00:00 | Europe/Berlin    | 2025-Q1  | Europe/Berlin    | 129540 | 99.9  | 2 h 9 min 32.4 s",
            // 91 x 1440 in a leap year
            "Mon-Sun 00:00-00:00 | UTC              | 2024-Q1  | UTC              | 131040 | 99.9  | 2 h 11 min 2.4 s",
            // 92 x 1440 + 60 for 26 October
            "Mon-Sun 00:00-00:00 | Europe/Berlin    | 2025-Q4  | Europe/Berlin    | 132540 | 99.9  | 2 h 12 min 32.4 s",
            // Monday 24 to Sunday 30 March 2025: 7 x 1440 - 60
            "Mon-Sun 00:00-00:00 | Europe/Berlin    | 2025-W13 | Europe/Berlin    | 10020  | 99.9  | 10 min 1.2 s",
            // Monday 20 to Sunday 26 October 2025: 7 x 1440 + 60
            "Mon-Sun 00:00-00:00 | Europe/Berlin    | 2025-W43 | Europe/Berlin    | 10140  | 99.9  | 10 min 8.4 s",
            // Monday 3 to Sunday 9 March 2025
            "Mon-Sun 00:00-00:00 | America/New_York | 2025-W10 | America/New_York | 10020  | 99.9  | 10 min 1.2 s",
            // Monday 27 October to Sunday 2 November 2025
            "Mon-Sun 00:00-00:00 | America/New_York | 2025-W44 | America/New_York | 10140  | 99.9  | 10 min 8.4 s",
            // the clock change is on Sunday, outside business hours: 5 x 600
            "Mon-Fri 08:00-18:00 | Europe/Berlin    | 2025-W13 | Europe/Berlin    | 3000   | 99.9  | 3 min",
            // 6 x 180, and 01:00-04:00 on 30 March lasts 2 hours (02:00-03:00 never happens)
            "Mon-Sun 01:00-04:00 | Europe/Berlin    | 2025-W13 | Europe/Berlin    | 1200   | 99    | 12 min",
            // 6 x 180, and 01:00-04:00 on 26 October lasts 4 hours (02:00-03:00 happens twice)
            "Mon-Sun 01:00-04:00 | Europe/Berlin    | 2025-W43 | Europe/Berlin    | 1320   | 99    | 13 min 12 s",
            // overnight hours: Monday 22:00 to Saturday 06:00, 5 x 480, all inside the week
            "Mon-Fri 22:00-06:00 | UTC              | 2025-W10 | UTC              | 2400   | 99    | 24 min",
            // Sunday 2 March's night reaches 360 min into the week, Saturday 8 March's lies inside (480),
            // Sunday 9 March's is cut by the week's end after 120
            "Sat-Sun 22:00-06:00 | UTC              | 2025-W10 | UTC              | 960    | 99    | 9 min 36 s",
            // an Auckland window (UTC+13) over a London month: 21 weekdays x 600 + Tuesday 1 April 08:00-12:00
            "Mon-Fri 08:00-18:00 | Pacific/Auckland | 2025-03  | Europe/London    | 12840  | 99.5  | 1 h 4 min 12 s",
    })
    void windowMinutesAndAllowedDowntimeFollowTheRealCalendar(String hours, String zone, String period, String periodZone,
                                                             long minutes, BigDecimal target, String allowed) {
        WindowCalendar calendar = WindowCalendar.of(Windows.of(hours, zone), MeasurementPeriodRange.parse(period),
                ZoneId.of(periodZone));
        DowntimeBudget budget = DowntimeBudget.of(target, calendar);
        assertThat(calendar.openMinutes()).isEqualByComparingTo(BigDecimal.valueOf(minutes));
        assertThat(budget.describe()).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "a fixed 30-day month from {0} in {1}: {2} min")
    @CsvSource({
            // applied to 31-day March: 1 to 30 March, 31 March belongs to the next one
            "2025-03-01, UTC, 43200, 43 min 12 s",
            // 10 March to 8 April takes in the 23-hour 30 March
            "2025-03-10, Europe/Berlin, 43140, 43 min 8.4 s",
            // 1 to 30 January
            "2025-01-01, Europe/Berlin, 43200, 43 min 12 s",
    })
    void aFixedThirtyDayMonthHasThirtyDaysWhateverTheCalendarMonthHas(LocalDate start, String zone, long minutes,
                                                                    String allowed) {
        WindowCalendar calendar = WindowCalendar.of(Windows.twentyFourSeven(zone),
                MeasurementPeriodRange.fixedThirtyDayMonth(start), ZoneId.of(zone));
        assertThat(calendar.openMinutes()).isEqualByComparingTo(BigDecimal.valueOf(minutes));
        assertThat(DowntimeBudget.of(new BigDecimal("99.9"), calendar).describe()).isEqualTo(allowed);
    }

    @Test
    void aHolidayClosesTheWindowForTheWholeDay() {
        AvailabilityWindow window = Windows.of("Mon-Fri 08:00-18:00", "Europe/London", "2025-03-17");
        WindowCalendar calendar = WindowCalendar.of(window, MeasurementPeriodRange.parse("2025-03"), ZoneId.of("Europe/London"));
        // 20 weekdays x 600
        assertThat(calendar.openMinutes()).isEqualByComparingTo("12000");
        assertThat(DowntimeBudget.of(new BigDecimal("99.5"), calendar).describe()).isEqualTo("1 h");
    }

    @Test
    void aHolidayOnAWeekendChangesNothing() {
        AvailabilityWindow window = Windows.of("Mon-Fri 08:00-18:00", "Europe/London", "2025-03-16");
        assertThat(WindowCalendar.of(window, MeasurementPeriodRange.parse("2025-03"), ZoneId.of("Europe/London"))
                .openMinutes()).isEqualByComparingTo("12600");
    }

    @Test
    void aHolidayFarOutsideThePeriodChangesNothing() {
        AvailabilityWindow window = Windows.of("Mon-Fri 08:00-18:00", "Europe/London", "2025-03-17");
        AvailabilityWindow farAway = new AvailabilityWindow(window.id(), window.name(), window.zone(), window.hours(),
                java.util.List.of(LocalDate.of(2025, 3, 17), LocalDate.MAX, LocalDate.MIN), window.maintenance());

        assertThat(WindowCalendar.of(farAway, MeasurementPeriodRange.parse("2025-03"), ZoneId.of("Europe/London"))
                .openMinutes()).isEqualByComparingTo("12000");
    }

    @Test
    void maintenanceWindowsAreTakenOutOfTheMeasuredTime() {
        AvailabilityWindow window = Windows.withMaintenance(Windows.twentyFourSeven("UTC"), "Sun 02:00-06:00");
        WindowCalendar calendar = WindowCalendar.of(window, MeasurementPeriodRange.parse("2025-03"), ZoneId.of("UTC"));
        // five Sundays in March 2025 x 240
        assertThat(calendar.maintenanceTime()).isEqualTo(Duration.ofMinutes(1200));
        assertThat(calendar.openMinutes()).isEqualByComparingTo("43440");
        assertThat(DowntimeBudget.of(new BigDecimal("99.9"), calendar).describe()).isEqualTo("43 min 26.4 s");
    }

    @Test
    void theOpenTimeIsASetOfIntervalsInTheWindowsZone() {
        WindowCalendar calendar = WindowCalendar.of(Windows.of("Mon-Fri 08:00-18:00", "America/New_York"),
                MeasurementPeriodRange.parse("2025-W11"), ZoneId.of("America/New_York"));
        assertThat(calendar.intervals()).hasSize(5);
        // Monday 10 March 2025, the first weekday after the change to EDT (UTC-4)
        assertThat(calendar.intervals().get(0).start()).hasToString("2025-03-10T12:00:00Z");
        assertThat(calendar.intervals().get(0).length()).isEqualTo(Duration.ofHours(10));
    }

    @ParameterizedTest(name = "{0} min down in {1} min leaves {2}%")
    @CsvSource({
            "44.64, 44640, 99.9",
            "0, 44640, 100",
            "44640, 44640, 0",
            "63, 12600, 99.5",
            "126, 12600, 99",
            "1, 10000, 99.99",
            "50000, 44640, 0",
    })
    void downtimeGivesBackTheAvailability(BigDecimal downMinutes, long windowMinutes, BigDecimal availability) {
        DowntimeBudget budget = new DowntimeBudget(new BigDecimal("99.9"), Duration.ofMinutes(windowMinutes));
        Duration down = Duration.ofMillis(downMinutes.multiply(BigDecimal.valueOf(60_000)).longValueExact());
        assertThat(budget.availabilityFor(down)).isEqualByComparingTo(availability);
    }

    @Test
    void anAvailabilityThatDoesNotEndIsCutNotRounded() {
        DowntimeBudget budget = new DowntimeBudget(new BigDecimal("99.9"), Duration.ofMinutes(3));
        // 2 of 3 minutes up: 66.666...%
        assertThat(budget.availabilityFor(Duration.ofMinutes(1)))
                .isEqualTo(new BigDecimal("66.66666666666666666666666666666666"));
    }

    @ParameterizedTest(name = "{0} s reads \"{1}\"")
    @CsvSource({
            "2678.4, 44 min 38.4 s",
            "3780, 1 h 3 min",
            "0, 0 s",
            "90061.5, 25 h 1 min 1.5 s",
            "31536, 8 h 45 min 36 s",
            "59.9996, 1 min",
    })
    void allowedDowntimeReadsInWholeUnitsThenSeconds(BigDecimal seconds, String text) {
        assertThat(DowntimeBudget.describe(seconds)).isEqualTo(text);
    }
}
