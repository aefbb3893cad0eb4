package org.slastudio.review;

import static org.slastudio.review.Drafts.pct;
import static org.slastudio.review.Drafts.set;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.ERROR;
import static org.slastudio.review.Severity.WARNING;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.CreditTier;
import org.slastudio.model.LevelCredits;
import org.slastudio.model.MinimumCreditRule;
import org.slastudio.model.Money;
import org.slastudio.model.TierBound;

/** The credit forms of published SLAs: the minimum's inclusivity, credits proportional to downtime, caps in days. */
class CreditFormTermsTest {

    private static LevelCredits ownRule(MinimumCreditRule rule) {
        return new LevelCredits(List.of(), null, null, null, null, null, null, null, rule, null);
    }

    static Stream<ReviewCase> forms() {
        return Stream.of(
                finds("more than a minimum that is not there", Drafts.all(set("$.creditRegime.minimumCredit", null),
                                set("$.creditRegime.minimumCreditRule", MinimumCreditRule.MORE_THAN)),
                        "$.creditRegime.minimumCreditRule", WARNING,
                        "Whether a credit of exactly the minimum is issued (\"more than the minimum\") has no effect: there is no minimum credit"),
                finds("a level's own rule with no minimum anywhere", Drafts.all(set("$.creditRegime.minimumCredit", null),
                                set("$.services[0].levels[0].credits", ownRule(MinimumCreditRule.MORE_THAN))),
                        "$.services[0].levels[0].credits.minimumCreditRule", WARNING, "has no effect: there is no minimum credit"),
                finds("a percentage and a multiple of the fees for the downtime",
                        set("$.creditRegime.tiers[0].downtimeMultiple", pct("10")), "$.creditRegime.tiers[0].downtimeMultiple",
                        ERROR, "Credit tier 1 has both a percentage (10%) and 10 times the fees for the downtime"),
                finds("a multiple of nothing", set("$.creditRegime.tiers[0]",
                                new CreditTier(null, TierBound.exclusive("99.9"), null, null, pct("0"))),
                        "$.creditRegime.tiers[0].downtimeMultiple", ERROR, "pays 0 times the fees for the downtime"),
                finds("a cap of no days", set("$.creditRegime.monthlyCapDays", pct("0")), "$.creditRegime.monthlyCapDays",
                        ERROR, "The cap of 0 days of fees would allow no credit at all"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void creditFormsAreFoundWanting(ReviewCase c) {
        c.assertFound();
    }

    @Test
    void moreThanAMinimumThatIsThereIsFine() {
        ReviewCase.assertClean(Drafts.all(set("$.creditRegime.minimumCredit", Money.of("1.00", "EUR")),
                set("$.creditRegime.minimumCreditRule", MinimumCreditRule.MORE_THAN)));
    }

    @Test
    void aCapInDaysOfFeesIsFine() {
        ReviewCase.assertClean(set("$.creditRegime.monthlyCapDays", pct("30")));
    }
}
