package org.slastudio.review;

import static org.slastudio.review.Drafts.all;
import static org.slastudio.review.Drafts.pct;
import static org.slastudio.review.Drafts.set;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.INFO;
import static org.slastudio.review.Severity.WARNING;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.CreditTrigger;
import org.slastudio.model.TierBound;

/** The valid agreement's top tier is [99.0, 99.9); both credit-bearing targets are 99.9%. */
class TopTierAndTargetsTest {
    private static final String STORAGE = "$.services[0].levels[0].targetPercent";

    static Stream<ReviewCase> misalignedTargets() {
        return Stream.of(
                finds("target 99.95 above a top tier ending below 99.9", set(STORAGE, pct("99.95")), STORAGE, WARNING,
                        "Service 'Object Storage', window 'Around the clock': target 99.95% is above the top credit tier, "
                                + "tier 1 (at least 99.0% and below 99.9%): a month at 99.925% misses the target and earns no credit"),
                finds("top tier ending at 99.8 inclusive", set("$.creditRegime.tiers[0].upper", TierBound.inclusive("99.8")), STORAGE, WARNING,
                        "a month at 99.85% misses the target"),
                finds("top tier ending below 99.8", set("$.creditRegime.tiers[0].upper", TierBound.exclusive("99.8")),
                        "$.services[1].levels[0].targetPercent", WARNING,
                        "Service 'Managed Database', window 'Business hours': target 99.9% is above the top credit tier"),
                finds("top tier including the target", set("$.creditRegime.tiers[0].upper", TierBound.inclusive("99.9")), STORAGE, WARNING,
                        "target 99.9% is within the top credit tier, tier 1 (at least 99.0% and at most 99.9%): "
                                + "a month at exactly 99.9% meets the target, yet the tiers as drafted pay it 10% of the fee basis"),
                finds("top tier open above", set("$.creditRegime.tiers[0].upper", null), STORAGE, WARNING,
                        "a month at 99.95% meets the target, yet the tiers as drafted pay it"),
                finds("top tier including the target, credits only for a missed target",
                        all(set("$.creditRegime.tiers[0].upper", TierBound.inclusive("99.9")),
                                set("$.creditRegime.trigger", CreditTrigger.TARGET_MISSED)), STORAGE, INFO,
                        "is within the top credit tier, tier 1 (at least 99.0% and at most 99.9%), but credits are owed only "
                                + "for a missed target: a month at exactly 99.9% earns nothing"),
                finds("credit-bearing target below the top tier", set(STORAGE, pct("99.5")), STORAGE, WARNING,
                        "target 99.5% is within the top credit tier, tier 1 (at least 99.0% and below 99.9%): a month at 99.7% meets the target"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misalignedTargets")
    void theTopTierShouldEndWhereTheTargetBegins(ReviewCase c) {
        c.assertFound();
    }

    @Test
    void aTargetThatIsOnlyReportedNeedNotMatchTheTiers() {
        ReviewCase.assertClean(set("$.services[1].levels[1].targetPercent", pct("99.95")));
    }

    @Test
    void aTopTierEndingExclusivelyAtTheTargetIsAligned() {
        ReviewCase.assertClean(set("$.creditRegime.tiers[0].upper", TierBound.exclusive("99.900")));
    }
}
