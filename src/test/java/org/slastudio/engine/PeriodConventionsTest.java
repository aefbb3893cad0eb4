package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClockStart;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Overview;

/**
 * The two period conventions found in real SLAs, by hand: a calendar month measured against a fixed 43,200 minutes,
 * and consecutive 30-day periods from the effective date, beside the plain calendar month.
 */
class PeriodConventionsTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 1, 1);

    /** Periods: "month 2025-01" (calendar), "as30 2025-01" (calendar month as 30 days), "p30 2025-01-31" (30-day period). */
    static MeasurementPeriodRange period(String text) {
        String[] p = text.trim().split(" ");
        return switch (p[0]) {
            case "month" -> MeasurementPeriodRange.calendarMonth(YearMonth.parse(p[1]));
            case "as30" -> MeasurementPeriodRange.calendarMonthAsThirtyDays(YearMonth.parse(p[1]));
            default -> MeasurementPeriodRange.containing(MeasurementPeriod.FIXED_30_DAY_MONTH, LocalDate.parse(p[1]), EFFECTIVE);
        };
    }

    /** up / measured, exactly as the engine divides: cut at 34 digits. */
    static BigDecimal percent(String fraction) {
        String[] f = fraction.split("/");
        return new BigDecimal(f[0].trim()).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(f[1].trim()), new MathContext(34, RoundingMode.DOWN));
    }

    @ParameterizedTest(name = "{0} in {1}, {2}: {3} min measured, {4}")
    @CsvSource(delimiter = '|', value = {
            // 31-day month: the brief's example, 43 min down gives 99.900463%, not (44,640-43)/44,640
            "as30 2025-01    | UTC    | 2025-01-10T10:00..2025-01-10T10:43 | 43200 | 43157/43200",
            "month 2025-01   | UTC    | 2025-01-10T10:00..2025-01-10T10:43 | 44640 | 44597/44640",
            // 28-day month: still 43,200 against a month of 40,320 minutes
            "as30 2025-02    | UTC    | 2025-02-10T10:00..2025-02-10T10:43 | 43200 | 43157/43200",
            "month 2025-02   | UTC    | 2025-02-10T10:00..2025-02-10T10:43 | 40320 | 40277/40320",
            // 30-day month: all three agree
            "as30 2025-04    | UTC    | 2025-04-10T10:00..2025-04-10T10:43 | 43200 | 43157/43200",
            "month 2025-04   | UTC    | 2025-04-10T10:00..2025-04-10T10:43 | 43200 | 43157/43200",
            // 30-day periods from 2025-01-01: the second runs 31 January to 1 March, the fifth 1 May to 30 May
            "p30 2025-02-10  | UTC    | 2025-02-10T10:00..2025-02-10T10:43 | 43200 | 43157/43200",
            "p30 2025-05-01  | UTC    | 2025-05-30T23:00..2025-05-30T23:43 | 43200 | 43157/43200",
            // an outage across the end of January counts 30 min in each month
            "as30 2025-01    | UTC    | 2025-01-31T23:30..2025-02-01T00:30 | 43200 | 43170/43200",
            "as30 2025-02    | UTC    | 2025-01-31T23:30..2025-02-01T00:30 | 43200 | 43170/43200",
            // and across the end of the first 30-day period (31 January 00:00) likewise
            "p30 2025-01-01  | UTC    | 2025-01-30T23:30..2025-01-31T00:30 | 43200 | 43170/43200",
            "p30 2025-01-31  | UTC    | 2025-01-30T23:30..2025-01-31T00:30 | 43200 | 43170/43200",
            // March in Berlin loses an hour to daylight saving: 44,580 minutes, still measured as 43,200
            "as30 2025-03    | BERLIN | 2025-03-30T03:00..2025-03-30T03:43 | 43200 | 43157/43200",
            "month 2025-03   | BERLIN | 2025-03-30T03:00..2025-03-30T03:43 | 44580 | 44537/44580",
            // more downtime than 43,200 minutes in a 31-day month: floored at 0%
            "as30 2025-01    | UTC    | 2024-12-20T00:00..2025-02-10T00:00 | 43200 | 0/43200",
            "as30 2025-01    | UTC    | 2025-01-01T00:00..2025-01-31T00:00 | 43200 | 0/43200",
            "as30 2025-01    | UTC    | 2025-01-01T00:00..2025-01-30T23:59 | 43200 | 1/43200",
    })
    void aroundTheClockEachConventionHasItsOwnDenominator(String period, String zone, String outage, long measured,
                                                        String fraction) {
        ZoneId z = zone.equals("BERLIN") ? BERLIN : UTC;
        AvailabilityWindow window = AvailabilityWindow.twentyFourSeven("24x7", "24x7", z);
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(window, MeasurementRule.timeBased(), z, period(period),
                AvailabilityMeasurementTest.outages(outage, z));
        assertThat(m.windowTime()).isEqualTo(Duration.ofMinutes(measured));
        assertThat(m.availabilityPercent()).isEqualByComparingTo(percent(fraction));
    }

    @ParameterizedTest(name = "{0}: business hours measured against their real {1} min")
    @CsvSource(delimiter = '|', value = {
            // 21 weekdays x 600 in March 2025, 20 in February: the fixed 43,200 has no meaning outside 24x7
            "as30 2025-03 | 12600 | 12537/12600",
            "as30 2025-02 | 12000 | 11937/12000",
            "month 2025-03| 12600 | 12537/12600",
    })
    void aWindowNotOpenAroundTheClockKeepsItsRealHours(String period, long measured, String fraction) {
        AvailabilityWindow window = Windows.of("Mon-Fri 08:00-18:00", "UTC");
        MeasurementPeriodRange p = period(period);
        String day = p.start().plusDays(3).toString();
        while (LocalDate.parse(day).getDayOfWeek().getValue() > 5) {
            day = LocalDate.parse(day).plusDays(1).toString();
        }
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(window, MeasurementRule.timeBased(), UTC, p,
                AvailabilityMeasurementTest.outages(day + "T09:00.." + day + "T10:03", UTC));
        assertThat(m.windowTime()).isEqualTo(Duration.ofMinutes(measured));
        assertThat(m.availabilityPercent()).isEqualByComparingTo(percent(fraction));
    }

    @ParameterizedTest(name = "{1} from {0}, {2}%: {3}")
    @CsvSource(delimiter = '|', value = {
            "2025-01-01 | CALENDAR_MONTH_AS_30_DAYS | 99.95 | 21 min 36 s",
            "2025-02-01 | CALENDAR_MONTH_AS_30_DAYS | 99.95 | 21 min 36 s",
            "2025-01-01 | CALENDAR_MONTH            | 99.95 | 22 min 19.2 s",
            "2025-02-01 | CALENDAR_MONTH            | 99.95 | 20 min 9.6 s",
            "2025-01-01 | FIXED_30_DAY_MONTH        | 99.95 | 21 min 36 s",
            "2025-01-01 | CALENDAR_MONTH_AS_30_DAYS | 99.9  | 43 min 12 s",
    })
    void allowedDowntimeFollowsTheConvention(String effective, MeasurementPeriod kind, BigDecimal target, String allowed) {
        Overview overview = new Overview("SLA", null, LocalDate.parse(effective), null, "", "", null, kind, UTC, "1");
        AllowedDowntime a = AllowedDowntime.of(overview, LocalDate.of(2026, 12, 3));
        assertThat(a.describe(AvailabilityWindow.twentyFourSeven("24x7", "24x7", UTC), target, MeasurementRule.timeBased()))
                .contains(allowed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CALENDAR_MONTH_AS_30_DAYS | in January 2025 (31 days, measured as 30 days of 43,200 minutes), the first month of the term",
            "FIXED_30_DAY_MONTH        | from 1 January 2025 to 30 January 2025 (30 days), the first 30-day period of the term",
    })
    void theBasisNamesTheConvention(MeasurementPeriod kind, String basis) {
        Overview overview = new Overview("SLA", null, EFFECTIVE, null, "", "", null, kind, UTC, "1");
        assertThat(AllowedDowntime.of(overview, LocalDate.of(2026, 12, 3)).basis()).startsWith(basis);
    }

    @ParameterizedTest(name = "{0}: number {1}")
    @CsvSource(delimiter = '|', value = {
            "2025-01-01 | 1 | 2025-01-01 | 2025-01-30",
            "2025-01-30 | 1 | 2025-01-01 | 2025-01-30",
            "2025-01-31 | 2 | 2025-01-31 | 2025-03-01",
            "2025-05-01 | 5 | 2025-05-01 | 2025-05-30",
            "2024-12-31 | 0 | 2024-12-02 | 2024-12-31",
    })
    void thirtyDayPeriodsAreNumberedFromTheEffectiveDate(String day, long number, String first, String last) {
        MeasurementPeriodRange p = MeasurementPeriodRange.containing(MeasurementPeriod.FIXED_30_DAY_MONTH, LocalDate.parse(day), EFFECTIVE);
        assertThat(p.numberFrom(EFFECTIVE)).isEqualTo(number);
        assertThat(p.start()).isEqualTo(first);
        assertThat(p.lastDay()).isEqualTo(last);
    }

    @ParameterizedTest(name = "periods in UTC for a Berlin agreement: {0}")
    @CsvSource(delimiter = '|', value = {
            "as30 2025-03 | 43200",
            "month 2025-03| 44640",
    })
    void periodsCutInUtcMeasureTheUtcMonth(String period, long measured) {
        MeasurementRule utc = new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, 0, ClockStart.AT_FAILURE, true);
        AvailabilityWindow window = AvailabilityWindow.twentyFourSeven("24x7", "24x7", BERLIN);
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(window, utc, BERLIN, period(period), java.util.List.of());
        assertThat(m.windowTime()).isEqualTo(Duration.ofMinutes(measured));
    }
}
