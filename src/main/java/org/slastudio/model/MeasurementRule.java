package org.slastudio.model;

import java.math.BigDecimal;

/**
 * How downtime of a service is counted.
 *
 * @param method                      time-based or one of the interval-based methods
 * @param intervalMinutes             length of each interval, for interval-based methods
 * @param errorRateThresholdPercent   an interval is down when its error rate is above (not equal to) this
 * @param minimumOutageMinutes        shorter outages do not count, e.g. 5 consecutive minutes
 * @param clockStart                  whether downtime counts from the failure or from the fault report
 * @param periodsInUtc                periods are cut at midnight UTC instead of in the agreement's time zone
 */
public record MeasurementRule(
        MeasurementMethod method,
        Integer intervalMinutes,
        BigDecimal errorRateThresholdPercent,
        Integer minimumOutageMinutes,
        ClockStart clockStart,
        boolean periodsInUtc) {

    public static MeasurementRule timeBased() {
        return new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, 0, ClockStart.AT_FAILURE, false);
    }
}
