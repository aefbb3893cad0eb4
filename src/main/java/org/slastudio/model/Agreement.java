package org.slastudio.model;

import java.util.List;

/**
 * A whole Service Level Agreement, section by section in the order a reader meets them.
 * Values are not validated here: a draft may be incomplete or wrong, and the review says what is wrong.
 *
 * @param simulationAssumptions what the service-level simulator assumed, so a memo can be reproduced; null if never set
 */
public record Agreement(
        Overview overview,
        List<Party> parties,
        List<Service> services,
        List<AvailabilityWindow> windows,
        CreditRegime creditRegime,
        List<Metric> metrics,
        List<Clause> clauses,
        SimulationAssumptions simulationAssumptions) {

    public Agreement {
        parties = Lists.copy(parties);
        services = Lists.copy(services);
        windows = Lists.copy(windows);
        metrics = Lists.copy(metrics);
        clauses = Lists.copy(clauses);
    }

    public Agreement(Overview overview, List<Party> parties, List<Service> services, List<AvailabilityWindow> windows,
                     CreditRegime creditRegime, List<Metric> metrics, List<Clause> clauses) {
        this(overview, parties, services, windows, creditRegime, metrics, clauses, null);
    }

    public static Agreement blank() {
        return new Agreement(Overview.blank(), List.of(), List.of(), List.of(), CreditRegime.none(), List.of(), List.of());
    }

    public Agreement withOverview(Overview value) {
        return new Agreement(value, parties, services, windows, creditRegime, metrics, clauses, simulationAssumptions);
    }

    public Agreement withParties(List<Party> value) {
        return new Agreement(overview, value, services, windows, creditRegime, metrics, clauses, simulationAssumptions);
    }

    public Agreement withServices(List<Service> value) {
        return new Agreement(overview, parties, value, windows, creditRegime, metrics, clauses, simulationAssumptions);
    }

    public Agreement withWindows(List<AvailabilityWindow> value) {
        return new Agreement(overview, parties, services, value, creditRegime, metrics, clauses, simulationAssumptions);
    }

    public Agreement withCreditRegime(CreditRegime value) {
        return new Agreement(overview, parties, services, windows, value, metrics, clauses, simulationAssumptions);
    }

    public Agreement withMetrics(List<Metric> value) {
        return new Agreement(overview, parties, services, windows, creditRegime, value, clauses, simulationAssumptions);
    }

    public Agreement withClauses(List<Clause> value) {
        return new Agreement(overview, parties, services, windows, creditRegime, metrics, value, simulationAssumptions);
    }

    public Agreement withSimulationAssumptions(SimulationAssumptions value) {
        return new Agreement(overview, parties, services, windows, creditRegime, metrics, clauses, value);
    }

    public java.util.Optional<Party> party(String id) {
        return parties.stream().filter(p -> p != null && id != null && id.equals(p.id())).findFirst();
    }

    public java.util.Optional<Service> service(String id) {
        return services.stream().filter(s -> s != null && id != null && id.equals(s.id())).findFirst();
    }

    public java.util.Optional<AvailabilityWindow> window(String id) {
        return windows.stream().filter(w -> w != null && id != null && id.equals(w.id())).findFirst();
    }

    public java.util.Optional<Metric> metric(String id) {
        return metrics.stream().filter(m -> m != null && id != null && id.equals(m.id())).findFirst();
    }
}
