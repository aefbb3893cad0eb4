package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.AgreementType;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClockStart;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Overview;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.Term;

class AvailabilityMeasurementTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final MeasurementPeriodRange MARCH = MeasurementPeriodRange.parse("2025-03");
    /** 21 weekdays x 600 = 12600 min; 12.6 min is 0.1%, 63 min 0.5%. */
    private static final AvailabilityWindow BUSINESS_HOURS = Windows.of("Mon-Fri 08:00-18:00", "Europe/London");

    /**
     * Records as "start..end", optionally "@reported" and "!" for planned work, separated by ";", in London time
     * (which is UTC in March before the 30th).
     */
    @ParameterizedTest(name = "{0}: {1} min down, {2}%")
    @CsvSource(delimiter = '|', value = {
            "2025-03-04T09:00..2025-03-04T10:03                                        | 63  | 99.5",
            // across midnight: 17:00-18:00 and 08:00-08:03 fall in the window
            "2025-03-04T17:00..2025-03-05T08:03                                        | 63  | 99.5",
            // across a weekend: Friday 17:30-18:00 and Monday 08:00-08:33
            "2025-03-07T17:30..2025-03-10T08:33                                        | 63  | 99.5",
            // overlapping records are one outage 09:00-10:03
            "2025-03-04T09:00..2025-03-04T09:40;2025-03-04T09:30..2025-03-04T10:03     | 63  | 99.5",
            "2025-03-04T09:00..2025-03-04T10:03;2025-03-04T09:00..2025-03-04T10:03     | 63  | 99.5",
            // a record inside another adds nothing
            "2025-03-04T09:00..2025-03-04T10:03;2025-03-04T09:10..2025-03-04T09:20     | 63  | 99.5",
            "2025-03-04T09:00..2025-03-04T09:06;2025-03-05T09:00..2025-03-05T09:06:36  | 12.6| 99.9",
            // Saturday: outside the window
            "2025-03-08T09:00..2025-03-08T18:00                                        | 0   | 100",
            // planned work with no agreed maintenance window counts like any outage
            "2025-03-04T09:00..2025-03-04T10:03!                                       | 63  | 99.5",
            // the whole month down
            "2025-02-20T00:00..2025-04-10T00:00                                        | 12600 | 0",
            "                                                                          | 0   | 100",
    })
    void onlyTimeInsideTheWindowCountsAndOverlapsCountOnce(String records, BigDecimal minutes, BigDecimal availability) {
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(BUSINESS_HOURS, MeasurementRule.timeBased(), LONDON,
                MARCH, outages(records, LONDON));
        assertThat(m.windowTime()).isEqualTo(Duration.ofMinutes(12600));
        assertThat(minutes(m.downtime())).isEqualByComparingTo(minutes);
        assertThat(m.availabilityPercent()).isEqualByComparingTo(availability);
    }

    @ParameterizedTest(name = "minimum {1} min, {0}: {2} min counted, {3} counted, {4} ignored")
    @CsvSource(delimiter = '|', value = {
            "2025-03-04T09:00..2025-03-04T09:05                                    | 5 | 5  | 1 | 0",
            "2025-03-04T09:00..2025-03-04T09:04:59                                 | 5 | 0  | 0 | 1",
            "2025-03-04T09:00..2025-03-04T09:04:59                                 | 0 | 4.983333333333333333333333333333333 | 1 | 0",
            // touching records make one 6-minute outage
            "2025-03-04T09:00..2025-03-04T09:03;2025-03-04T09:03..2025-03-04T09:06 | 5 | 6  | 1 | 0",
            // the minimum is taken on the whole outage, 17:58-18:10, though only 2 minutes are in the window
            "2025-03-04T17:58..2025-03-04T18:10                                    | 5 | 2  | 1 | 0",
            "2025-03-04T09:00..2025-03-04T09:04;2025-03-05T09:00..2025-03-05T10:00 | 5 | 60 | 1 | 1",
    })
    void outagesShorterThanTheMinimumDoNotCount(String records, int minimum, BigDecimal minutes, int counted, int ignored) {
        MeasurementRule rule = new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, minimum, ClockStart.AT_FAILURE, false);
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(BUSINESS_HOURS, rule, LONDON, MARCH, outages(records, LONDON));
        assertThat(minutes(m.downtime())).isEqualByComparingTo(minutes);
        assertThat(m.countedOutages()).isEqualTo(counted);
        assertThat(m.ignoredShortOutages()).isEqualTo(ignored);
    }

    @ParameterizedTest(name = "{0}, clock {1}: {2} min")
    @CsvSource(delimiter = '|', value = {
            "2025-03-04T09:00..2025-03-04T10:33@2025-03-04T09:30 | AT_FAULT_REPORT | 63",
            "2025-03-04T09:00..2025-03-04T10:33@2025-03-04T09:30 | AT_FAILURE      | 93",
            // reported before opening time: the clock still only runs in the window
            "2025-03-04T07:00..2025-03-04T09:03@2025-03-04T07:30 | AT_FAULT_REPORT | 63",
            // reported after it was fixed: nothing counts
            "2025-03-04T09:00..2025-03-04T10:00@2025-03-04T11:00 | AT_FAULT_REPORT | 0",
            // seen by monitoring (no report): counts from the failure
            "2025-03-04T09:00..2025-03-04T10:03                  | AT_FAULT_REPORT | 63",
    })
    void whereTheClockStartsAtTheFaultReportTheTimeBeforeItDoesNotCount(String records, ClockStart clock, BigDecimal minutes) {
        MeasurementRule rule = new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, 0, clock, false);
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(BUSINESS_HOURS, rule, LONDON, MARCH, outages(records, LONDON));
        assertThat(minutes(m.downtime())).isEqualByComparingTo(minutes);
    }

    @ParameterizedTest(name = "periods in UTC {0}: March {1} min, April {2} min")
    @CsvSource({
            // 23:30-00:30 Berlin time is 21:30-22:30 UTC: Berlin's months split it, UTC's do not
            "false, 30, 30, 44580",
            "true, 60, 0, 44640",
    })
    void anOutageAcrossAMonthEndIsSplitWhereThePeriodsAreCut(boolean periodsInUtc, long march, long april, long marchWindow) {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        MeasurementRule rule = new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, 0, ClockStart.AT_FAILURE, periodsInUtc);
        List<AvailabilityMeasurement> months = AvailabilityMeasurement.measureEach(Windows.twentyFourSeven("Europe/Berlin"),
                rule, berlin, List.of(MARCH, MARCH.next()), outages("2025-03-31T23:30..2025-04-01T00:30", berlin));
        assertThat(months.get(0).downtime()).isEqualTo(Duration.ofMinutes(march));
        assertThat(months.get(1).downtime()).isEqualTo(Duration.ofMinutes(april));
        assertThat(months.get(0).windowTime()).isEqualTo(Duration.ofMinutes(marchWindow));
    }

    @Test
    void anOutageLongerThanTheMinimumCountsInBothPeriodsEvenWhereOnePartIsShorter() {
        MeasurementRule rule = new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, 5, ClockStart.AT_FAILURE, true);
        List<AvailabilityMeasurement> months = AvailabilityMeasurement.measureEach(Windows.twentyFourSeven("UTC"), rule, null,
                List.of(MARCH, MARCH.next()), outages("2025-03-31T23:58..2025-04-01T00:10", ZoneId.of("UTC")));
        assertThat(months.get(0).downtime()).isEqualTo(Duration.ofMinutes(2));
        assertThat(months.get(1).downtime()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void plannedMaintenanceInsideTheAgreedWindowDoesNotCountButOutsideItDoes() {
        AvailabilityWindow window = Windows.withMaintenance(Windows.twentyFourSeven("UTC"), "Sun 02:00-06:00");
        ZoneId utc = ZoneId.of("UTC");
        // Sunday 9 March 2025, 02:00-05:00 inside the window; Sunday 16 March 05:00-07:00, one hour past it
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(window, MeasurementRule.timeBased(), utc, MARCH,
                outages("2025-03-09T02:00..2025-03-09T05:00!;2025-03-16T05:00..2025-03-16T07:00!", utc));
        assertThat(m.downtime()).isEqualTo(Duration.ofMinutes(60));
        assertThat(m.windowTime()).isEqualTo(Duration.ofMinutes(43440));
    }

    @Test
    void anOutageOnAHolidayDoesNotCount() {
        AvailabilityWindow window = Windows.of("Mon-Fri 08:00-18:00", "Europe/London", "2025-03-17");
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(window, MeasurementRule.timeBased(), LONDON, MARCH,
                outages("2025-03-17T09:00..2025-03-17T12:00;2025-03-18T09:00..2025-03-18T10:00", LONDON));
        assertThat(m.downtime()).isEqualTo(Duration.ofMinutes(60));
        // 20 weekdays x 600 = 12000; 60 of them down is 0.5%
        assertThat(m.availabilityPercent()).isEqualByComparingTo("99.5");
    }

    @Test
    void periodsNeedTheAgreementsZoneUnlessTheyAreCutInUtc() {
        assertThatThrownBy(() -> AvailabilityMeasurement.measure(BUSINESS_HOURS, MeasurementRule.timeBased(), null, MARCH, List.of()))
                .hasMessageContaining("$.overview.timeZone");
    }

    @ParameterizedTest(name = "{1} with threshold 5: {0} gives {2}%")
    @CsvSource(delimiter = '|', value = {
            // March 2025 business hours hold 21 x 600 min = 2520 five-minute intervals; those without a sample had
            // no errors. An interval exactly at the threshold is not down: 2 of 2520 down is 2518/2520.
            "5;5.01;0;10   | INTERVAL_SHARE              | 99.9206349206",
            "5;5;5;5       | INTERVAL_SHARE              | 100",
            "0;0;0;5.0001  | INTERVAL_SHARE              | 99.9603174603",
            // 100 - (5 + 5.01 + 0 + 10) / 2520
            "5;5.01;0;10   | INTERVAL_AVERAGE_ERROR_RATE | 99.9920595238",
            "0;0;0;0       | INTERVAL_AVERAGE_ERROR_RATE | 100",
            // 100 - 200 / 2520
            "100;100       | INTERVAL_AVERAGE_ERROR_RATE | 99.9206349206",
    })
    void intervalBasedServicesCountIntervalsAboveTheThresholdOrTheAverageErrorRate(String rates, MeasurementMethod method,
                                                                                  BigDecimal availability) {
        MeasurementRule rule = new MeasurementRule(method, 5, new BigDecimal("5"), 0, ClockStart.AT_FAILURE, false);
        List<IntervalSample> samples = new ArrayList<>();
        Instant t = Instant.parse("2025-03-04T09:00:00Z");
        for (String rate : rates.split(";")) {
            samples.add(new IntervalSample(t, new BigDecimal(rate.trim())));
            t = t.plus(Duration.ofMinutes(5));
        }
        // a bad interval on Saturday is outside the window and is not counted
        samples.add(new IntervalSample(Instant.parse("2025-03-08T09:00:00Z"), new BigDecimal("100")));
        AvailabilityMeasurement m = AvailabilityMeasurement.measureIntervals(BUSINESS_HOURS, rule, LONDON, MARCH, samples);
        assertThat(m.availabilityPercent()).isCloseTo(availability, within(new BigDecimal("0.0000000001")));
    }

    @Test
    void intervalSharesCountTheBadIntervalsAsDowntime() {
        MeasurementRule rule = new MeasurementRule(MeasurementMethod.INTERVAL_SHARE, 5, new BigDecimal("5"), 0, ClockStart.AT_FAILURE, false);
        AvailabilityMeasurement m = AvailabilityMeasurement.measureIntervals(BUSINESS_HOURS, rule, LONDON, MARCH, List.of(
                new IntervalSample(Instant.parse("2025-03-04T09:00:00Z"), new BigDecimal("6")),
                new IntervalSample(Instant.parse("2025-03-04T09:05:00Z"), new BigDecimal("1"))));
        assertThat(m.downtime()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aServiceIsMeasuredInItsLevelsWindowUnderItsOwnRuleAndTheAgreementsZone() {
        AvailabilityWindow hours = new AvailabilityWindow("business", "Business hours", LONDON, BUSINESS_HOURS.hours(),
                List.of(), List.of());
        MeasurementRule fiveMinutes = new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, 5, ClockStart.AT_FAILURE, false);
        ServiceLevel level = new ServiceLevel("business", new BigDecimal("99.5"), true);
        Service service = new Service("mail", "Mail", "", null, null, null, null, null, List.of(level), fiveMinutes);
        Agreement agreement = Agreement.blank().withWindows(List.of(hours)).withServices(List.of(service))
                .withOverview(new Overview("t", AgreementType.SERVICE_BASED, null, Term.none(), "", "", null,
                        MeasurementPeriod.CALENDAR_MONTH, LONDON, "1"));
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(agreement, service, level, MARCH,
                outages("2025-03-04T09:00..2025-03-04T10:03;2025-03-05T09:00..2025-03-05T09:04", LONDON));
        assertThat(m.downtime()).isEqualTo(Duration.ofMinutes(63));
        assertThat(m.ignoredShortOutages()).isEqualTo(1);

        ServiceLevel dangling = new ServiceLevel("nights", new BigDecimal("99"), false);
        Service broken = new Service("mail", "Mail", "", null, null, null, null, null, List.of(level, dangling), fiveMinutes);
        assertThatThrownBy(() -> AvailabilityMeasurement.measure(agreement.withServices(List.of(broken)), broken, dangling,
                MARCH, List.of())).hasMessageContaining("$.services[0].levels[1].windowId").hasMessageContaining("nights");
    }

    static BigDecimal minutes(Duration d) {
        return Durations.minutes(d.toMillis());
    }

    static List<Outage> outages(String records, ZoneId zone) {
        List<Outage> list = new ArrayList<>();
        if (records == null || records.isBlank()) {
            return list;
        }
        for (String record : records.split(";")) {
            String r = record.trim();
            boolean planned = r.endsWith("!");
            r = planned ? r.substring(0, r.length() - 1) : r;
            Instant reported = null;
            if (r.contains("@")) {
                reported = LocalDateTime.parse(r.substring(r.indexOf('@') + 1)).atZone(zone).toInstant();
                r = r.substring(0, r.indexOf('@'));
            }
            String[] ends = r.split("\\.\\.");
            list.add(new Outage(LocalDateTime.parse(ends[0]).atZone(zone).toInstant(),
                    LocalDateTime.parse(ends[1]).atZone(zone).toInstant(), reported, planned));
        }
        return list;
    }
}
