package org.slastudio.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.CreditTier;
import org.slastudio.model.TierBound;

/**
 * Properties over many seeded random cases (plain JUnit, see docs/adr/0001-no-jqwik.md); the seed is in the case
 * name, so a failure reproduces.
 */
class ReviewPropertiesTest {

    static LongStream seeds() {
        return LongStream.range(0, 500);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyDraftGivesWellFormedFindingsWithoutThrowing(long seed) {
        Agreement draft = new RandomDrafts(seed).agreement();
        assertThatCode(() -> Review.of(draft)).doesNotThrowAnyException();
        assertWellFormed(Review.of(draft));
    }

    /** Every finding points at a field of the file, says what and what to do, and no rule gave up. */
    static void assertWellFormed(List<Finding> findings) {
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.path()).isNotEqualTo("$").matches(DocumentOrder::resolves, "resolves to a field of the draft");
            assertThat(f.severity()).isNotNull();
            assertThat(f.message()).isNotBlank().doesNotContain("could not finish");
            assertThat(f.suggestedFix()).isNotBlank();
        });
        assertThat(findings).isSortedAccordingTo((a, b) -> {
            int c = new DocumentOrder().compare(a.path(), b.path());
            return c != 0 ? c : a.severity().compareTo(b.severity());
        });
    }

    /*
     * Tiers with bounds at 95, 99 and 99.9 (or open) are compared with CreditTier.contains on a grid holding every
     * bound and a value between each two neighbours, so every gap, overlap and empty tier shows on the grid.
     */
    private static final List<BigDecimal> GRID = List.of("0", "50", "95", "97", "99", "99.5", "99.9", "99.95", "100").stream()
            .map(BigDecimal::new).toList();

    private static List<CreditTier> randomTiers(long seed) {
        Random random = new Random(seed);
        String[] bounds = {null, "95", "99", "99.9"};
        List<CreditTier> tiers = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            String lower = bounds[random.nextInt(bounds.length)];
            String upper = bounds[random.nextInt(bounds.length)];
            tiers.add(new CreditTier(lower == null ? null : new TierBound(new BigDecimal(lower), random.nextBoolean()),
                    upper == null ? null : new TierBound(new BigDecimal(upper), random.nextBoolean()), new BigDecimal("10"), null));
        }
        return tiers;
    }

    private static List<Finding> reviewWith(List<CreditTier> tiers) {
        return Review.of(Drafts.set("$.creditRegime.tiers", tiers).apply(Agreements.valid()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anOverlapIsReportedExactlyWhenSomeValueFallsInTwoTiers(long seed) {
        List<CreditTier> tiers = randomTiers(seed);
        boolean someValueInTwo = GRID.stream().anyMatch(v -> tiers.stream().filter(t -> t.contains(v)).count() >= 2);
        assertThat(reviewWith(tiers).stream().anyMatch(f -> f.message().contains("falls in both"))).as(tiers.toString())
                .isEqualTo(someValueInTwo);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGapIsReportedExactlyWhenSomeValueBelowATierFallsInNone(long seed) {
        List<CreditTier> tiers = randomTiers(seed);
        boolean gap = GRID.stream().anyMatch(v -> tiers.stream().noneMatch(t -> t.contains(v))
                && tiers.stream().anyMatch(t -> GRID.stream().anyMatch(t::contains) && startsAbove(t, v)));
        assertThat(reviewWith(tiers).stream().anyMatch(f -> f.message().contains("falls in no tier"))).as(tiers.toString())
                .isEqualTo(gap);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aTierIsReportedAsNeverApplyingExactlyWhenNoValueFallsInIt(long seed) {
        List<CreditTier> tiers = randomTiers(seed);
        long empty = tiers.stream().filter(t -> GRID.stream().noneMatch(t::contains)).count();
        assertThat(reviewWith(tiers).stream().filter(f -> f.message().contains("can never apply")).count()).as(tiers.toString())
                .isEqualTo(empty);
    }

    private static boolean startsAbove(CreditTier t, BigDecimal v) {
        if (t.lower() == null) {
            return false;
        }
        int c = v.compareTo(t.lower().percent());
        return c < 0 || (c == 0 && !t.lower().inclusive());
    }
}
