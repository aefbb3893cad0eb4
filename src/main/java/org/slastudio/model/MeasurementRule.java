package org.slastudio.model;

import java.math.BigDecimal;

/**
 * How downtime of a service is counted.
 *
 * @param method                      time-based, one of the interval-based methods, or by request counts
 * @param intervalMinutes             length of each interval, for interval-based methods
 * @param errorRateThresholdPercent   an interval is down when its error rate is above (not equal to) this
 * @param minimumOutageMinutes        shorter outages do not count, e.g. 5 consecutive minutes; under
 *                                    {@link MeasurementMethod#INTERVAL_SHARE}, runs of consecutive intervals down
 * @param minimumOutageBound          whether an outage of exactly the minimum counts; null is
 *                                    {@link MinimumOutageBound#AT_LEAST}, as in drafts from before the choice
 * @param clockStart                  whether downtime counts from the failure or from the fault report
 * @param periodsInUtc                periods are cut at midnight UTC instead of in the agreement's time zone
 */
public record MeasurementRule(
        MeasurementMethod method,
        Integer intervalMinutes,
        BigDecimal errorRateThresholdPercent,
        Integer minimumOutageMinutes,
        MinimumOutageBound minimumOutageBound,
        ClockStart clockStart,
        boolean periodsInUtc) {

    /** A rule that does not say whether an outage of exactly the minimum counts: it does. */
    public MeasurementRule(MeasurementMethod method, Integer intervalMinutes, BigDecimal errorRateThresholdPercent,
                           Integer minimumOutageMinutes, ClockStart clockStart, boolean periodsInUtc) {
        this(method, intervalMinutes, errorRateThresholdPercent, minimumOutageMinutes, null, clockStart, periodsInUtc);
    }

    public static MeasurementRule timeBased() {
        return new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, 0, ClockStart.AT_FAILURE, false);
    }

    /** The bound as the calculation reads it: at least, unless the rule says more than. */
    public MinimumOutageBound bound() {
        return minimumOutageBound == null ? MinimumOutageBound.AT_LEAST : minimumOutageBound;
    }

    /** Whether an outage (or run of intervals down) lasting this many milliseconds counts under the minimum. */
    public boolean longEnough(long outageMillis) {
        if (minimumOutageMinutes == null || minimumOutageMinutes <= 0) {
            return true;
        }
        long minimum = minimumOutageMinutes * 60_000L;
        return bound() == MinimumOutageBound.MORE_THAN ? outageMillis > minimum : outageMillis >= minimum;
    }

    /**
     * Under interval measurement, the fewest consecutive intervals down that count, e.g. 3 for 5-minute intervals and
     * at least 15 minutes (or at least 11, or more than 10); 1 where every interval down counts. Null without an
     * interval length.
     */
    public Integer shortestCountedRun() {
        if (intervalMinutes == null || intervalMinutes < 1) {
            return null;
        }
        if (minimumOutageMinutes == null || minimumOutageMinutes <= 0) {
            return 1;
        }
        long minimum = minimumOutageMinutes;
        long run = bound() == MinimumOutageBound.MORE_THAN ? minimum / intervalMinutes + 1
                : (minimum + intervalMinutes - 1) / intervalMinutes;
        return (int) Math.max(1, Math.min(run, Integer.MAX_VALUE));
    }
}
