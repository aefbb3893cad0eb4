package org.slastudio.model;

import java.math.BigDecimal;
import java.util.List;

/** Simulation assumptions for one service; a null part uses the agreement-wide one. */
public record ServiceAssumptions(
        String serviceId,
        List<BigDecimal> candidateLevels,
        OutageModel outages,
        ProviderCost providerCost) {

    public ServiceAssumptions {
        candidateLevels = Lists.copy(candidateLevels);
    }
}
