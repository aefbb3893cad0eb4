package org.slastudio.review;

import static org.slastudio.review.Drafts.pct;
import static org.slastudio.review.Drafts.set;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.ERROR;
import static org.slastudio.review.Severity.INFO;
import static org.slastudio.review.Severity.WARNING;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Money;

/** What each tier earns: one kind of credit, rising as availability falls, within the caps. */
class CreditTiersTest {

    private static UnaryOperator<Agreement> fixedCredits(String tier1, String tier2, String tier3) {
        return Drafts.all(
                set("$.creditRegime.tiers[0].creditPercent", null), set("$.creditRegime.tiers[0].fixedCredit", Money.of(tier1, "EUR")),
                set("$.creditRegime.tiers[1].creditPercent", null), set("$.creditRegime.tiers[1].fixedCredit", Money.of(tier2, "EUR")),
                set("$.creditRegime.tiers[2].creditPercent", null), set("$.creditRegime.tiers[2].fixedCredit", Money.of(tier3, "EUR")));
    }

    static Stream<ReviewCase> tierCredits() {
        return Stream.of(
                finds("no credit", set("$.creditRegime.tiers[0].creditPercent", null), "$.creditRegime.tiers[0].creditPercent", ERROR,
                        "Credit tier 1 earns no credit: it has neither a percentage, a fixed amount nor a multiple of the fees for the downtime"),
                finds("both kinds of credit", set("$.creditRegime.tiers[1].fixedCredit", Money.of("500.00", "EUR")),
                        "$.creditRegime.tiers[1].fixedCredit", ERROR, "Credit tier 2 has both a percentage (25%) and a fixed amount (EUR 500.00)"));
    }

    static Stream<ReviewCase> fallingCredits() {
        return Stream.of(
                finds("bottom tier pays less than the middle", set("$.creditRegime.tiers[2].creditPercent", pct("20")),
                        "$.creditRegime.tiers[2].creditPercent", WARNING,
                        "tier 3 (below 95.0%) earns 20%, less than the 25% of tier 2 (at least 95.0% and below 99.0%)"),
                finds("middle tier pays less than the top", set("$.creditRegime.tiers[1].creditPercent", pct("5")),
                        "$.creditRegime.tiers[1].creditPercent", WARNING, "tier 2 (at least 95.0% and below 99.0%) earns 5%, less than the 10% of tier 1"),
                finds("bottom tier compared with the largest above, not just its neighbour",
                        Drafts.all(set("$.creditRegime.tiers[0].creditPercent", pct("40")), set("$.creditRegime.tiers[1].creditPercent", pct("5")),
                                set("$.creditRegime.tiers[2].creditPercent", pct("30"))),
                        "$.creditRegime.tiers[2].creditPercent", WARNING, "earns 30%, less than the 40% of tier 1"),
                finds("fixed credits falling", fixedCredits("1000.00", "500.00", "2000.00"), "$.creditRegime.tiers[1].fixedCredit.amount",
                        WARNING, "earns EUR 500.00, less than the EUR 1,000.00 of tier 1"));
    }

    static Stream<ReviewCase> caps() {
        return Stream.of(
                finds("monthly cap below the largest credit", set("$.creditRegime.monthlyCapPercent", pct("40")), "$.creditRegime.monthlyCapPercent",
                        WARNING, "The monthly cap of 40% is below the 50% credit of tier 3: that credit can never be paid in full"),
                finds("12-month cap equal to the monthly cap", set("$.creditRegime.rollingTwelveMonthCapPercent", pct("50")),
                        "$.creditRegime.rollingTwelveMonthCapPercent", INFO, "The rolling 12-month cap of 50% can never be reached"),
                finds("12-month cap above the monthly cap", set("$.creditRegime.rollingTwelveMonthCapPercent", pct("60")),
                        "$.creditRegime.rollingTwelveMonthCapPercent", INFO, "twelve months at the monthly cap of 50% come to 50% of the year's fees"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"tierCredits", "fallingCredits", "caps"})
    void creditsAreFoundWanting(ReviewCase c) {
        c.assertFound();
    }

    @Test
    void equalCreditsInNeighbouringTiersAreNotAFall() {
        ReviewCase.assertClean(set("$.creditRegime.tiers[1].creditPercent", pct("10.0")));
    }

    @Test
    void risingFixedCreditsAreFine() {
        ReviewCase.assertClean(fixedCredits("500.00", "1000.00", "2000.00"));
    }

    @Test
    void fixedCreditsInDifferentCurrenciesAreNotCompared() {
        List<Finding> findings = Review.of(Drafts.all(fixedCredits("1000.00", "500.00", "2000.00"),
                set("$.creditRegime.tiers[1].fixedCredit", Money.of("500.00", "USD"))).apply(org.slastudio.model.Agreements.valid()));
        org.assertj.core.api.Assertions.assertThat(findings).noneMatch(f -> f.message().contains("less than"));
    }

    @Test
    void aTwelveMonthCapBelowTheMonthlyCapIsConsistent() {
        ReviewCase.assertClean(set("$.creditRegime.rollingTwelveMonthCapPercent", pct("49.99")));
    }

    @Test
    void aMonthlyCapEqualToTheLargestCreditIsEnough() {
        ReviewCase.assertClean(set("$.creditRegime.monthlyCapPercent", pct("50.00")));
    }
}
