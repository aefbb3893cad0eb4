package org.slastudio.model;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * A time target for one priority, e.g. P1 responded to within 15 minutes in 95% of cases, or P4 resolved by the
 * end of the next business day.
 *
 * @param within            the time allowed on the metric's clock; unused where {@code dueBy} is set
 * @param compliancePercent share of tickets that must meet the target; null means every ticket
 * @param dueBy             a business-day target in place of {@code within}; null where the target is a time
 */
public record PriorityTarget(Priority priority, Duration within, BigDecimal compliancePercent, BusinessDayDeadline dueBy) {
    /**
     * Ten years: longer than any response or resolution an agreement could promise, and far from the lengths at
     * which adding a duration to an instant overflows (292 million years in milliseconds).
     */
    public static final Duration LONGEST = Duration.ofDays(3660);

    /** A target of a length of time on the metric's clock. */
    public PriorityTarget(Priority priority, Duration within, BigDecimal compliancePercent) {
        this(priority, within, compliancePercent, null);
    }

    /** Whether the target says when a ticket is due: a time, or a business day. */
    public boolean isSet() {
        return dueBy != null || within != null;
    }
}
