package org.slastudio.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClockStart;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/**
 * Measured availability of one service in one window and period.
 *
 * <p>Time-based rules, in this order: the clock of each record starts at the fault report where the rule says
 * so; overlapping records are merged into one outage; an outage shorter than the minimum (or, where the rule counts
 * only outages of more than the minimum, one exactly as long) does not count, taken on the whole merged outage, not
 * on the part inside the window or the period; of the rest, only time inside the window's
 * open time counts, less holidays, agreed maintenance windows and planned work the window's rules excuse by notice
 * ({@link PlannedWork}); whether that maintenance also leaves the measured time or counts as available time is the
 * window's convention ({@link WindowCalendar}). A calendar month measured as 30 days is measured against 43,200
 * minutes, whatever its length. An outage crossing
 * midnight or a period boundary counts in each period for the part that falls in it; periods are cut in the
 * agreement's zone, or at midnight UTC where the rule says so.
 *
 * @param windowTime          the window's open time in the period
 * @param downtime            the time counted as downtime
 * @param availabilityPercent unrounded: exact where the decimal ends, otherwise cut at 34 digits
 * @param countedOutages      merged outages that counted in this period (interval shares: the intervals down)
 * @param ignoredShortOutages merged outages (interval shares: runs of intervals down) in this period's window left
 *                            out for being shorter than the minimum
 * @param firstCountedOutage  when the first outage that counted in this period began (it may have begun in the period
 *                            before; where the clock starts at the fault report, the report), or for intervals the
 *                            start of the first interval down or with errors; null if none. A claim deadline that runs
 *                            from the incident runs from it
 */
public record AvailabilityMeasurement(
        MeasurementPeriodRange period,
        Duration windowTime,
        Duration downtime,
        BigDecimal availabilityPercent,
        int countedOutages,
        int ignoredShortOutages,
        Instant firstCountedOutage) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The zone periods are cut in: UTC where the rule says so, otherwise the agreement's zone. */
    public static ZoneId periodZone(MeasurementRule rule, ZoneId agreementZone) {
        if (rule != null && rule.periodsInUtc()) {
            return ZoneOffset.UTC;
        }
        if (agreementZone == null) {
            throw new IllegalArgumentException(
                    "The agreement has no time zone ($.overview.timeZone); set one, e.g. Europe/Berlin, or cut periods in UTC");
        }
        return agreementZone;
    }

    /** Measures a service's level in its window under the service's rule and the agreement's zone. */
    public static AvailabilityMeasurement measure(Agreement agreement, Service service, ServiceLevel level,
                                                  MeasurementPeriodRange period, Collection<Outage> outages) {
        AvailabilityWindow window = windowOf(agreement, service, level);
        return measureEach(window, service.measurement(), agreementZone(agreement), List.of(period), outages,
                () -> BusinessDays.of(agreement, window)).get(0);
    }

    /** The window a level is promised in, or a message naming the field that points nowhere. */
    public static AvailabilityWindow windowOf(Agreement agreement, Service service, ServiceLevel level) {
        // The path is made only for the message: finding a service in a long list by a record's equals is not cheap.
        Supplier<String> path = () -> "$.services[" + agreement.services().indexOf(service) + "].levels["
                + service.levels().indexOf(level) + "].windowId";
        if (level.windowId() == null || level.windowId().isBlank()) {
            throw new IllegalArgumentException("The level has no window (" + path.get() + "); name one of $.windows");
        }
        return agreement.window(level.windowId()).orElseThrow(() -> new IllegalArgumentException("The level's window \""
                + level.windowId() + "\" is not defined (" + path.get() + "); name one of $.windows"));
    }

    private static ZoneId agreementZone(Agreement agreement) {
        return agreement.overview() == null ? null : agreement.overview().timeZone();
    }

    public static AvailabilityMeasurement measure(AvailabilityWindow window, MeasurementRule rule, ZoneId agreementZone,
                                                  MeasurementPeriodRange period, Collection<Outage> outages) {
        return measureEach(window, rule, agreementZone, List.of(period), outages).get(0);
    }

    /** Measures several periods from one sort of the records: the way to measure a year. */
    public static List<AvailabilityMeasurement> measureEach(AvailabilityWindow window, MeasurementRule rule,
                                                            ZoneId agreementZone, List<MeasurementPeriodRange> periods,
                                                            Collection<Outage> outages) {
        return measureEach(window, rule, agreementZone, periods, outages, () -> BusinessDays.of(null, window));
    }

    /** @param businessDays the calendar notice of planned work is counted in, asked for only when a record needs it */
    public static List<AvailabilityMeasurement> measureEach(AvailabilityWindow window, MeasurementRule rule,
                                                            ZoneId agreementZone, List<MeasurementPeriodRange> periods,
                                                            Collection<Outage> given, Supplier<BusinessDays> businessDays) {
        MeasurementRule r = rule == null ? MeasurementRule.timeBased() : rule;
        if (r.method() == MeasurementMethod.REQUEST_COUNTS) {
            throw new IllegalArgumentException("This service is measured by request counts; give the total and successful"
                    + " requests, not outage records");
        }
        if (r.method() != null && r.method() != MeasurementMethod.TIME_BASED) {
            throw new IllegalArgumentException("This service is measured by intervals (" + r.method()
                    + "); give per-interval error rates, not outage records");
        }
        ZoneId zone = periodZone(r, agreementZone);
        boolean fromReport = r.clockStart() == ClockStart.AT_FAULT_REPORT;
        List<PlannedWork.Decision> planned = PlannedWork.decide(window, businessDays, given);
        Spans excused = PlannedWork.excusedSpans(planned);
        Collection<Outage> outages = PlannedWork.notExcused(given, planned);

        long[] starts = new long[outages.size()];
        long[] ends = new long[outages.size()];
        int n = 0;
        for (Outage o : outages) {
            long s = o.start().toEpochMilli();
            long e = o.end().toEpochMilli();
            if (fromReport && o.reportedAt() != null) {
                s = Math.min(Math.max(s, o.reportedAt().toEpochMilli()), e);
            }
            starts[n] = s;
            ends[n] = e;
            n++;
        }
        Spans merged = Spans.union(starts, ends, n);

        List<AvailabilityMeasurement> result = new ArrayList<>(periods.size());
        for (MeasurementPeriodRange period : periods) {
            WindowCalendar calendar = WindowCalendar.of(window, period, zone, excused);
            Spans open = calendar.countable();
            long down = 0;
            int counted = 0;
            int ignored = 0;
            Instant first = null;
            if (!open.isEmpty()) {
                long from = open.start(0);
                long to = open.end(open.size() - 1);
                for (int i = firstEndingAfter(merged, from); i < merged.size() && merged.start(i) < to; i++) {
                    long inWindow = open.millisWithin(merged.start(i), merged.end(i));
                    if (inWindow == 0) {
                        continue;
                    }
                    if (!r.longEnough(merged.end(i) - merged.start(i))) {
                        ignored++;
                    } else {
                        if (counted == 0) {
                            first = Instant.ofEpochMilli(merged.start(i));
                        }
                        counted++;
                        down += inWindow;
                    }
                }
            }
            long windowMillis = calendar.measuredMillis();
            result.add(new AvailabilityMeasurement(period, Duration.ofMillis(windowMillis), Duration.ofMillis(down),
                    Durations.availabilityPercent(windowMillis, down), counted, ignored, first));
        }
        return result;
    }

    private static int firstEndingAfter(Spans spans, long instant) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.end(mid) <= instant) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Interval-based measurement. The window's open time in the period holds {@code window / interval length}
     * intervals; a sample counts when it starts inside the open time, and an interval with no sample had no errors
     * (as cloud SLAs put it: an interval with no requests has an error rate of 0%), so a file may list only the bad
     * intervals. Under {@link MeasurementMethod#INTERVAL_SHARE} an interval is down when its error rate is above (not
     * equal to) the threshold, and availability is the share of intervals that are not; under
     * {@link MeasurementMethod#INTERVAL_AVERAGE_ERROR_RATE} it is 100% minus the average error rate over all the
     * intervals, and the downtime reported is that share of the window time.
     *
     * <p>A minimum outage applies to interval shares as to time: intervals down are consecutive where each starts one
     * interval after the one before (in real time, so across a change of the clocks too), and a run of them whose
     * total length is short of the minimum is not downtime. As with a merged outage under time-based measurement, the
     * run is taken whole, with its intervals outside the window or the period, so a run of three 5-minute intervals
     * across the end of a month counts in both months under a 15-minute minimum. An average error rate has no
     * outages: the minimum does not change it (and review says so).
     */
    public static AvailabilityMeasurement measureIntervals(AvailabilityWindow window, MeasurementRule rule,
                                                           ZoneId agreementZone, MeasurementPeriodRange period,
                                                           Collection<IntervalSample> samples) {
        if (rule == null || rule.method() == null || rule.method() == MeasurementMethod.TIME_BASED) {
            throw new IllegalArgumentException("This service is measured by time; give outage records, not interval error rates");
        }
        if (rule.method() == MeasurementMethod.REQUEST_COUNTS) {
            throw new IllegalArgumentException("This service is measured by request counts; give the total and successful"
                    + " requests, not interval error rates");
        }
        if (rule.intervalMinutes() == null || rule.intervalMinutes() <= 0) {
            throw new IllegalArgumentException("The measurement has no interval length (measurement.intervalMinutes); set it, e.g. 5");
        }
        boolean share = rule.method() == MeasurementMethod.INTERVAL_SHARE;
        if (share && rule.errorRateThresholdPercent() == null) {
            throw new IllegalArgumentException(
                    "The measurement has no error rate threshold (measurement.errorRateThresholdPercent); set it, e.g. 5");
        }
        WindowCalendar calendar = WindowCalendar.of(window, period, periodZone(rule, agreementZone));
        Spans open = calendar.countable();
        long intervalMillis = rule.intervalMinutes() * 60_000L;
        ShortRuns shortRuns = share ? ShortRuns.of(rule, samples, intervalMillis, open) : ShortRuns.NONE;
        int count = 0;
        int down = 0;
        BigDecimal errorSum = BigDecimal.ZERO;
        Instant first = null;
        for (IntervalSample sample : samples) {
            long s = sample.start().toEpochMilli();
            if (open.millisWithin(s, s + 1) == 0) {
                continue;
            }
            count++;
            errorSum = errorSum.add(sample.errorRatePercent());
            boolean bad = share ? isDown(sample, rule) && !shortRuns.starts().contains(s)
                    : sample.errorRatePercent().signum() > 0;
            if (share && bad) {
                down++;
            }
            if (bad && (first == null || sample.start().isBefore(first))) {
                first = sample.start();
            }
        }
        long windowMillis = calendar.measuredMillis();
        // More samples than the grid holds means samples off the grid; never let them push availability below zero.
        long intervals = Math.max(windowMillis / intervalMillis, count);
        if (intervals == 0) {
            return new AvailabilityMeasurement(period, Duration.ofMillis(windowMillis), Duration.ZERO, HUNDRED, 0, 0, null);
        }
        BigDecimal availability;
        Duration downtime;
        if (share) {
            availability = Durations.divide(BigDecimal.valueOf((intervals - down) * 100), BigDecimal.valueOf(intervals));
            downtime = Duration.ofMillis(down * intervalMillis);
        } else {
            BigDecimal averageError = Durations.divide(errorSum, BigDecimal.valueOf(intervals));
            availability = HUNDRED.subtract(averageError).max(BigDecimal.ZERO).min(HUNDRED);
            downtime = shareOf(windowMillis, availability);
        }
        return new AvailabilityMeasurement(period, Duration.ofMillis(windowMillis), downtime, availability, share ? down : 0,
                shortRuns.ignoredInWindow(), first);
    }

    private static boolean isDown(IntervalSample sample, MeasurementRule rule) {
        return sample.errorRatePercent().compareTo(rule.errorRateThresholdPercent()) > 0;
    }

    /** The part of the window time that an availability leaves out, to the millisecond. */
    private static Duration shareOf(long windowMillis, BigDecimal availability) {
        return Duration.ofMillis(BigDecimal.valueOf(windowMillis).multiply(HUNDRED.subtract(availability))
                .movePointLeft(2).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /**
     * The intervals down that belong to runs too short to count, and how many such runs reach into the window.
     *
     * @param starts          epoch milliseconds of the intervals in short runs
     * @param ignoredInWindow short runs with at least one interval in the window's open time
     */
    private record ShortRuns(Set<Long> starts, int ignoredInWindow) {
        static final ShortRuns NONE = new ShortRuns(Set.of(), 0);

        static ShortRuns of(MeasurementRule rule, Collection<IntervalSample> samples, long intervalMillis, Spans open) {
            if (rule.longEnough(intervalMillis)) {
                return NONE;
            }
            long[] down = samples.stream().filter(s -> isDown(s, rule)).mapToLong(s -> s.start().toEpochMilli())
                    .sorted().distinct().toArray();
            Set<Long> starts = new HashSet<>();
            int ignored = 0;
            for (int first = 0; first < down.length; ) {
                int last = first;
                while (last + 1 < down.length && down[last + 1] - down[last] == intervalMillis) {
                    last++;
                }
                if (!rule.longEnough((last - first + 1) * intervalMillis)) {
                    boolean inWindow = false;
                    for (int i = first; i <= last; i++) {
                        starts.add(down[i]);
                        inWindow |= open.millisWithin(down[i], down[i] + 1) > 0;
                    }
                    ignored += inWindow ? 1 : 0;
                }
                first = last + 1;
            }
            return new ShortRuns(starts, ignored);
        }
    }

    /**
     * Availability by counts: the successful requests (or executions) divided by all the valid ones counted in the
     * window in the period, as {@link RequestTotals} adds them up; a period without requests is 100% available. The
     * downtime reported is the failed share of the window time, as for an average error rate.
     */
    public static AvailabilityMeasurement measureRequests(AvailabilityWindow window, MeasurementRule rule,
                                                          ZoneId agreementZone, MeasurementPeriodRange period,
                                                          Collection<RequestCount> counts) {
        requireRequestCounts(rule);
        Spans open = WindowCalendar.of(window, period, periodZone(rule, agreementZone)).spans();
        return ofRequests(period, Duration.ofMillis(open.totalMillis()), RequestTotals.within(open, counts));
    }

    /** Availability from the totals of the period as given, e.g. on the command line. */
    public static AvailabilityMeasurement ofRequests(MeasurementPeriodRange period, Duration windowTime, RequestTotals totals) {
        BigDecimal availability = totals.availabilityPercent();
        return new AvailabilityMeasurement(period, windowTime, shareOf(windowTime.toMillis(), availability), availability, 0, 0, null);
    }

    /** Refuses a rule that does not measure by request counts, saying what to give instead. */
    public static void requireRequestCounts(MeasurementRule rule) {
        if (rule == null || rule.method() != MeasurementMethod.REQUEST_COUNTS) {
            throw new IllegalArgumentException("This service is measured by "
                    + (rule != null && rule.method() != null && rule.method().byIntervals()
                    ? "intervals; give per-interval error rates" : "time; give outage records") + ", not request counts");
        }
    }
}
