package org.slastudio.model;

import java.math.BigDecimal;

/**
 * One edge of a credit tier and whether a value exactly on it belongs to the tier.
 *
 * @param percent  the edge, or null where it is the level's target
 * @param atTarget the edge is the target of the level the tier is applied to ("below the Service's target"), so
 *                 one table serves services with different targets
 */
public record TierBound(BigDecimal percent, boolean inclusive, boolean atTarget) {

    public TierBound(BigDecimal percent, boolean inclusive) {
        this(percent, inclusive, false);
    }

    public static TierBound inclusive(String percent) {
        return new TierBound(new BigDecimal(percent), true);
    }

    public static TierBound exclusive(String percent) {
        return new TierBound(new BigDecimal(percent), false);
    }

    public static TierBound target(boolean inclusive) {
        return new TierBound(null, inclusive, true);
    }

    /** This edge for a level with the given target: a target edge takes its value, an absolute one is kept. */
    public TierBound at(BigDecimal target) {
        return atTarget ? new TierBound(target, inclusive, true) : this;
    }
}
