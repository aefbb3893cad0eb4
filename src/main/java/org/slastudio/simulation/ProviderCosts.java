package org.slastudio.simulation;

import java.math.BigDecimal;
import org.slastudio.model.ProviderCost;

/**
 * The provider's monthly cost per level: the table where it names the level, otherwise the curve, which multiplies
 * the base cost by the multiplier for every extra nine (nines = -log10(1 - level/100): 99% has 2, 99.9% has 3).
 * Without a base cost, the provider is taken to spend 70% of the current fee on the drafted level.
 */
record ProviderCosts(ProviderCost given, double baseCost, double baseLevel, double multiplier) {

    static ProviderCosts of(ProviderCost cost, BigDecimal drafted, BigDecimal fee, String path) {
        double baseCost = cost != null && cost.baseMonthlyCost() != null && cost.baseMonthlyCost().amount() != null
                ? cost.baseMonthlyCost().amount().doubleValue()
                : fee.multiply(Simulator.DEFAULT_COST_SHARE_OF_FEE).doubleValue();
        double baseLevel = cost != null && cost.baseLevelPercent() != null ? cost.baseLevelPercent().doubleValue()
                : drafted.doubleValue();
        if (baseLevel <= 0 || baseLevel >= 100) {
            throw new IllegalArgumentException(path + ".baseLevelPercent must be above 0 and below 100; e.g. 99.9");
        }
        double multiplier = cost != null && cost.multiplierPerNine() != null ? cost.multiplierPerNine().doubleValue()
                : Simulator.DEFAULT_MULTIPLIER_PER_NINE.doubleValue();
        if (multiplier <= 0) {
            throw new IllegalArgumentException(path + ".multiplierPerNine must be above 0; e.g. 2");
        }
        return new ProviderCosts(cost, baseCost, baseLevel, multiplier);
    }

    static double nines(double levelPercent) {
        return -Math.log10(1 - levelPercent / 100);
    }

    double monthlyCost(BigDecimal level) {
        if (given != null) {
            for (org.slastudio.model.LevelCost row : given.table()) {
                if (row != null && row.levelPercent() != null && row.levelPercent().compareTo(level) == 0
                        && row.monthlyCost() != null && row.monthlyCost().amount() != null) {
                    return row.monthlyCost().amount().doubleValue();
                }
            }
        }
        return baseCost * Math.pow(multiplier, nines(level.doubleValue()) - nines(baseLevel));
    }
}
