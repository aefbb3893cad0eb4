package org.slastudio.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * Availability of services combined from components, to hold a promise against what the provider's own
 * suppliers guarantee. Series: every component must be up (the product). Parallel: at least one must be up
 * (one minus the product of the downtimes). Only multiplication and subtraction of terminating decimals are
 * involved, so the results are exact with no MathContext at all (MathContext.UNLIMITED): 99.9% and 99.95% in
 * series is exactly 99.85005%. Nest calls for mixed structures.
 */
public final class CompositeAvailability {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CompositeAvailability() {
    }

    public static BigDecimal series(List<BigDecimal> percents) {
        BigDecimal fraction = BigDecimal.ONE;
        for (BigDecimal p : checked(percents)) {
            fraction = fraction.multiply(p.movePointLeft(2));
        }
        return fraction.movePointRight(2);
    }

    public static BigDecimal parallel(List<BigDecimal> percents) {
        BigDecimal allDown = BigDecimal.ONE;
        for (BigDecimal p : checked(percents)) {
            allDown = allDown.multiply(HUNDRED.subtract(p).movePointLeft(2));
        }
        return BigDecimal.ONE.subtract(allDown).movePointRight(2);
    }

    public static BigDecimal series(BigDecimal... percents) {
        return series(List.of(percents));
    }

    public static BigDecimal parallel(BigDecimal... percents) {
        return parallel(List.of(percents));
    }

    private static List<BigDecimal> checked(List<BigDecimal> percents) {
        if (percents.isEmpty()) {
            throw new IllegalArgumentException("A composite needs at least one component");
        }
        for (BigDecimal p : percents) {
            if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("An availability is between 0 and 100%, not " + p.toPlainString() + "%");
            }
        }
        return percents;
    }
}
