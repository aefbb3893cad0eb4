package org.slastudio.model;

import java.math.BigDecimal;

/** One row of a provider cost table: what delivering a level costs per month. */
public record LevelCost(BigDecimal levelPercent, Money monthlyCost) {
}
