package org.slastudio.model;

import java.math.BigDecimal;

/**
 * A band of measured availability and the credit it earns, e.g. "less than 99.9% but at least 99.0%: 10%".
 * A missing bound is open: no lower bound reaches down to 0%, no upper bound up to 100%.
 *
 * @param creditPercent percentage of the fee basis, or null when the credit is a fixed amount
 * @param fixedCredit   a fixed amount, or null when the credit is a percentage
 * @param downtimeMultiple a credit proportional to the time lost: this multiple of the fee basis times the unavailable
 *                      share of the measured time (100% - availability), i.e. N times the fees for the downtime, each
 *                      hour valued at the fee basis divided by the measured hours of the period; null where the
 *                      credit is a percentage or a fixed amount
 */
public record CreditTier(TierBound lower, TierBound upper, BigDecimal creditPercent, Money fixedCredit,
                         BigDecimal downtimeMultiple) {

    public CreditTier(TierBound lower, TierBound upper, BigDecimal creditPercent, Money fixedCredit) {
        this(lower, upper, creditPercent, fixedCredit, null);
    }

    /** Whether the credit grows with the downtime inside this tier rather than being one amount for the tier. */
    public boolean proportionalToDowntime() {
        return downtimeMultiple != null;
    }

    /** Whether an edge of this tier is the level's target rather than a fixed value. */
    public boolean relativeToTarget() {
        return (lower != null && lower.atTarget()) || (upper != null && upper.atTarget());
    }

    /** This tier for a level with the given target. */
    public CreditTier at(BigDecimal target) {
        return relativeToTarget()
                ? new CreditTier(lower == null ? null : lower.at(target), upper == null ? null : upper.at(target),
                        creditPercent, fixedCredit, downtimeMultiple)
                : this;
    }

    /** Whether the unrounded availability falls in this band, honouring each bound's inclusivity. */
    public boolean contains(BigDecimal availabilityPercent) {
        if (lower != null && lower.percent() != null) {
            int c = availabilityPercent.compareTo(lower.percent());
            if (c < 0 || (c == 0 && !lower.inclusive())) {
                return false;
            }
        }
        if (upper != null && upper.percent() != null) {
            int c = availabilityPercent.compareTo(upper.percent());
            if (c > 0 || (c == 0 && !upper.inclusive())) {
                return false;
            }
        }
        return true;
    }
}
