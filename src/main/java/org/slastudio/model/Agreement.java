package org.slastudio.model;

import java.util.List;

/**
 * A whole Service Level Agreement, section by section in the order a reader meets them.
 * Values are not validated here: a draft may be incomplete or wrong, and the review says what is wrong.
 *
 * @param simulationAssumptions what the service-level simulator assumed, so a memo can be reproduced; null if never set
 * @param negotiation           our positions (internal, never sent) and the rounds so far
 */
public record Agreement(
        Overview overview,
        List<Party> parties,
        List<Service> services,
        List<AvailabilityWindow> windows,
        CreditRegime creditRegime,
        List<Metric> metrics,
        List<Clause> clauses,
        List<AgreedFigure> figures,
        SimulationAssumptions simulationAssumptions,
        Negotiation negotiation) {

    public Agreement {
        negotiation = negotiation == null ? Negotiation.none() : negotiation;
        parties = Lists.copy(parties);
        services = Lists.copy(services);
        windows = Lists.copy(windows);
        metrics = Lists.copy(metrics);
        clauses = Lists.copy(clauses);
        figures = Lists.copy(figures);
    }

    /** An agreement with no simulator assumptions, not (yet) under negotiation. */
    public Agreement(Overview overview, List<Party> parties, List<Service> services, List<AvailabilityWindow> windows,
                     CreditRegime creditRegime, List<Metric> metrics, List<Clause> clauses) {
        this(overview, parties, services, windows, creditRegime, metrics, clauses, List.of(), null, Negotiation.none());
    }

    public static Agreement blank() {
        return new Agreement(Overview.blank(), List.of(), List.of(), List.of(), CreditRegime.none(), List.of(), List.of());
    }

    public Agreement withOverview(Overview value) {
        return new Agreement(value, parties, services, windows, creditRegime, metrics, clauses, figures, simulationAssumptions, negotiation);
    }

    public Agreement withParties(List<Party> value) {
        return new Agreement(overview, value, services, windows, creditRegime, metrics, clauses, figures, simulationAssumptions, negotiation);
    }

    public Agreement withServices(List<Service> value) {
        return new Agreement(overview, parties, value, windows, creditRegime, metrics, clauses, figures, simulationAssumptions, negotiation);
    }

    public Agreement withWindows(List<AvailabilityWindow> value) {
        return new Agreement(overview, parties, services, value, creditRegime, metrics, clauses, figures, simulationAssumptions, negotiation);
    }

    public Agreement withCreditRegime(CreditRegime value) {
        return new Agreement(overview, parties, services, windows, value, metrics, clauses, figures, simulationAssumptions, negotiation);
    }

    public Agreement withMetrics(List<Metric> value) {
        return new Agreement(overview, parties, services, windows, creditRegime, value, clauses, figures, simulationAssumptions, negotiation);
    }

    public Agreement withClauses(List<Clause> value) {
        return new Agreement(overview, parties, services, windows, creditRegime, metrics, value, figures, simulationAssumptions, negotiation);
    }

    public Agreement withFigures(List<AgreedFigure> value) {
        return new Agreement(overview, parties, services, windows, creditRegime, metrics, clauses, value, simulationAssumptions, negotiation);
    }

    /**
     * The credit terms a level is under: the agreement's regime with the level's own terms laid over it, every
     * tier edge drawn at the level's target where the tier says so.
     */
    public CreditRegime creditsFor(ServiceLevel level) {
        CreditRegime base = creditRegime == null ? CreditRegime.none() : creditRegime;
        return level == null ? base : base.overriddenBy(level.credits()).forTarget(level.targetPercent());
    }

    /** The agreed figure with this id, if any. */
    public java.util.Optional<AgreedFigure> figure(String id) {
        return figures.stream().filter(f -> f != null && id.equals(f.id())).findFirst();
    }

    public Agreement withSimulationAssumptions(SimulationAssumptions value) {
        return new Agreement(overview, parties, services, windows, creditRegime, metrics, clauses, figures, value, negotiation);
    }

    public Agreement withNegotiation(Negotiation value) {
        return new Agreement(overview, parties, services, windows, creditRegime, metrics, clauses, figures, simulationAssumptions, value);
    }

    /** The agreement as it may go to the other side: our positions and walk-away limits taken out. */
    public Agreement forCounterparty() {
        return withNegotiation(negotiation.stripInternal());
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
