package org.slastudio.review;

import static org.slastudio.review.Drafts.set;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.ERROR;
import static org.slastudio.review.Severity.WARNING;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.DataSource;
import org.slastudio.model.MetricClassification;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;

/**
 * The valid agreement's response targets are P1 15 min, P2 1 h, P3 4 h, P4 8 h; resolution P1 4 h, P2 8 h, P3 48 h,
 * P4 120 h; both for the whole agreement, on a business-hours clock, so the findings speak of Business Hours.
 */
class MetricsTest {
    private static final String RESPONSE = "$.metrics[1].priorityTargets";
    private static final String RESOLUTION = "$.metrics[2].priorityTargets";

    static Stream<ReviewCase> singleValuedMetrics() {
        return Stream.of(
                finds("no target", set("$.metrics[0].target", null), "$.metrics[0].target", WARNING,
                        "Metric 'Object Storage availability' has no target: it can be reported but never met or missed"),
                finds("no direction", set("$.metrics[0].comparator", null), "$.metrics[0].comparator", ERROR,
                        "does not say whether 99.9 is a minimum or a maximum"),
                finds("an availability metric left behind by its service's target", Drafts.all(
                                set("$.services[0].levels[0].targetPercent", new java.math.BigDecimal("99.95"))),
                        "$.metrics[0].target", WARNING, "Metric 'Object Storage availability' measures the availability of Service"
                                + " 'Object Storage' against 99.9%, but the service promises 99.95% in 'Around the clock': one of"
                                + " the two was changed without the other."),
                finds("manual and credit-bearing", set("$.metrics[0].dataSource", DataSource.MANUAL), "$.metrics[0].dataSource", WARNING,
                        "Metric 'Object Storage availability' earns credits but is compiled by hand"));
    }

    static Stream<ReviewCase> priorityTargets() {
        return Stream.of(
                finds("no priority targets", set(RESPONSE, List.of()), RESPONSE, ERROR, "Metric 'Incident response time' has no targets by priority"),
                finds("P3 faster than P2", set(RESPONSE + "[2].within", Duration.ofMinutes(30)), RESPONSE + "[2].within", WARNING,
                        "Metric 'Incident response time': P3 must be met within 30 minutes, sooner than P2 (1 Business Hour): "
                                + "a less urgent incident gets a faster target"),
                finds("P4 faster than P3 but slower than P2", set(RESPONSE + "[3].within", Duration.ofMinutes(90)), RESPONSE + "[3].within",
                        WARNING, "P4 must be met within 1 Business Hour 30 minutes, sooner than P3 (4 Business Hours)"),
                finds("P4 faster than P3 in days", set(RESOLUTION + "[3].within", Duration.ofHours(36)), RESOLUTION + "[3].within", WARNING,
                        "P4 must be met within 36 Business Hours, sooner than P3 (48 Business Hours)"),
                finds("two targets for P1", set(RESPONSE + "[1].priority", Priority.P1), RESPONSE + "[1].priority", ERROR, "has two targets for P1"),
                finds("target for no priority", set(RESPONSE + "[0].priority", null), RESPONSE + "[0].priority", ERROR, "target 1 is for no priority"),
                finds("target without time", set(RESPONSE + "[0].within", null), RESPONSE + "[0].within", ERROR, "P1 has no time"),
                finds("target of zero", set(RESPONSE + "[0].within", Duration.ZERO), RESPONSE + "[0].within", ERROR, "P1: 0 minutes cannot be met"),
                finds("resolution before response", set(RESOLUTION + "[0].within", Duration.ofMinutes(10)), RESOLUTION + "[0].within", WARNING,
                        "Metric 'Incident resolution time': P1 incidents must be resolved within 10 minutes, before the 15 minutes response target "
                                + "of metric 'Incident response time'"),
                finds("resolution before response, both for one service",
                        Drafts.all(set("$.metrics[1].serviceId", "storage"), set("$.metrics[2].serviceId", "storage"),
                                set(RESOLUTION + "[1].within", Duration.ofMinutes(30))),
                        RESOLUTION + "[1].within", WARNING, "P2 incidents must be resolved within 30 minutes, before the 1 Business Hour response target"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"singleValuedMetrics", "priorityTargets"})
    void metricsAreFoundWanting(ReviewCase c) {
        c.assertFound();
    }

    @Test
    void aManualMetricThatEarnsNoCreditIsFine() {
        ReviewCase.assertClean(Drafts.all(set("$.metrics[0].dataSource", DataSource.MANUAL), set("$.metrics[0].classification", MetricClassification.KEY)));
    }

    @Test
    void equalTargetsForNeighbouringPrioritiesAreFine() {
        ReviewCase.assertClean(set(RESPONSE + "[1].within", Duration.ofMinutes(15)));
    }

    @Test
    void targetsListedOutOfPriorityOrderAreComparedByPriority() {
        ReviewCase.assertClean(set(RESPONSE, List.of(
                new PriorityTarget(Priority.P4, Duration.ofHours(8), null), new PriorityTarget(Priority.P2, Duration.ofHours(1), null),
                new PriorityTarget(Priority.P1, Duration.ofMinutes(15), null), new PriorityTarget(Priority.P3, Duration.ofHours(4), null))));
    }

    @Test
    void resolutionEqualToResponseIsFine() {
        ReviewCase.assertClean(set(RESOLUTION + "[0].within", Duration.ofMinutes(15)));
    }

    @Test
    void resolutionAndResponseForDifferentServicesAreNotCompared() {
        ReviewCase.assertClean(Drafts.all(set("$.metrics[2].serviceId", "storage"), set(RESOLUTION + "[0].within", Duration.ofMinutes(10))));
    }
}
