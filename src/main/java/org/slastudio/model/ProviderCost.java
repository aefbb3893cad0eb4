package org.slastudio.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What delivering a level costs the provider per month: a table, or a base cost at a base level multiplied for
 * every extra "nine" (99.9% has one more nine than 99%).
 *
 * @param table             monthly cost per level; where it names a level, it wins over the curve
 * @param baseMonthlyCost   the cost at the base level
 * @param baseLevelPercent  the level the base cost buys
 * @param multiplierPerNine how many times the cost grows for each extra nine
 */
public record ProviderCost(List<LevelCost> table, Money baseMonthlyCost, BigDecimal baseLevelPercent,
                           BigDecimal multiplierPerNine) {

    public ProviderCost {
        table = Lists.copy(table);
    }
}
