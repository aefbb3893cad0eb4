package org.slastudio.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Simulation assumptions for one service; a null part uses the agreement-wide one.
 *
 * @param dependencies what the service runs on upstream, to hold its targets against; null if not analysed
 */
public record ServiceAssumptions(
        String serviceId,
        List<BigDecimal> candidateLevels,
        OutageModel outages,
        ProviderCost providerCost,
        Dependency dependencies) {

    public ServiceAssumptions {
        candidateLevels = Lists.copy(candidateLevels);
    }

    public ServiceAssumptions(String serviceId, List<BigDecimal> candidateLevels, OutageModel outages, ProviderCost providerCost) {
        this(serviceId, candidateLevels, outages, providerCost, null);
    }

    public ServiceAssumptions withDependencies(Dependency value) {
        return new ServiceAssumptions(serviceId, candidateLevels, outages, providerCost, value);
    }
}
