package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClockStart;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.MinimumOutageBound;

/**
 * A minimum outage under every method that has outages. Worked by hand in a 24x7 window in Europe/Berlin with
 * 5-minute intervals and a 5% threshold: February 2026 has 28 x 288 = 8,064 intervals, March 2026 (clocks forward on
 * the 29th) 743 h = 8,916, October 2026 (clocks back on the 25th) 745 h = 8,940.
 */
class MinimumOutageMeasurementTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final AvailabilityWindow ALWAYS = AvailabilityWindow.twentyFourSeven("24x7", "Around the clock", BERLIN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @ParameterizedTest(name = "outage of {0}, minimum {1} min {2}: counted={3}")
    @CsvSource(delimiter = '|', value = {
            "PT4M59S | 5 | AT_LEAST  | false",
            "PT5M    | 5 | AT_LEAST  | true",
            "PT5M1S  | 5 | AT_LEAST  | true",
            "PT4M59S | 5 | MORE_THAN | false",
            "PT5M    | 5 | MORE_THAN | false",
            "PT5M1S  | 5 | MORE_THAN | true",
            // a draft from before the choice counts exactly the minimum, as it always did
            "PT5M    | 5 |           | true",
            // no minimum: more than nothing is every outage
            "PT1S    | 0 | MORE_THAN | true",
    })
    void timeBasedAnOutageOfExactlyTheMinimumCountsOnlyUnderAtLeast(Duration length, int minimum, MinimumOutageBound bound,
                                                                    boolean counted) {
        MeasurementRule rule = new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, minimum, bound,
                ClockStart.AT_FAILURE, false);
        Instant start = Instant.parse("2026-02-10T09:00:00Z");
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(ALWAYS, rule, BERLIN, MeasurementPeriodRange.parse("2026-02"),
                List.of(new Outage(start, start.plus(length), null, false)));

        assertThat(m.downtime()).isEqualTo(counted ? length : Duration.ZERO);
        assertThat(m.countedOutages()).isEqualTo(counted ? 1 : 0);
        assertThat(m.ignoredShortOutages()).isEqualTo(counted ? 0 : 1);
    }

    /** Intervals down on 10 February 2026, Berlin time; every other interval of the month is error-free. */
    @ParameterizedTest(name = "minimum {0} min {1}, down at {2}: {3} intervals counted, {4} runs left out")
    @CsvSource(delimiter = '|', value = {
            "15 | AT_LEAST  | 10:00;10:05             | 0 | 1",
            "15 | AT_LEAST  | 10:00;10:05;10:10       | 3 | 0",
            "15 | MORE_THAN | 10:00;10:05;10:10       | 0 | 1",
            "15 | MORE_THAN | 10:00;10:05;10:10;10:15 | 4 | 0",
            "10 | AT_LEAST  | 10:00;10:05             | 2 | 0",
            // 12 minutes is read as three intervals: two are 10 minutes, short of 12
            "12 | AT_LEAST  | 10:00;10:05             | 0 | 1",
            "12 | AT_LEAST  | 10:00;10:05;10:10       | 3 | 0",
            // shorter than one interval: every interval down counts
            "3  | AT_LEAST  | 10:00                   | 1 | 0",
            // more than one interval's length: a lone interval does not count, two do
            "5  | MORE_THAN | 10:00                   | 0 | 1",
            "5  | MORE_THAN | 10:00;10:05             | 2 | 0",
            // a good interval at 10:10 ends the run: 10 minutes, then 5
            "15 | AT_LEAST  | 10:00;10:05;10:15       | 0 | 2",
            "15 | AT_LEAST  | 10:00;10:05;10:15;10:20;10:25 | 3 | 1",
            "0  | AT_LEAST  | 10:00                   | 1 | 0",
    })
    void underIntervalSharesARunOfIntervalsDownShorterThanTheMinimumIsNotDowntime(int minimum, MinimumOutageBound bound,
                                                                                  String down, int counted, int ignored) {
        List<IntervalSample> samples = new ArrayList<>();
        for (String time : down.split(";")) {
            samples.add(bad("2026-02-10T" + time.trim()));
        }
        // a good interval right after the last bad one changes nothing
        samples.add(new IntervalSample(samples.get(samples.size() - 1).start().plus(Duration.ofMinutes(5)), BigDecimal.ONE));

        AvailabilityMeasurement m = AvailabilityMeasurement.measureIntervals(ALWAYS, share(minimum, bound), BERLIN,
                MeasurementPeriodRange.parse("2026-02"), samples);

        assertThat(m.countedOutages()).isEqualTo(counted);
        assertThat(m.ignoredShortOutages()).isEqualTo(ignored);
        assertThat(m.downtime()).isEqualTo(Duration.ofMinutes(5L * counted));
        assertThat(m.availabilityPercent()).isEqualByComparingTo(share(8064 - counted, 8064));
    }

    /**
     * A run across the end of a period is taken whole, as a merged outage is under time-based measurement: 23:50 and
     * 23:55 on 31 January, 00:00 on 1 February make 15 minutes, which a 15-minute minimum counts in both months.
     */
    @ParameterizedTest(name = "minimum {0} min: {1} intervals in January and {2} in February")
    @CsvSource(delimiter = '|', value = {
            "15 | 2 | 1 | 0",
            "20 | 0 | 0 | 1",
    })
    void aRunAcrossThePeriodEndIsMeasuredWholeAsATimeBasedOutageIs(int minimum, int january, int february, int ignored) {
        List<IntervalSample> samples = List.of(bad("2026-01-31T23:50"), bad("2026-01-31T23:55"), bad("2026-02-01T00:00"));
        MeasurementRule rule = share(minimum, MinimumOutageBound.AT_LEAST);

        AvailabilityMeasurement jan = AvailabilityMeasurement.measureIntervals(ALWAYS, rule, BERLIN, MeasurementPeriodRange.parse("2026-01"), samples);
        AvailabilityMeasurement feb = AvailabilityMeasurement.measureIntervals(ALWAYS, rule, BERLIN, MeasurementPeriodRange.parse("2026-02"), samples);

        assertThat(jan.countedOutages()).isEqualTo(january);
        assertThat(feb.countedOutages()).isEqualTo(february);
        assertThat(jan.ignoredShortOutages()).isEqualTo(ignored);
        assertThat(feb.ignoredShortOutages()).isEqualTo(ignored);

        // The same 15 minutes as one outage record, measured by time under the same minimum.
        MeasurementRule byTime = new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, minimum, ClockStart.AT_FAILURE, false);
        List<Outage> outage = List.of(new Outage(local("2026-01-31T23:50"), local("2026-02-01T00:05"), null, false));
        List<AvailabilityMeasurement> months = AvailabilityMeasurement.measureEach(ALWAYS, byTime, BERLIN,
                List.of(MeasurementPeriodRange.parse("2026-01"), MeasurementPeriodRange.parse("2026-02")), outage);
        assertThat(months.get(0).downtime()).isEqualTo(Duration.ofMinutes(5L * january));
        assertThat(months.get(1).downtime()).isEqualTo(Duration.ofMinutes(5L * february));
    }

    /**
     * Intervals are consecutive in real time: on 29 March 2026 01:55 CET is followed by 03:00 CEST, and on 25 October
     * 02:55 CEST by the second 02:00, now CET. Each run is 15 minutes and counts under a 15-minute minimum.
     */
    @ParameterizedTest(name = "{0}: {1} h of window, run {2}")
    @CsvSource(delimiter = '|', value = {
            "2026-03 | 743 | 2026-03-29T01:50+01:00;2026-03-29T01:55+01:00;2026-03-29T03:00+02:00",
            "2026-10 | 745 | 2026-10-25T02:50+02:00;2026-10-25T02:55+02:00;2026-10-25T02:00+01:00",
    })
    void aRunAcrossAChangeOfTheClocksInBerlinIsConsecutive(String month, int hours, String run) {
        List<IntervalSample> samples = new ArrayList<>();
        for (String time : run.split(";")) {
            samples.add(new IntervalSample(OffsetDateTime.parse(time).toInstant(), BigDecimal.TEN));
        }
        long intervals = hours * 12L;

        AvailabilityMeasurement m = AvailabilityMeasurement.measureIntervals(ALWAYS, share(15, MinimumOutageBound.AT_LEAST),
                BERLIN, MeasurementPeriodRange.parse(month), samples);

        assertThat(m.windowTime()).isEqualTo(Duration.ofHours(hours));
        assertThat(m.countedOutages()).isEqualTo(3);
        assertThat(m.availabilityPercent()).isEqualByComparingTo(share(intervals - 3, intervals));

        // one of the three missing: 10 minutes, left out
        AvailabilityMeasurement shorter = AvailabilityMeasurement.measureIntervals(ALWAYS, share(15, MinimumOutageBound.AT_LEAST),
                BERLIN, MeasurementPeriodRange.parse(month), samples.subList(1, 3));
        assertThat(shorter.countedOutages()).isZero();
        assertThat(shorter.availabilityPercent()).isEqualByComparingTo(HUNDRED);
    }

    @Test
    void aMinimumDoesNotChangeAnAverageErrorRate() {
        List<IntervalSample> samples = List.of(bad("2026-02-10T10:00"), bad("2026-02-10T10:05"));
        MeasurementRule none = new MeasurementRule(MeasurementMethod.INTERVAL_AVERAGE_ERROR_RATE, 5, null, 0, ClockStart.AT_FAILURE, false);
        MeasurementRule fifteen = new MeasurementRule(MeasurementMethod.INTERVAL_AVERAGE_ERROR_RATE, 5, null, 15,
                MinimumOutageBound.MORE_THAN, ClockStart.AT_FAILURE, false);
        MeasurementPeriodRange feb = MeasurementPeriodRange.parse("2026-02");

        AvailabilityMeasurement m = AvailabilityMeasurement.measureIntervals(ALWAYS, fifteen, BERLIN, feb, samples);

        // 100 - (10 + 10) / 8064
        assertThat(m.availabilityPercent()).isEqualByComparingTo(
                HUNDRED.subtract(Durations.divide(BigDecimal.valueOf(20), BigDecimal.valueOf(8064))));
        assertThat(m).isEqualTo(AvailabilityMeasurement.measureIntervals(ALWAYS, none, BERLIN, feb, samples));
    }

    @ParameterizedTest(name = "{0}-minute intervals, minimum {1} {2}: runs of {3}")
    @CsvSource(delimiter = '|', value = {
            "5 | 0  | AT_LEAST  | 1",
            "5 | 3  | AT_LEAST  | 1",
            "5 | 5  | AT_LEAST  | 1",
            "5 | 5  | MORE_THAN | 2",
            "5 | 12 | AT_LEAST  | 3",
            "5 | 12 | MORE_THAN | 3",
            "5 | 15 | AT_LEAST  | 3",
            "5 | 15 | MORE_THAN | 4",
            "1 | 5  | AT_LEAST  | 5",
    })
    void theShortestRunThatCountsIsTheMinimumInWholeIntervals(int interval, int minimum, MinimumOutageBound bound, int run) {
        MeasurementRule rule = new MeasurementRule(MeasurementMethod.INTERVAL_SHARE, interval, BigDecimal.ONE, minimum, bound,
                ClockStart.AT_FAILURE, false);
        assertThat(rule.shortestCountedRun()).isEqualTo(run);
        assertThat(rule.longEnough(run * interval * 60_000L)).isTrue();
        assertThat(rule.longEnough((run - 1) * interval * 60_000L)).isEqualTo(run == 1 && minimum == 0);
    }

    private static MeasurementRule share(int minimum, MinimumOutageBound bound) {
        return new MeasurementRule(MeasurementMethod.INTERVAL_SHARE, 5, new BigDecimal("5"), minimum, bound, ClockStart.AT_FAILURE, false);
    }

    private static IntervalSample bad(String berlinTime) {
        return new IntervalSample(local(berlinTime), BigDecimal.TEN);
    }

    private static Instant local(String berlinTime) {
        return LocalDateTime.parse(berlinTime).atZone(BERLIN).toInstant();
    }

    private static BigDecimal share(long up, long of) {
        return Durations.divide(BigDecimal.valueOf(up * 100), BigDecimal.valueOf(of));
    }
}
