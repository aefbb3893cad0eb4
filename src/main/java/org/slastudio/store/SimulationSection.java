package org.slastudio.store;

import org.slastudio.model.LevelCost;
import org.slastudio.model.OutageDurations;
import org.slastudio.model.OutageModel;
import org.slastudio.model.ProviderCost;
import org.slastudio.model.ServiceAssumptions;
import org.slastudio.model.SimulationAssumptions;

/**
 * The simulation assumptions of a draft file: candidate levels, outages and the provider's cost, overall and by
 * service, and each service's upstream dependencies ({@link DependenciesSection}). Read and write sit together in one class per section, as a wizard step loads and builds its own part,
 * so that a new term is one edit in one small file.
 */
final class SimulationSection {

    private SimulationSection() {
    }

    static SimulationAssumptions readSimulationAssumptions(Fields o) {
        return new SimulationAssumptions(
                o.decimals("candidateLevels"),
                o.object("outages", SimulationSection::readOutages),
                o.object("providerCost", SimulationSection::readProviderCost),
                o.list("services", false, s -> new ServiceAssumptions(s.text("serviceId"),
                        s.decimals("candidateLevels"), s.object("outages", SimulationSection::readOutages),
                        s.object("providerCost", SimulationSection::readProviderCost),
                        DependenciesSection.read(s, "dependencies"))),
                o.whole("trials", "100000"),
                o.wholeLong("seed", "20260101"));
    }

    static void writeSimulationAssumptions(Out o, SimulationAssumptions v) {
        o.decimals("candidateLevels", v.candidateLevels());
        o.object("outages", v.outages(), SimulationSection::writeOutages);
        o.object("providerCost", v.providerCost(), SimulationSection::writeProviderCost);
        o.list("services", v.services(), null, SimulationSection::writeServiceAssumptions);
        o.whole("trials", v.trials());
        o.wholeLong("seed", v.seed());
    }

    private static void writeServiceAssumptions(Out o, ServiceAssumptions v) {
        o.text("serviceId", v.serviceId());
        o.decimals("candidateLevels", v.candidateLevels());
        o.object("outages", v.outages(), SimulationSection::writeOutages);
        o.object("providerCost", v.providerCost(), SimulationSection::writeProviderCost);
        o.object("dependencies", v.dependencies(), DependenciesSection::write);
    }

    private static OutageModel readOutages(Fields o) {
        return new OutageModel(
                o.choice("durations", OutageDurations.class),
                o.decimal("meanTimeToRepairMinutes", "60"),
                o.decimal("meanTimeBetweenFailuresHours", "720"),
                o.decimal("lognormalSigma", "1.0"),
                o.decimal("engineeringMarginPercent", "20"));
    }

    private static void writeOutages(Out o, OutageModel v) {
        o.choice("durations", v.durations());
        o.decimal("meanTimeToRepairMinutes", v.meanTimeToRepairMinutes());
        o.decimal("meanTimeBetweenFailuresHours", v.meanTimeBetweenFailuresHours());
        o.decimal("lognormalSigma", v.lognormalSigma());
        o.decimal("engineeringMarginPercent", v.engineeringMarginPercent());
    }

    private static ProviderCost readProviderCost(Fields o) {
        return new ProviderCost(
                o.list("table", false, r -> new LevelCost(r.decimal("levelPercent", "99.9"), r.money("monthlyCost"))),
                o.money("baseMonthlyCost"),
                o.decimal("baseLevelPercent", "99.9"),
                o.decimal("multiplierPerNine", "2"));
    }

    private static void writeProviderCost(Out o, ProviderCost v) {
        o.list("table", v.table(), null, SimulationSection::writeLevelCost);
        o.money("baseMonthlyCost", v.baseMonthlyCost());
        o.decimal("baseLevelPercent", v.baseLevelPercent());
        o.decimal("multiplierPerNine", v.multiplierPerNine());
    }

    private static void writeLevelCost(Out o, LevelCost v) {
        o.decimal("levelPercent", v.levelPercent());
        o.money("monthlyCost", v.monthlyCost());
    }
}
