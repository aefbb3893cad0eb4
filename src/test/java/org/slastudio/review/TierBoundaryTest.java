package org.slastudio.review;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.CreditTier;
import org.slastudio.model.TierBound;

/**
 * Where tiers meet, gaps and overlaps are decided by inclusivity. The valid agreement's tiers are
 * tier 1 [99.0, 99.9) 10%, tier 2 [95.0, 99.0) 25%, tier 3 below 95.0 50%; these tables move one bound.
 */
class TierBoundaryTest {
    private static final String TIER1_LOWER = "$.creditRegime.tiers[0].lower";
    private static final String TIER2_UPPER = "$.creditRegime.tiers[1].upper";

    private static UnaryOperator<Agreement> meetAt(String tier1Lower, boolean tier1Inclusive, String tier2Upper, boolean tier2Inclusive) {
        return Drafts.all(set(TIER1_LOWER, new TierBound(pct(tier1Lower), tier1Inclusive)),
                set(TIER2_UPPER, new TierBound(pct(tier2Upper), tier2Inclusive)));
    }

    /** Exactly 99.0%: in tier 1 when its lower bound is inclusive, in tier 2 when its upper bound is. */
    @ParameterizedTest(name = "tier 1 from 99.0 inclusive={0}, tier 2 up to 99.0 inclusive={1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "true  | false | clean | ",
            "false | true  | clean | ",
            "false | false | $.creditRegime.tiers[0].lower.percent | Availability of exactly 99.0% falls in no tier",
            "true  | true  | $.creditRegime.tiers[1].upper.percent | Availability of exactly 99.0% falls in both tier 1 (at least 99.0% and below 99.9%) and tier 2 (at least 95.0% and at most 99.0%)"})
    void exactlyNinetyNinePercentBelongsToExactlyOneTierOnlyWhenOneSideIsInclusive(boolean tier1Inclusive, boolean tier2Inclusive,
                                                                                    String path, String fragment) {
        UnaryOperator<Agreement> edit = meetAt("99.0", tier1Inclusive, "99.0", tier2Inclusive);
        if (path.equals("clean")) {
            ReviewCase.assertClean(edit);
        } else {
            finds(path, edit, path, ERROR, fragment).assertFound();
            assertThat(Review.of(edit.apply(Agreements.valid()))).hasSize(1);
        }
    }

    static Stream<ReviewCase> gapsAndOverlaps() {
        return Stream.of(
                finds("gap of one value, written 99.00 and 99.0", meetAt("99.00", false, "99.0", false), "$.creditRegime.tiers[0].lower.percent", ERROR,
                        "Availability of exactly 99.0% falls in no tier, between tier 2 (at least 95.0% and below 99.0%) and tier 1 (above 99.00% and below 99.9%): a month at exactly 99.0% earns no credit"),
                finds("gap from 98.5 up to 99.0", meetAt("99.0", true, "98.5", false), "$.creditRegime.tiers[0].lower.percent", ERROR,
                        "Availability of at least 98.5% and below 99.0% falls in no tier"),
                finds("gap above 98.9 up to and including 99.0", meetAt("99.0", false, "98.9", true), "$.creditRegime.tiers[0].lower.percent", ERROR,
                        "Availability above 98.9% and at most 99.0% falls in no tier"),
                finds("a month in the gap is named", meetAt("99.0", true, "98.5", false), "$.creditRegime.tiers[0].lower.percent", ERROR,
                        "a month at 98.75% earns no credit"),
                finds("overlap from 99.0 up to 99.5", meetAt("99.0", true, "99.5", false), "$.creditRegime.tiers[1].upper.percent", ERROR,
                        "Availability of at least 99.0% and below 99.5% falls in both"),
                finds("overlap above 98.9 up to 99.0", meetAt("98.9", false, "99.0", true), "$.creditRegime.tiers[1].upper.percent", ERROR,
                        "Availability above 98.9% and at most 99.0% falls in both"),
                finds("a tier inside another", Drafts.append("$.creditRegime.tiers",
                                new CreditTier(TierBound.inclusive("96"), TierBound.exclusive("97"), pct("30"), null)),
                        "$.creditRegime.tiers[1].upper.percent", ERROR, "Availability of at least 96% and below 97% falls in both tier 2"),
                finds("two tiers starting at the same value", Drafts.append("$.creditRegime.tiers",
                                new CreditTier(TierBound.inclusive("99.0"), TierBound.exclusive("99.5"), pct("10"), null)),
                        "$.creditRegime.tiers[3].lower.percent", ERROR, "falls in both tier 1"),
                finds("nothing below the lowest tier", set("$.creditRegime.tiers[2].lower", TierBound.inclusive("90")),
                        "$.creditRegime.tiers[2].lower.percent", WARNING,
                        "Availability below 90% falls in no tier: a month that bad earns no credit, while a better one earns a 50% credit"),
                finds("the lowest tier excludes 0%", set("$.creditRegime.tiers[2].lower", TierBound.exclusive("0")),
                        "$.creditRegime.tiers[2].lower.percent", WARNING, "Availability of exactly 0% falls in no tier"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gapsAndOverlaps")
    void gapsAndOverlapsAreReportedWithTheExactValuesAffected(ReviewCase c) {
        c.assertFound();
    }

    @Test
    void aOneValueGapSaysWhichBoundToMakeInclusive() {
        assertThat(Review.of(meetAt("99.0", false, "99.0", false).apply(Agreements.valid())))
                .anySatisfy(f -> assertThat(f.suggestedFix()).isEqualTo("Make 99.0% inclusive in tier 2 or in tier 1."));
    }

    @Test
    void aOneValueOverlapSaysToMakeItExclusiveOnOneSide() {
        assertThat(Review.of(meetAt("99.0", true, "99.0", true).apply(Agreements.valid())))
                .anySatisfy(f -> assertThat(f.suggestedFix()).isEqualTo("Make 99.0% exclusive in one of the two tiers."));
    }

    @Test
    void theOrderTiersAreListedInDoesNotMatter() {
        ReviewCase.assertClean(a -> Drafts.update(a, "$.creditRegime.tiers", tiers -> {
            List<?> list = (List<?>) tiers;
            return List.of(list.get(2), list.get(0), list.get(1));
        }));
    }

    @Test
    void tiersThatMeetWithDifferentlyWrittenEqualValuesLeaveNoGap() {
        ReviewCase.assertClean(meetAt("99.000", true, "99.0", false));
    }

    static Stream<ReviewCase> emptyTiers() {
        return Stream.of(
                finds("lower above upper", set(TIER1_LOWER, TierBound.inclusive("99.95")), "$.creditRegime.tiers[0].lower.percent", ERROR,
                        "Credit tier 1 can never apply: no availability is at least 99.95% and below 99.9%"),
                finds("one value, excluded", set(TIER1_LOWER, TierBound.inclusive("99.9")), "$.creditRegime.tiers[0].lower.percent", ERROR,
                        "no availability is at least 99.9% and below 99.9%"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emptyTiers")
    void aTierNoValueCanFallInIsAnError(ReviewCase c) {
        c.assertFound();
    }
}
