package org.slastudio.review;

import static org.slastudio.review.Drafts.pct;
import static org.slastudio.review.Drafts.set;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.ERROR;
import static org.slastudio.review.Severity.WARNING;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.AtRiskAmount;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.EarnBack;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.Money;
import org.slastudio.model.PoolAllocation;

/** The regime around the tiers: what credits are a percentage of, the at-risk pool, claims, earn-back, sole remedy. */
class CreditRegimeTest {

    private static UnaryOperator<Agreement> atRisk(PoolAllocation... allocations) {
        return Drafts.all(set("$.creditRegime.feeBasis", FeeBasis.AT_RISK_AMOUNT),
                set("$.creditRegime.atRisk", new AtRiskAmount(pct("12"), List.of(allocations))));
    }

    private static UnaryOperator<Agreement> noCreditBearingLevels() {
        return Drafts.all(set("$.services[0].levels[0].creditBearing", false), set("$.services[1].levels[0].creditBearing", false));
    }

    static Stream<ReviewCase> feeBasis() {
        return Stream.of(
                finds("no fee basis", set("$.creditRegime.feeBasis", null), "$.creditRegime.feeBasis", ERROR,
                        "Percentage credits are a percentage of nothing"),
                finds("at-risk basis without an at-risk amount", set("$.creditRegime.feeBasis", FeeBasis.AT_RISK_AMOUNT), "$.creditRegime.atRisk",
                        ERROR, "Credits are a percentage of the at-risk amount, but no at-risk amount is set"),
                finds("at-risk amount without a percentage", Drafts.all(set("$.creditRegime.feeBasis", FeeBasis.AT_RISK_AMOUNT),
                                set("$.creditRegime.atRisk", new AtRiskAmount(null, List.of()))), "$.creditRegime.atRisk", ERROR,
                        "no at-risk amount is set"),
                finds("credit-bearing service without fee", set("$.services[0].monthlyFee", null), "$.services[0].monthlyFee", WARNING,
                        "Service 'Object Storage' has credit-bearing levels but no monthly fee: its percentage credits come to nothing"),
                finds("credit-bearing service with a zero fee", set("$.services[1].monthlyFee", Money.of("0.00", "EUR")), "$.services[1].monthlyFee",
                        WARNING, "Service 'Managed Database' has credit-bearing levels but no monthly fee"),
                finds("all services basis and no fees at all", Drafts.all(set("$.creditRegime.feeBasis", FeeBasis.ALL_SERVICES),
                                set("$.services[0].monthlyFee", null), set("$.services[1].monthlyFee", null)), "$.creditRegime.feeBasis", WARNING,
                        "No service has a monthly fee: percentage credits come to nothing"));
    }

    static Stream<ReviewCase> atRiskPool() {
        return Stream.of(
                finds("allocation to an unknown service", atRisk(new PoolAllocation("storage", pct("60")), new PoolAllocation("cdn", pct("40"))),
                        "$.creditRegime.atRisk.allocations[1].serviceId", ERROR, "Pool allocation 2 is for service 'cdn', but no service has that id"),
                finds("allocation to no service", atRisk(new PoolAllocation(null, pct("60"))), "$.creditRegime.atRisk.allocations[0].serviceId",
                        ERROR, "Pool allocation 1 names no service"),
                finds("credit-bearing service without allocation", atRisk(new PoolAllocation("storage", pct("100"))),
                        "$.creditRegime.atRisk.allocations", WARNING,
                        "Service 'Managed Database' has credit-bearing levels but no share of the at-risk amount"));
    }

    static Stream<ReviewCase> claimsEarnBackAndRemedy() {
        return Stream.of(
                finds("no claim deadline", set("$.creditRegime.claimDeadline", null), "$.creditRegime.claimDeadline", WARNING,
                        "Credits have no claim deadline"),
                finds("claim deadline without rule", set("$.creditRegime.claimDeadline", new ClaimDeadline(null, 30)),
                        "$.creditRegime.claimDeadline.rule", ERROR, "does not say what it counts from"),
                finds("claim deadline of zero", set("$.creditRegime.claimDeadline", new ClaimDeadline(ClaimDeadlineRule.DAYS_AFTER_PERIOD_END, 0)),
                        "$.creditRegime.claimDeadline.count", ERROR, "The claim deadline of 0 leaves no time to claim"),
                finds("claim deadline without count", set("$.creditRegime.claimDeadline",
                                new ClaimDeadline(ClaimDeadlineRule.END_OF_NTH_FOLLOWING_BILLING_CYCLE, null)),
                        "$.creditRegime.claimDeadline.count", ERROR, "leaves no time to claim"),
                finds("earn-back after zero periods", set("$.creditRegime.earnBack", new EarnBack(0, null)),
                        "$.creditRegime.earnBack.followingPeriods", ERROR, "Earn-back after 0 following periods"),
                finds("earn-back after no stated periods", set("$.creditRegime.earnBack", new EarnBack(null, pct("99.9"))),
                        "$.creditRegime.earnBack.followingPeriods", ERROR, "Earn-back after null following periods"),
                finds("earn-back below a credit-bearing target", set("$.creditRegime.earnBack", new EarnBack(3, pct("99.5"))),
                        "$.creditRegime.earnBack.requiredPercent", WARNING,
                        "Earn-back at 99.5% is below the 99.9% target of Service 'Object Storage', window 'Around the clock': "
                                + "the provider earns credits back in months that miss the target again"),
                finds("sole remedy without tiers", set("$.creditRegime.tiers", List.of()), "$.creditRegime.soleRemedy", WARNING,
                        "Credits are the sole remedy, but no credit can be earned"),
                finds("sole remedy without credit-bearing levels", noCreditBearingLevels(), "$.creditRegime.soleRemedy", WARNING,
                        "the customer has no remedy for a missed level"),
                finds("tiers without credit-bearing levels", noCreditBearingLevels(), "$.creditRegime.tiers", WARNING,
                        "There are credit tiers, but no service level is credit-bearing: the tiers never apply"),
                finds("credit-bearing level without tiers", set("$.creditRegime.tiers", List.of()), "$.services[1].levels[0].creditBearing", WARNING,
                        "Service 'Managed Database', window 'Business hours' is credit-bearing, but there are no credit tiers: a miss earns nothing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"feeBasis", "atRiskPool", "claimsEarnBackAndRemedy"})
    void theCreditRegimeIsFoundWanting(ReviewCase c) {
        c.assertFound();
    }

    @Test
    void aServiceWithoutFeeIsFineWhenCreditsArePaidOnAllFees() {
        ReviewCase.assertClean(Drafts.all(set("$.creditRegime.feeBasis", FeeBasis.ALL_SERVICES), set("$.services[0].monthlyFee", null)));
    }

    @Test
    void anAtRiskPoolOfMoreThanAHundredPercentAllocatedToEveryCreditBearingServiceIsFine() {
        ReviewCase.assertClean(atRisk(new PoolAllocation("storage", pct("80")), new PoolAllocation("database", pct("70"))));
    }

    @ParameterizedTest(name = "earn-back at {0}%")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"99.9", "99.90", "99.95"})
    void earnBackAfterOnePeriodAtOrAboveTheTargetsIsFine(String required) {
        ReviewCase.assertClean(set("$.creditRegime.earnBack", new EarnBack(1, pct(required))));
    }

    @Test
    void creditsThatAreNotTheSoleRemedyNeedNoComment() {
        ReviewCase.assertClean(set("$.creditRegime.soleRemedy", false));
    }
}
