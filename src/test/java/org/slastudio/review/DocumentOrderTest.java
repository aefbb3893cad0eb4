package org.slastudio.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentOrderTest {

    @ParameterizedTest(name = "{0} before {1}")
    @CsvSource({
            "$.overview.title, $.overview.type",
            "$.overview.timeZone, $.overview.version",
            "$.overview.version, $.parties",
            "$.parties, $.parties[0]",
            "$.parties[0].signatory.title, $.parties[1].id",
            "$.parties[1].signatory, $.services[0].id",
            "$.services[0].monthlyFee, $.services[0].levels[0]",
            "$.services[0].levels[1].targetPercent, $.services[1].id",
            "$.services[2].id, $.services[10].id",
            "$.services[9].measurement, $.windows[0]",
            "$.windows[0].hours, $.creditRegime.tiers[0]",
            "$.creditRegime.tiers[2].lower.percent, $.creditRegime.tiers[2].upper.percent",
            "$.creditRegime.tiers[2].creditPercent, $.creditRegime.monthlyCapPercent",
            "$.creditRegime.soleRemedy, $.metrics[0]",
            "$.metrics[3].priorityTargets[0].within, $.clauses[0]",
            "$.figures[0], $.simulationAssumptions.services[0].dependencies",
            "$.simulationAssumptions.services[0].dependencies.name, $.simulationAssumptions.services[0].dependencies.series[0]",
            "$.simulationAssumptions.services[0].dependencies.series[0].percent, $.simulationAssumptions.services[0].dependencies.series[0].source",
            "$.simulationAssumptions.services[0].dependencies.series[1].parallel[1].percent, $.simulationAssumptions.services[1].serviceId"})
    void pathsAreOrderedAsTheirFieldsAppearInTheFile(String earlier, String later) {
        DocumentOrder order = new DocumentOrder();
        assertThat(order.compare(earlier, later)).isNegative();
        assertThat(order.compare(later, earlier)).isPositive();
        assertThat(order.compare(earlier, earlier)).isZero();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "$, true",
            "$.overview.title, true",
            "$.creditRegime.tiers[2].lower.percent, true",
            "$.metrics[3].priorityTargets[0].within, true",
            "$.services[0].monthlyFee.currency, true",
            "$.services[0].colour, false",
            "$.overview[0], false",
            "$.parties.id, false",
            "services[0], false",
            "$.simulationAssumptions.services[0].dependencies.series[1].parallel[1].percent, true",
            "$.simulationAssumptions.services[0].dependencies.colour, false"})
    void aPathResolvesOnlyWhenEveryStepIsAFieldOrListElementOfTheModel(String path, boolean resolves) {
        assertThat(DocumentOrder.resolves(path)).isEqualTo(resolves);
    }
}
