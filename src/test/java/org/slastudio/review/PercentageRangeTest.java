package org.slastudio.review;

import static org.slastudio.review.Drafts.pct;
import static org.slastudio.review.Drafts.set;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.ERROR;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slastudio.model.AtRiskAmount;
import org.slastudio.model.ClockStart;
import org.slastudio.model.EarnBack;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.PoolAllocation;

class PercentageRangeTest {

    static Stream<ReviewCase> outOfRange() {
        return Stream.of(
                finds("target above 100", set("$.services[0].levels[0].targetPercent", pct("100.01")), "$.services[0].levels[0].targetPercent",
                        ERROR, "Service 'Object Storage', service level 1: target of 100.01% is outside 0% to 100%"),
                finds("negative target", set("$.services[1].levels[1].targetPercent", pct("-1")), "$.services[1].levels[1].targetPercent",
                        ERROR, "target of -1% is outside"),
                finds("error-rate threshold above 100", set("$.services[0].measurement",
                                new MeasurementRule(MeasurementMethod.INTERVAL_SHARE, 5, pct("101"), 0, ClockStart.AT_FAILURE, false)),
                        "$.services[0].measurement.errorRateThresholdPercent", ERROR, "error-rate threshold of 101% is outside"),
                finds("tier lower bound above 100", set("$.creditRegime.tiers[0].lower.percent", pct("101")), "$.creditRegime.tiers[0].lower.percent",
                        ERROR, "Credit tier 1: lower bound of 101% is outside"),
                finds("tier upper bound below 0", set("$.creditRegime.tiers[2].upper.percent", pct("-0.1")), "$.creditRegime.tiers[2].upper.percent",
                        ERROR, "Credit tier 3: upper bound of -0.1% is outside"),
                finds("credit above 100", set("$.creditRegime.tiers[2].creditPercent", pct("150")), "$.creditRegime.tiers[2].creditPercent",
                        ERROR, "Credit tier 3: credit of 150% is outside"),
                finds("monthly cap above 100", set("$.creditRegime.monthlyCapPercent", pct("120")), "$.creditRegime.monthlyCapPercent",
                        ERROR, "The monthly cap of 120% is outside"),
                finds("negative 12-month cap", set("$.creditRegime.rollingTwelveMonthCapPercent", pct("-5")),
                        "$.creditRegime.rollingTwelveMonthCapPercent", ERROR, "The rolling 12-month cap of -5% is outside"),
                finds("at-risk amount above 100", set("$.creditRegime.atRisk", new AtRiskAmount(pct("200"), List.of())),
                        "$.creditRegime.atRisk.percentOfMonthlyCharges", ERROR, "The at-risk amount of 200% is outside"),
                finds("allocation above 100", set("$.creditRegime.atRisk", new AtRiskAmount(pct("12"),
                                List.of(new PoolAllocation("storage", pct("60")), new PoolAllocation("database", pct("100.5"))))),
                        "$.creditRegime.atRisk.allocations[1].percent", ERROR, "Pool allocation 2 of 100.5% is outside"),
                finds("earn-back level above 100", set("$.creditRegime.earnBack", new EarnBack(3, pct("100.5"))),
                        "$.creditRegime.earnBack.requiredPercent", ERROR, "The earn-back level of 100.5% is outside"),
                finds("availability metric above 100", set("$.metrics[0].target", pct("101")), "$.metrics[0].target",
                        ERROR, "Metric 'Object Storage availability': target of 101% is outside"),
                finds("compliance above 100", set("$.metrics[1].priorityTargets[0].compliancePercent", pct("100.1")),
                        "$.metrics[1].priorityTargets[0].compliancePercent", ERROR, "Metric 'Incident response time', P1: compliance of 100.1% is outside"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfRange")
    void aPercentageOutsideZeroToHundredIsAnError(ReviewCase c) {
        c.assertFound();
    }

    @ParameterizedTest(name = "compliance of {0}%")
    @ValueSource(strings = {"0", "0.0", "100", "100.000"})
    void zeroAndHundredPercentAreInRange(String percent) {
        // The availability metric measures no service here, so no target of a service need match it.
        ReviewCase.assertClean(Drafts.all(set("$.metrics[1].priorityTargets[0].compliancePercent", pct(percent)),
                set("$.metrics[0].target", pct(percent)), set("$.metrics[0].serviceId", null)));
    }
}
