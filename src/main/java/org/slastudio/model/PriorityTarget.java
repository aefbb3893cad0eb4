package org.slastudio.model;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * A time target for one priority, e.g. P1 responded to within 15 minutes in 95% of cases.
 *
 * @param compliancePercent share of tickets that must meet the target; null means every ticket
 */
public record PriorityTarget(Priority priority, Duration within, BigDecimal compliancePercent) {
    /**
     * Ten years: longer than any response or resolution an agreement could promise, and far from the lengths at
     * which adding a duration to an instant overflows (292 million years in milliseconds).
     */
    public static final Duration LONGEST = Duration.ofDays(3660);
}
