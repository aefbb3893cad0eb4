package org.slastudio.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The share of monthly charges the provider puts at risk, and how it is allocated across services.
 * Allocations commonly add up to more than 100% (a "pool" of e.g. 250%), but no single period pays more than
 * the at-risk amount.
 */
public record AtRiskAmount(BigDecimal percentOfMonthlyCharges, List<PoolAllocation> allocations) {

    public AtRiskAmount {
        allocations = Lists.copy(allocations);
    }
}
