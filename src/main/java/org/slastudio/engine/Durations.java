package org.slastudio.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact arithmetic on lengths of time and the percentages made from them. */
final class Durations {
    /**
     * Where a quotient does not terminate (a third of a minute), it is cut, not rounded, at 34 significant
     * digits: far finer than any bound a contract drafts, and never pushed up across one.
     */
    static final MathContext QUOTIENT = new MathContext(34, RoundingMode.DOWN);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MILLIS_PER_MINUTE = BigDecimal.valueOf(60_000);

    private Durations() {
    }

    static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        BigDecimal d = denominator.stripTrailingZeros();
        BigInteger unscaled = d.unscaledValue().abs();
        while (unscaled.signum() > 0 && !unscaled.testBit(0)) {
            unscaled = unscaled.shiftRight(1);
        }
        BigInteger five = BigInteger.valueOf(5);
        while (unscaled.signum() > 0 && unscaled.mod(five).signum() == 0) {
            unscaled = unscaled.divide(five);
        }
        boolean terminates = BigInteger.ONE.equals(unscaled)
                || numerator.unscaledValue().mod(unscaled).signum() == 0;
        return terminates ? numerator.divide(denominator) : numerator.divide(denominator, QUOTIENT);
    }

    static BigDecimal minutes(long millis) {
        return divide(BigDecimal.valueOf(millis), MILLIS_PER_MINUTE);
    }

    /** 100 x (window - down) / window; an empty window had nothing to lose, so it is 100%. */
    static BigDecimal availabilityPercent(long windowMillis, long downMillis) {
        if (windowMillis <= 0) {
            return HUNDRED;
        }
        long up = Math.max(0, windowMillis - Math.min(downMillis, windowMillis));
        return divide(BigDecimal.valueOf(up).multiply(HUNDRED), BigDecimal.valueOf(windowMillis));
    }
}
