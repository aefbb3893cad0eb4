package org.slastudio.model;

import java.math.BigDecimal;

/**
 * How large and how fine a number any term can hold: far beyond any fee, percentage or count, yet small enough that
 * no calculation or printing of it can run out of memory (100 - 1E-999999999 has a billion digits).
 */
public final class Decimals {
    /** Digits before the decimal point, and separately after it. */
    public static final int MAX_DIGITS = 18;

    private Decimals() {
    }

    public static boolean fits(BigDecimal value) {
        return value.precision() - value.scale() <= MAX_DIGITS && value.scale() <= MAX_DIGITS;
    }

    /** The end of a message saying why a number was refused, e.g. "use at most 18 digits ..., e.g. 99.9". */
    public static String limit(String example) {
        return "use at most " + MAX_DIGITS + " digits before and after the decimal point, e.g. " + example;
    }
}
