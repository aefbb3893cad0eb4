package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.export.OpenSloChoices.Budgeting;
import org.slastudio.export.OpenSloChoices.Method;
import org.slastudio.export.OpenSloChoices.TimeWindow;
import org.slastudio.export.OpenSloChoices.Unstatable;
import org.slastudio.model.ClockStart;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;

/** How measurement methods, periods, targets and zones map onto OpenSLO, case by case, worked out by hand. */
class OpenSloChoicesTest {

    private static MeasurementRule rule(MeasurementMethod method, Integer interval, String threshold, boolean utc) {
        return new MeasurementRule(method, interval, threshold == null ? null : new BigDecimal(threshold), 5,
                ClockStart.AT_FAILURE, utc);
    }

    @ParameterizedTest(name = "{0}, {1}-minute intervals, threshold {2}% -> {3}, slice target {4}, slice {5}")
    @CsvSource(nullValues = "-", value = {
            // minutes of downtime: one-minute slices, a minute bad at the first failed check
            "TIME_BASED,                  -,  -,   Timeslices,      1,     1m",
            // an interval is down above 5% errors, so good at a success ratio of at least 95%
            "INTERVAL_SHARE,              5,  5.0, Timeslices,      0.95,  5m",
            "INTERVAL_SHARE,              1,  0,   Timeslices,      1,     1m",
            "INTERVAL_SHARE,              15, 0.5, Timeslices,      0.995, 15m",
            "INTERVAL_SHARE,              60, 12.5, Timeslices,     0.875, 60m",
            // 100% minus the average error rate: the average of the slices' success ratios
            "INTERVAL_AVERAGE_ERROR_RATE, 5,  -,   RatioTimeslices, -,     5m",
            "INTERVAL_AVERAGE_ERROR_RATE, 10, 5.0, RatioTimeslices, -,     10m",
            // successful requests over all valid requests
            "REQUEST_COUNTS,              -,  -,   Occurrences,     -,     -",
            "REQUEST_COUNTS,              5,  5.0, Occurrences,     -,     -"})
    void theBudgetingMethodFollowsHowDowntimeIsCounted(MeasurementMethod method, Integer interval, String threshold,
                                                         Method expected, String sliceTarget, String slice) throws Unstatable {
        Budgeting b = OpenSloChoices.budgeting(rule(method, interval, threshold, false));

        assertThat(b.method()).isEqualTo(expected);
        assertThat(b.timeSliceTarget() == null ? null : b.timeSliceTarget().toPlainString()).isEqualTo(sliceTarget);
        assertThat(b.timeSliceWindow()).isEqualTo(slice);
    }

    @Test
    void aServiceThatNamesNoMeasurementIsMeasuredByTime() throws Unstatable {
        assertThat(OpenSloChoices.budgeting(null)).isEqualTo(new Budgeting(Method.Timeslices, BigDecimal.ONE, "1m"));
    }

    @ParameterizedTest(name = "{0}, {1}-minute intervals, threshold {2}%")
    @CsvSource(nullValues = "-", value = {
            "INTERVAL_SHARE,              -, 5.0, names no interval length",
            "INTERVAL_SHARE,              0, 5.0, names no interval length",
            "INTERVAL_AVERAGE_ERROR_RATE, -, -,   names no interval length",
            "INTERVAL_SHARE,              5, -,   not missing",
            "INTERVAL_SHARE,              5, 100, not 100%",
            "INTERVAL_SHARE,              5, -1,  not -1%"})
    void anIntervalMeasurementWithoutItsTermsCannotBeStated(MeasurementMethod method, Integer interval, String threshold,
                                                              String reason) {
        assertThatThrownBy(() -> OpenSloChoices.budgeting(rule(method, interval, threshold, false)))
                .isInstanceOf(Unstatable.class).hasMessageContaining(reason);
    }

    @ParameterizedTest(name = "{0}% -> {1}")
    @CsvSource({"99.95, 0.9995", "99.5, 0.995", "98.0, 0.98", "99.999, 0.99999", "99.0, 0.99", "99, 0.99", "50, 0.5",
            "0, 0", "0.0, 0", "12.345, 0.12345", "99.9999999999, 0.999999999999"})
    void aTargetIsTheExactDecimalFraction(String percent, String fraction) throws Unstatable {
        BigDecimal target = OpenSloChoices.target(new BigDecimal(percent));

        assertThat(target.toPlainString()).isEqualTo(fraction);
        assertThat(target).isEqualTo(new BigDecimal(fraction));
    }

    @ParameterizedTest(name = "{0}%")
    @CsvSource({"100", "100.0", "100.5", "-0.1"})
    void aTargetOfAHundredPercentOrOutsideTheRangeCannotBeStated(String percent) {
        assertThatThrownBy(() -> OpenSloChoices.target(new BigDecimal(percent)))
                .isInstanceOf(Unstatable.class).hasMessageContaining(new BigDecimal(percent).toPlainString() + "%");
    }

    @ParameterizedTest(name = "{0} from {1} -> {2} from {3}")
    @CsvSource({
            "CALENDAR_MONTH,            2026-01-01, 1M,  2026-01-01T00:00",
            "CALENDAR_MONTH,            2026-05-17, 1M,  2026-05-01T00:00",
            // the month's real days in the window; measuring against 43,200 minutes is a caveat in the description
            "CALENDAR_MONTH_AS_30_DAYS, 2026-02-10, 1M,  2026-02-01T00:00",
            // consecutive 30-day periods count from the effective date itself
            "FIXED_30_DAY_MONTH,        2026-01-20, 30d, 2026-01-20T00:00",
            "CALENDAR_QUARTER,          2026-01-01, 1Q,  2026-01-01T00:00",
            "CALENDAR_QUARTER,          2026-05-17, 1Q,  2026-04-01T00:00",
            "CALENDAR_QUARTER,          2026-12-31, 1Q,  2026-10-01T00:00",
            // 1 January 2026 is a Thursday: its week began on Monday 29 December 2025
            "WEEK,                      2026-01-01, 1w,  2025-12-29T00:00",
            "WEEK,                      2026-03-02, 1w,  2026-03-02T00:00",
            "WEEK,                      2026-03-08, 1w,  2026-03-02T00:00"})
    void theTimeWindowIsAlignedWithTheMeasurementPeriod(MeasurementPeriod period, LocalDate effective, String duration,
                                                        LocalDateTime start) throws Unstatable {
        TimeWindow w = OpenSloChoices.timeWindow(period, effective, ZoneId.of("Europe/Berlin"));

        assertThat(w).isEqualTo(new TimeWindow(duration, start, "Europe/Berlin"));
    }

    @Test
    void aDraftThatNamesNoPeriodIsMeasuredByCalendarMonth() throws Unstatable {
        assertThat(OpenSloChoices.timeWindow(null, LocalDate.of(2026, 7, 9), ZoneOffset.UTC))
                .isEqualTo(new TimeWindow("1M", LocalDateTime.of(2026, 7, 1, 0, 0), "UTC"));
    }

    @ParameterizedTest(name = "periods in UTC {0}, agreement {1}, window {2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            "true,  Europe/Berlin, Europe/London, UTC",
            "false, Europe/Berlin, Europe/London, Europe/Berlin",
            // a draft still without its own zone: the engine cuts periods in the window's
            "false, -,             Europe/London, Europe/London",
            "true,  -,             -,             UTC"})
    void periodsAreCutInTheZoneTheEngineCutsThemIn(boolean utc, String agreement, String window, String expected)
            throws Unstatable {
        ZoneId zone = OpenSloChoices.periodZone(rule(MeasurementMethod.TIME_BASED, null, null, utc),
                agreement == null ? null : ZoneId.of(agreement), window == null ? null : ZoneId.of(window));

        assertThat(OpenSloChoices.ianaName(zone)).isEqualTo(expected);
    }

    @Test
    void withoutAnyZoneThePeriodsCannotBeCut() {
        assertThatThrownBy(() -> OpenSloChoices.periodZone(null, null, null))
                .isInstanceOf(Unstatable.class).hasMessageContaining("$.overview.timeZone");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Europe/London, Europe/London", "America/New_York, America/New_York", "UTC, UTC", "Z, UTC",
            "GMT, UTC", "UTC+01:00, Etc/GMT-1", "+02:00, Etc/GMT-2", "-05:00, Etc/GMT+5", "+14:00, Etc/GMT-14",
            "-12:00, Etc/GMT+12"})
    void zonesAreWrittenByTheirIanaNames(String zone, String iana) throws Unstatable {
        assertThat(OpenSloChoices.ianaName(ZoneId.of(zone))).isEqualTo(iana);
        assertThat(ZoneId.of(iana).getRules().getOffset(java.time.Instant.EPOCH))
                .isEqualTo(ZoneId.of(zone).getRules().getOffset(java.time.Instant.EPOCH));
    }

    @Test
    void anOffsetOfPartHoursHasNoIanaName() {
        assertThatThrownBy(() -> OpenSloChoices.ianaName(ZoneId.of("+05:30")))
                .isInstanceOf(Unstatable.class).hasMessageContaining("+05:30").hasMessageContaining("IANA");
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "kubernetes-24x7|kubernetes-24x7",
            "Customer_Portal business-hours|customer-portal-business-hours",
            "Zürich 24x7|zurich-24x7",
            "--a--b--|a-b",
            "ÄÖÜ|aou",
            "中文|slo",
            "0123456789012345678901234567890123456789012345678901234567890123456789|012345678901234567890123456789012345678901234567890123456789012"})
    void namesAreDnsLabels(String text, String label) {
        assertThat(OpenSloNames.label(text, "slo")).isEqualTo(label).hasSizeLessThanOrEqualTo(63)
                .matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    }

    @Test
    void aNameGivenOutAlreadyGetsANumberAndStaysWithinSixtyThreeCharacters() {
        OpenSloNames names = new OpenSloNames();
        String long63 = "a".repeat(70);

        assertThat(names.unique("core_banking", "x")).isEqualTo("core-banking");
        assertThat(names.unique("Core Banking", "x")).isEqualTo("core-banking-2");
        assertThat(names.unique("core-banking", "x")).isEqualTo("core-banking-3");
        assertThat(names.unique(long63, "x")).isEqualTo("a".repeat(63));
        assertThat(names.unique(long63, "x")).isEqualTo("a".repeat(61) + "-2");
    }
}
