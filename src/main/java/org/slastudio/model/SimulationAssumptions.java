package org.slastudio.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the service-level simulator assumed, kept with the draft so an options memo can be reproduced.
 * Anything left null falls back to the simulator's documented default.
 *
 * @param candidateLevels levels to compare for every service, e.g. 99.0, 99.5, 99.9, 99.95, 99.99
 * @param outages         the provider's outage process, for services without their own
 * @param providerCost    the provider's cost of delivering each level, for services without their own
 * @param services        per-service assumptions that replace the ones above
 * @param trials          simulated years
 * @param seed            the random seed: the same seed gives the same numbers
 */
public record SimulationAssumptions(
        List<BigDecimal> candidateLevels,
        OutageModel outages,
        ProviderCost providerCost,
        List<ServiceAssumptions> services,
        Integer trials,
        Long seed) {

    public SimulationAssumptions {
        candidateLevels = Lists.copy(candidateLevels);
        services = Lists.copy(services);
    }

    public static SimulationAssumptions defaults() {
        return new SimulationAssumptions(List.of(), null, null, List.of(), null, null);
    }

    /** These assumptions with the service's dependencies set (null to take them out), its other assumptions kept. */
    public SimulationAssumptions withDependencies(String serviceId, Dependency tree) {
        List<ServiceAssumptions> next = new java.util.ArrayList<>(services);
        for (int i = 0; i < next.size(); i++) {
            ServiceAssumptions s = next.get(i);
            if (s != null && serviceId != null && serviceId.equals(s.serviceId())) {
                next.set(i, s.withDependencies(tree));
                return new SimulationAssumptions(candidateLevels, outages, providerCost, next, trials, seed);
            }
        }
        next.add(new ServiceAssumptions(serviceId, List.of(), null, null, tree));
        return new SimulationAssumptions(candidateLevels, outages, providerCost, next, trials, seed);
    }

    public java.util.Optional<ServiceAssumptions> service(String id) {
        return services.stream().filter(s -> s != null && id != null && id.equals(s.serviceId())).findFirst();
    }
}
