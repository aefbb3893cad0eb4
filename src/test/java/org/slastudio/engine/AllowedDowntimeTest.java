package org.slastudio.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Overview;
import org.slastudio.model.WeeklyHours;
import org.slastudio.model.ClockStart;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Allowed downtime per month, the one definition every screen, document and command uses; worked out by hand. */
class AllowedDowntimeTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final MeasurementRule LOCAL = MeasurementRule.timeBased();
    private static final MeasurementRule UTC = new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, 0,
            ClockStart.AT_FAILURE, true);

    private static Overview starting(String effective, MeasurementPeriod period) {
        return new Overview("SLA", null, effective == null ? null : LocalDate.parse(effective), null, "", "", null, period,
                LONDON, "1.0");
    }

    private static AvailabilityWindow aroundTheClock() {
        return AvailabilityWindow.twentyFourSeven("24x7", "24x7", LONDON);
    }

    @ParameterizedTest(name = "{0} from {1}, {2}%: {4}")
    @CsvSource(delimiter = '|', value = {
            // 31 days x 1,440 = 44,640 min x 0.05% = 22.32 min
            "calendar month, 31 days     | 2026-01-01 | 99.95 | false | 22 min 19.2 s",
            // 28 days x 1,440 = 40,320 min x 0.05% = 20.16 min
            "calendar month, 28 days     | 2026-02-01 | 99.95 | false | 20 min 9.6 s",
            // clocks go forward on 29 March: 44,640 - 60 = 44,580 min x 0.05% = 22.29 min
            "spring forward in London    | 2026-03-01 | 99.95 | false | 22 min 17.4 s",
            // cut in UTC, March keeps all its 44,640 minutes
            "the same month cut in UTC   | 2026-03-01 | 99.95 | true  | 22 min 19.2 s",
            // clocks go back on 25 October: 44,640 + 60 = 44,700 min x 0.05% = 22.35 min
            "fall back in London         | 2026-10-01 | 99.95 | false | 22 min 21 s",
            // exactly 99.0%: 44,640 min x 1% = 446.4 min
            "exactly 99.0%               | 2026-01-01 | 99.0  | false | 7 h 26 min 24 s",
            // the effective date in mid-month: the period is the calendar month that holds it
            "effective on the 15th       | 2026-01-15 | 99.95 | false | 22 min 19.2 s",
            "a leap February, 29 days    | 2028-02-10 | 99.9  | false | 41 min 45.6 s"})
    void aroundTheClockTheTargetIsTakenOfTheWholeFirstMonth(String name, String effective, BigDecimal target, boolean utc,
                                                           String expected) {
        AllowedDowntime allowed = AllowedDowntime.of(starting(effective, MeasurementPeriod.CALENDAR_MONTH), TODAY);

        assertThat(allowed.describe(aroundTheClock(), target, utc ? UTC : LOCAL)).contains(expected);
    }

    @Test
    void maintenanceWindowsAndHolidaysAreTakenOutOfTheMonth() {
        // Sundays 4, 11, 18 and 25 January 2026, 02:00-04:00: 480 min out; 44,160 min x 0.05% = 22.08 min
        AvailabilityWindow withMaintenance = new AvailabilityWindow("24x7", "24x7", LONDON, aroundTheClock().hours(), List.of(),
                List.of(new MaintenanceWindow("Sunday", EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(2, 0), LocalTime.of(4, 0), 72)));
        // Weekdays 08:00-18:00 in January 2026: 22 weekdays less New Year's Day = 21 x 600 min = 12,600 min; 0.5% = 63 min
        AvailabilityWindow businessHours = new AvailabilityWindow("bh", "Business hours", LONDON,
                List.of(new WeeklyHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(18, 0))),
                List.of(LocalDate.of(2026, 1, 1)), List.of());
        AllowedDowntime allowed = AllowedDowntime.of(starting("2026-01-01", MeasurementPeriod.CALENDAR_MONTH), TODAY);

        assertThat(allowed.describe(withMaintenance, new BigDecimal("99.95"), LOCAL)).contains("22 min 4.8 s");
        assertThat(allowed.describe(businessHours, new BigDecimal("99.5"), LOCAL)).contains("1 h 3 min");
    }

    @Test
    void aFixedThirtyDayMonthIsThirtyDaysFromTheEffectiveDate() {
        // 30 x 1,440 = 43,200 min x 0.05% = 21.6 min, though June 2026 and the calendar have nothing to do with it
        AllowedDowntime allowed = AllowedDowntime.of(starting("2026-01-20", MeasurementPeriod.FIXED_30_DAY_MONTH), TODAY);

        assertThat(allowed.describe(aroundTheClock(), new BigDecimal("99.95"), LOCAL)).contains("21 min 36 s");
        assertThat(allowed.basis()).isEqualTo("from 20 January 2026 to 18 February 2026 (30 days), the first 30-day period"
                + " of the term, with maintenance windows and public holidays taken out");
        assertThat(allowed.perPeriod()).isEqualTo("a 30-day period");
    }

    @Test
    void theWordsBesideTheFigureNameTheMonthAndWhatWasTakenOut() {
        assertThat(AllowedDowntime.of(starting("2026-01-01", MeasurementPeriod.CALENDAR_MONTH), TODAY).basis())
                .isEqualTo("in January 2026 (31 days), the first month of the term, with maintenance windows and public"
                        + " holidays taken out");
        assertThat(AllowedDowntime.of(starting("2026-05-10", MeasurementPeriod.CALENDAR_QUARTER), TODAY).basis())
                .startsWith("in Q2 2026 (91 days), the first quarter of the term");
    }

    @Test
    void withoutAnEffectiveDateTheCurrentMonthStandsInAndTheWordsSaySo() {
        AllowedDowntime allowed = AllowedDowntime.of(starting(null, MeasurementPeriod.CALENDAR_MONTH), TODAY);

        assertThat(allowed.basis()).startsWith("in December 2026 (31 days), the current month, as the draft has no"
                + " effective date yet");
        assertThat(allowed.describe(aroundTheClock(), new BigDecimal("99.95"), LOCAL)).contains("22 min 19.2 s");
    }

    @Test
    void anUnfinishedWindowOrTargetHasNoFigure() {
        AllowedDowntime allowed = AllowedDowntime.of(starting("2026-01-01", MeasurementPeriod.CALENDAR_MONTH), TODAY);
        AvailabilityWindow noHours = new AvailabilityWindow("w", "W", null, List.of(), List.of(), List.of());

        assertThat(allowed.describe(aroundTheClock(), null, LOCAL)).isEmpty();
        assertThat(allowed.describe(aroundTheClock(), new BigDecimal("100.5"), LOCAL)).isEmpty();
        assertThat(allowed.describe(null, new BigDecimal("99.9"), LOCAL)).isEmpty();
        assertThat(allowed.describe(noHours, new BigDecimal("99.9"), LOCAL)).isEmpty();
    }

    /** A level measured by request counts allows a share of requests, whatever the period holds, not a duration. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}%: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "99.95  | 0.05% of requests may fail",
            "99.9   | 0.1% of requests may fail",
            "99.0   | 1% of requests may fail",
            "100    | 0% of requests may fail",
            "99.999 | 0.001% of requests may fail",
    })
    void aTargetMeasuredByRequestCountsAllowsAShareOfRequestsToFail(BigDecimal target, String words) {
        MeasurementRule counts = new MeasurementRule(MeasurementMethod.REQUEST_COUNTS, null, null, null,
                org.slastudio.model.ClockStart.AT_FAILURE, false);
        AllowedDowntime allowed = AllowedDowntime.of(starting("2026-03-01", MeasurementPeriod.CALENDAR_MONTH), TODAY);

        assertThat(allowed.describe(aroundTheClock(), target, counts)).contains(words);
        // the time a target allows stays as it was, for the simulator, which prices by time
        assertThat(allowed.budget(aroundTheClock(), target, counts)).isEqualTo(allowed.budget(aroundTheClock(), target, LOCAL));
    }
}
