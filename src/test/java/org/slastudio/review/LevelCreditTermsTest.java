package org.slastudio.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slastudio.review.Drafts.all;
import static org.slastudio.review.Drafts.pct;
import static org.slastudio.review.Drafts.set;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.ERROR;
import static org.slastudio.review.Severity.INFO;
import static org.slastudio.review.Severity.WARNING;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.CreditTier;
import org.slastudio.model.LevelCredits;
import org.slastudio.model.TierBound;

/**
 * A level's own credit terms are reviewed as the agreement's are, and findings on them point at them. The valid
 * agreement's tiers are [99.0, 99.9): 10%, [95.0, 99.0): 25%, below 95.0: 100%; its credit-bearing targets are 99.9%.
 */
class LevelCreditTermsTest {
    private static final String STORAGE = "$.services[0].levels[0]";

    private static LevelCredits tiers(CreditTier... tiers) {
        return LevelCredits.tiers(List.of(tiers));
    }

    private static CreditTier tier(TierBound lower, TierBound upper, String percent) {
        return new CreditTier(lower, upper, new BigDecimal(percent), null);
    }

    static Stream<ReviewCase> cases() {
        return Stream.of(
                finds("own tiers that overlap", set(STORAGE + ".credits", tiers(
                                tier(TierBound.inclusive("98.0"), TierBound.exclusive("99.9"), "10"),
                                tier(null, TierBound.inclusive("98.0"), "25"))),
                        STORAGE + ".credits.tiers[1].upper.percent", ERROR, "falls in both tier 1"),
                finds("own tiers above the own target: they pay at the target", all(set(STORAGE + ".targetPercent", pct("99.0")),
                                set(STORAGE + ".credits", tiers(tier(TierBound.inclusive("98.0"), TierBound.inclusive("99.0"), "10"),
                                        tier(null, TierBound.exclusive("98.0"), "25")))),
                        STORAGE + ".targetPercent", WARNING, "a month at exactly 99.0% meets the target, yet the tiers as drafted pay it 10%"),
                finds("own terms on a level that earns no credit", set("$.services[1].levels[1].credits", tiers(
                                tier(null, TierBound.exclusive("99.0"), "5"))),
                        "$.services[1].levels[1].credits", WARNING, "is not credit-bearing: they have no effect"),
                finds("own terms that set nothing", set(STORAGE + ".credits", LevelCredits.tiers(List.of())),
                        STORAGE + ".credits", INFO, "they set nothing: the agreement's apply"),
                finds("an edge at the target of a level without one", all(set(STORAGE + ".targetPercent", null),
                                set(STORAGE + ".credits", tiers(tier(TierBound.inclusive("99.0"), TierBound.target(false), "10")))),
                        STORAGE + ".credits.tiers[0]", ERROR, "is bounded by the target, but"),
                finds("the agreement's tiers used by no level", all(
                                set(STORAGE + ".credits", tiers(tier(null, TierBound.exclusive("99.9"), "10"))),
                                set("$.services[1].levels[0].credits", tiers(tier(null, TierBound.exclusive("99.9"), "10")))),
                        "$.creditRegime.tiers", WARNING, "Every credit-bearing level has tiers of its own"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aLevelsOwnTermsAreReviewedWhereTheyAre(ReviewCase c) {
        c.assertFound();
    }

    @Test
    void oneTableBelowEachTargetIsCleanForEveryTarget() {
        CreditTier belowTarget = tier(TierBound.inclusive("99.0"), TierBound.target(false), "10");
        Agreement a = all(set("$.creditRegime.tiers[0]", belowTarget), set(STORAGE + ".targetPercent", pct("99.95")),
                set("$.metrics[0].target", pct("99.95")))
                .apply(Agreements.valid());
        assertThat(Review.of(a)).isEqualTo(Review.of(Agreements.valid()));
    }

    @Test
    void aLevelWithItsOwnTableIsNotComparedWithTheAgreementsTable() {
        // 99.5% is above the agreement's top tier (99.9% exclusive would leave 99.5 inside it), but the level has its own table
        Agreement a = all(set(STORAGE + ".targetPercent", pct("99.5")), set(STORAGE + ".credits", tiers(
                tier(TierBound.inclusive("95.0"), TierBound.exclusive("99.5"), "10"),
                tier(null, TierBound.exclusive("95.0"), "25")))).apply(Agreements.valid());
        assertThat(Review.of(a)).filteredOn(f -> f.path().startsWith(STORAGE)).isEmpty();
    }
}
