package org.slastudio.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.engine.CreditCalculation;
import org.slastudio.engine.CreditCase;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.Money;
import org.slastudio.model.Service;
import org.slastudio.model.TierBound;

class CreditScheduleTest {
    private static final MeasurementPeriodRange PERIOD = MeasurementPeriodRange.fixedThirtyDayMonth(java.time.LocalDate.of(2026, 1, 1));

    private static CreditSchedule schedule(CreditRegime regime, String target) {
        Service service = Drafts.service("s", target, 0);
        return CreditSchedule.of(regime, service, List.of(service), PERIOD, Drafts.WINDOW_MINUTES, new BigDecimal(target));
    }

    @ParameterizedTest(name = "{0} min down of 43,200 at a 99.9% target: EUR {1}")
    @CsvSource({
            "0, 0",
            // exactly 99.9%: the target is met
            "43.2, 0",
            "43.21, 100",
            "60, 100",
            // exactly 99.0%: the lower bound of the 10% tier is inclusive
            "432, 100",
            "432.01, 250",
            // exactly 95%: still 25%
            "2160, 250",
            // 50% of the fee, capped at 30%
            "2160.01, 300",
            "43200, 300",
            "99999, 300",
    })
    void theCreditForADowntimeIsTheTiersOnEitherSideOfEveryEdge(double downtime, String credit) {
        assertThat(schedule(Drafts.tiers(), "99.9").credit(downtime)).isEqualTo(Double.parseDouble(credit));
    }

    /** The top tier ends at each candidate level ("less than the Service's target but at least 99.0%"). */
    @ParameterizedTest(name = "candidate {0}%, {1} min down: EUR {2}")
    @CsvSource({
            // 99.5% of 43,200 allows 216 min: exactly at the target is not "less than" it
            "99.5, 216, 0",
            "99.5, 216.01, 100",
            "99.5, 432.01, 250",
            "99.9, 43.2, 0",
            "99.9, 43.21, 100",
    })
    void aTableDrawnAtTheTargetMovesItsTopEdgeWithTheCandidateLevel(String target, double downtime, String credit) {
        CreditRegime drawn = Drafts.tiers().withTiers(List.of(
                new CreditTier(TierBound.inclusive("99.0"), TierBound.target(false), BigDecimal.TEN, null),
                Drafts.tiers().tiers().get(1), Drafts.tiers().tiers().get(2)));
        assertThat(schedule(drawn, target).credit(downtime)).isEqualTo(Double.parseDouble(credit));
    }

    /** "At or below 99.9%: 10%" with a 99.9% target: the tiers as drafted pay a month exactly at it; a missed target only does not. */
    @ParameterizedTest(name = "{0}, {1} min down: EUR {2}")
    @CsvSource({
            "TIERS_AS_DRAFTED, 43.2, 100",
            "TIERS_AS_DRAFTED, 43.19, 0",
            "TARGET_MISSED, 43.2, 0",
            "TARGET_MISSED, 43.21, 100",
    })
    void theScheduleFollowsWhenCreditsAreOwed(org.slastudio.model.CreditTrigger trigger, double downtime, String credit) {
        CreditRegime r = Drafts.tiers();
        CreditRegime atOrBelow = new CreditRegime(List.of(
                new CreditTier(TierBound.inclusive("99.0"), TierBound.inclusive("99.9"), BigDecimal.TEN, null),
                r.tiers().get(1), r.tiers().get(2)), r.feeBasis(), r.monthlyCapPercent(), null, null, null, null, null,
                false, trigger);
        assertThat(schedule(atOrBelow, "99.9").credit(downtime)).isEqualTo(Double.parseDouble(credit));
    }

    /** Regimes with exclusive lower bounds, a gap between tiers, a fixed credit and a target inside a tier. */
    static Stream<Arguments> randomDowntimes() {
        CreditRegime odd = new CreditRegime(List.of(
                new CreditTier(TierBound.exclusive("99.5"), TierBound.inclusive("99.95"), BigDecimal.valueOf(5), null),
                new CreditTier(TierBound.exclusive("98"), TierBound.inclusive("99.2"), null, Money.of("175.50", "EUR")),
                new CreditTier(null, TierBound.inclusive("98"), new BigDecimal("33.3"), null)),
                FeeBasis.AFFECTED_SERVICE, null, null, null, null, null, null, false);
        List<Arguments> cases = new ArrayList<>();
        for (long seed = 1; seed <= 8; seed++) {
            Random random = new Random(seed);
            CreditRegime regime = seed % 2 == 0 ? odd : Drafts.tiers();
            String target = seed % 2 == 0 ? "99.9" : "99.95";
            CreditSchedule schedule = schedule(regime, target);
            List<Double> downtimes = new ArrayList<>();
            for (double edge : schedule.edges()) {
                downtimes.add(edge);
                downtimes.add(Math.nextUp(edge));
                downtimes.add(Math.max(0, Math.nextDown(edge)));
            }
            for (int i = 0; i < 60; i++) {
                downtimes.add(Math.round(random.nextDouble() * 3000 * 1000) / 1000.0);
            }
            cases.add(Arguments.of(seed, regime, target, downtimes));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("randomDowntimes")
    void theScheduleAgreesWithTheEngineOnEdgesAndRandomDowntimes(long seed, CreditRegime regime, String target,
                                                                 List<Double> downtimes) {
        CreditSchedule schedule = schedule(regime, target);
        Service service = Drafts.service("s", target, 0);
        for (double d : downtimes) {
            BigDecimal down = BigDecimal.valueOf(d).min(Drafts.WINDOW_MINUTES);
            BigDecimal availability = BigDecimal.valueOf(100).subtract(down.multiply(BigDecimal.valueOf(100))
                    .divide(Drafts.WINDOW_MINUTES, new MathContext(34, RoundingMode.DOWN)));
            BigDecimal engine = CreditCalculation.calculate(new CreditCase(regime, service, List.of(service), PERIOD,
                    availability, null, null, new BigDecimal(target), null)).exactCredit();
            assertThat(schedule.credit(d)).as("%s min", d).isCloseTo(engine.doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
