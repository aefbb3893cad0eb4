package org.slastudio.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.INFO;
import static org.slastudio.review.Severity.WARNING;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.Dependency;
import org.slastudio.model.ParallelGroup;
import org.slastudio.model.SeriesGroup;
import org.slastudio.model.SimulationAssumptions;
import org.slastudio.model.UpstreamComponent;

/**
 * The valid agreement's Object Storage (99.9% around the clock, credit-bearing) and Managed Database (99.9% in business
 * hours, credit-bearing; 99.5% around the clock, reported only) held against their dependencies.
 */
class TargetsAndDependenciesTest {

    private static UpstreamComponent c(String name, String percent) {
        return new UpstreamComponent(name, percent == null ? null : new BigDecimal(percent), null);
    }

    private static UnaryOperator<Agreement> depending(String serviceId, Dependency tree) {
        return a -> a.withSimulationAssumptions((a.simulationAssumptions() == null ? SimulationAssumptions.defaults()
                : a.simulationAssumptions()).withDependencies(serviceId, tree));
    }

    private static SeriesGroup series(Dependency... parts) {
        return new SeriesGroup(null, Arrays.asList(parts));
    }

    private static ParallelGroup parallel(Dependency... parts) {
        return new ParallelGroup(null, Arrays.asList(parts));
    }

    static Stream<ReviewCase> targetsTheDependenciesCannotCarry() {
        return Stream.of(
                finds("a target above a series of two", depending("storage", series(c("Load balancer", "99.95"), c("Disks", "99.9"))),
                        "$.services[0].levels[0].targetPercent", WARNING, "'Object Storage' promises 99.9% in window 'Around the"
                                + " clock', but its dependencies compose to 99.85005%"),
                finds("a target above a load balancer in front of two zones", depending("storage",
                                series(c("Load balancer", "99.9"), parallel(c("Zone a", "99.95"), c("Zone b", "99.95")))),
                        "$.services[0].levels[0].targetPercent", WARNING, "'Object Storage' promises 99.9% in window 'Around the"
                                + " clock', but its dependencies compose to 99.899975025%: the provider would pay credits in an"
                                + " average month."),
                finds("a reported-only target above them", depending("database", c("Managed PostgreSQL", "99.4")),
                        "$.services[1].levels[1].targetPercent", INFO, "'Managed Database' promises 99.5% in window 'Around the"
                                + " clock', but its dependencies compose to 99.4%: the target would be missed in an average month,"
                                + " though it is reported only and earns no credit."),
                finds("a credit-bearing target of the same service", depending("database", c("Managed PostgreSQL", "99.4")),
                        "$.services[1].levels[0].targetPercent", WARNING, "promises 99.9% in window 'Business hours'"),
                finds("a component without its figure", depending("storage", series(c("Load balancer", "99.99"),
                                parallel(c("Zone a", "99.95"), c("Zone b", null)))),
                        "$.simulationAssumptions.services[0].dependencies.series[1].parallel[1].percent", WARNING,
                        "The dependencies of 'Object Storage' cannot be composed: component 'Zone b' has no published"
                                + " availability, so no target of the service is checked against them."),
                finds("an empty group", depending("storage", series(c("Load balancer", "99.99"), parallel())),
                        "$.simulationAssumptions.services[0].dependencies.series[1].parallel", WARNING,
                        "the parallel group has nothing in it"),
                finds("dependencies of a service the draft does not have", depending("archive", c("Tape library", "99")),
                        "$.simulationAssumptions.services[0].serviceId", WARNING,
                        "Dependencies are given for service 'archive', which this draft does not have, so they are held"
                                + " against no target."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targetsTheDependenciesCannotCarry")
    void aTargetTheDependenciesCannotCarryIsNamedAtItsPath(ReviewCase c) {
        c.assertFound();
        ReviewPropertiesTest.assertWellFormed(c.review());
    }

    @Test
    void theFixSaysHowFarToLowerTheTargetOrWhatToStrengthen() {
        List<Finding> found = Review.of(depending("storage", series(c("Load balancer", "99.9"),
                parallel(c("Zone a", "99.95"), c("Zone b", "99.95")))).apply(Agreements.valid()));

        assertThat(found).singleElement().extracting(Finding::suggestedFix).isEqualTo("Lower the target to at most"
                + " 99.899975025%, or strengthen what it rests on: a redundant (parallel) part, or suppliers that publish a"
                + " higher availability (see docs/composite.md).");
    }

    @Test
    void dependenciesThatCarryEveryTargetLeaveTheDraftClean() {
        ReviewCase.assertClean(depending("storage", series(c("Load balancer", "99.99"), parallel(c("Zone a", "99.95"), c("Zone b", "99.95")))));
        ReviewCase.assertClean(depending("database", c("Managed PostgreSQL", "99.9")));
    }

    @Test
    void aTargetExactlyAtTheCompositeIsFeasible() {
        // 1 - 0.01 x 0.1 is exactly 0.999: the 99.9% target is met to the last digit
        ReviewCase.assertClean(depending("storage", parallel(c("Primary", "99"), c("Standby", "90"))));
    }

    @Test
    void gapsAnywhereInTheAssumptionsNeverStopTheReview() {
        SimulationAssumptions holes = new SimulationAssumptions(List.of(), null, null, Arrays.asList(null,
                new org.slastudio.model.ServiceAssumptions(null, List.of(), null, null, c(null, "99")),
                new org.slastudio.model.ServiceAssumptions("storage", List.of(), null, null,
                        new SeriesGroup(null, Arrays.asList(null, new ParallelGroup(null, null), c(null, "-3"))))), null, null);

        List<Finding> found = Review.of(Agreements.valid().withSimulationAssumptions(holes));

        assertThat(found).extracting(Finding::path).contains("$.simulationAssumptions.services[1].serviceId",
                "$.simulationAssumptions.services[2].dependencies.series[0]");
        ReviewPropertiesTest.assertWellFormed(found);
    }
}
