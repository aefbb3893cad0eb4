package org.slastudio.review;

import java.math.BigDecimal;
import org.slastudio.model.CreditTier;
import org.slastudio.model.TierBound;

/** A range of availability with exact inclusivity at each end; a credit tier's band, or a gap or overlap. */
record Band(Band.Edge lower, Band.Edge upper) {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    record Edge(BigDecimal value, boolean inclusive) {
    }

    /** An open or valueless bound reaches to 0% below and 100% above, as the model defines. */
    static Band of(CreditTier tier) {
        return new Band(edge(tier.lower(), BigDecimal.ZERO), edge(tier.upper(), HUNDRED));
    }

    private static Edge edge(TierBound bound, BigDecimal open) {
        return bound == null || bound.percent() == null ? new Edge(open, true) : new Edge(bound.percent(), bound.inclusive());
    }

    boolean isEmpty() {
        int c = lower.value.compareTo(upper.value);
        return c > 0 || (c == 0 && !(lower.inclusive && upper.inclusive));
    }

    boolean isSingleValue() {
        return !isEmpty() && lower.value.compareTo(upper.value) == 0;
    }

    Band intersect(Band other) {
        Edge lo = compareLower(lower, other.lower) >= 0 ? lower : other.lower;
        Edge hi = compareUpper(upper, other.upper) <= 0 ? upper : other.upper;
        return new Band(lo, hi);
    }

    /** A value in the band for messages ("a month at ..."): "exactly" its single value, or its middle. */
    String example() {
        if (isSingleValue()) {
            return "exactly " + Describe.percent(lower.value);
        }
        return Describe.computedPercent(lower.value.add(upper.value).divide(BigDecimal.valueOf(2)));
    }

    /** As lower bounds: the one that lets in more values (smaller, or equal and inclusive) comes first. */
    static int compareLower(Edge a, Edge b) {
        int c = a.value.compareTo(b.value);
        return c != 0 ? c : Boolean.compare(b.inclusive, a.inclusive);
    }

    /** As upper bounds: the one that lets in more values (larger, or equal and inclusive) comes last. */
    static int compareUpper(Edge a, Edge b) {
        int c = a.value.compareTo(b.value);
        return c != 0 ? c : Boolean.compare(a.inclusive, b.inclusive);
    }

    /** E.g. "exactly 99.0%", "below 95.0%", "at least 99.0% and below 99.9%". */
    String describe() {
        if (isSingleValue()) {
            return "exactly " + Describe.percent(lower.value);
        }
        boolean fromZero = lower.value.signum() == 0 && lower.inclusive;
        boolean toHundred = upper.value.compareTo(HUNDRED) == 0 && upper.inclusive;
        String low = (lower.inclusive ? "at least " : "above ") + Describe.percent(lower.value);
        String high = (upper.inclusive ? "at most " : "below ") + Describe.percent(upper.value);
        if (fromZero && toHundred) {
            return "any value";
        }
        return fromZero ? high : toHundred ? low : low + " and " + high;
    }

    /** The band as the subject of a sentence: "Availability of exactly 99.0%", "Availability below 95.0%". */
    String asSubject() {
        String d = describe();
        return "Availability " + (d.startsWith("below") || d.startsWith("above") ? "" : "of ") + d;
    }
}
