package org.slastudio.model;

import java.math.BigDecimal;

/**
 * How often a service fails and for how long, counted in the window's open time.
 * Give the mean time to repair, or the mean time between failures; the other follows from the level the
 * provider engineers for, so the expected downtime matches it.
 *
 * @param durations                how outage lengths are spread
 * @param meanTimeToRepairMinutes  MTTR: the mean outage length
 * @param meanTimeBetweenFailuresHours MTBF in window hours, used where no MTTR is given
 * @param lognormalSigma           spread of the logarithm of the lengths, for lognormal durations
 * @param engineeringMarginPercent the provider aims for this much less downtime than the level allows
 */
public record OutageModel(
        OutageDurations durations,
        BigDecimal meanTimeToRepairMinutes,
        BigDecimal meanTimeBetweenFailuresHours,
        BigDecimal lognormalSigma,
        BigDecimal engineeringMarginPercent) {
}
