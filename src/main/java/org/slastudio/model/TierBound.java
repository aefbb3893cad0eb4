package org.slastudio.model;

import java.math.BigDecimal;

/** One edge of a credit tier and whether a value exactly on it belongs to the tier. */
public record TierBound(BigDecimal percent, boolean inclusive) {

    public static TierBound inclusive(String percent) {
        return new TierBound(new BigDecimal(percent), true);
    }

    public static TierBound exclusive(String percent) {
        return new TierBound(new BigDecimal(percent), false);
    }
}
