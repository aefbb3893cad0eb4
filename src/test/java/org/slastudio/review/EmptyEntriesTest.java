package org.slastudio.review;

import static org.slastudio.review.Drafts.pct;
import static org.slastudio.review.Drafts.set;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.ERROR;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.AtRiskAmount;
import org.slastudio.model.FeeBasis;

class EmptyEntriesTest {

    static Stream<ReviewCase> nullEntries() {
        return Stream.of(
                finds("null party", set("$.parties[1]", null), "$.parties[1]", ERROR, "Party 2 is empty"),
                finds("null service", set("$.services[0]", null), "$.services[0]", ERROR, "Service 1 is empty"),
                finds("null service level", set("$.services[0].levels[0]", null), "$.services[0].levels[0]", ERROR,
                        "Service 'Object Storage': service level 1 is empty"),
                finds("null window", set("$.windows[0]", null), "$.windows[0]", ERROR, "Window 1 is empty"),
                finds("null hours entry", set("$.windows[1].hours[0]", null), "$.windows[1].hours[0]", ERROR,
                        "Window 'Business hours': hours entry 1 is empty"),
                finds("null holiday", set("$.windows[1].holidays[1]", null), "$.windows[1].holidays[1]", ERROR, "holiday 2 is empty"),
                finds("null maintenance window", set("$.windows[0].maintenance[0]", null), "$.windows[0].maintenance[0]", ERROR,
                        "maintenance window 1 is empty"),
                finds("null credit tier", set("$.creditRegime.tiers[1]", null), "$.creditRegime.tiers[1]", ERROR, "Credit tier 2 is empty"),
                finds("null pool allocation", Drafts.all(set("$.creditRegime.feeBasis", FeeBasis.AT_RISK_AMOUNT),
                                set("$.creditRegime.atRisk", new AtRiskAmount(pct("12"), Arrays.asList((org.slastudio.model.PoolAllocation) null)))),
                        "$.creditRegime.atRisk.allocations[0]", ERROR, "Pool allocation 1 is empty"),
                finds("null metric", set("$.metrics[2]", null), "$.metrics[2]", ERROR, "Metric 3 is empty"),
                finds("null priority target", set("$.metrics[1].priorityTargets[3]", null), "$.metrics[1].priorityTargets[3]", ERROR,
                        "Metric 'Incident response time': priority target 4 is empty"),
                finds("null clause", set("$.clauses[0]", null), "$.clauses[0]", ERROR, "Clause 1 is empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nullEntries")
    void aNullListEntryIsAnErrorAtThatEntry(ReviewCase c) {
        c.assertFound();
    }
}
