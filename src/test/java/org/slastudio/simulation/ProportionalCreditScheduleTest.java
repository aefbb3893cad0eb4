package org.slastudio.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.engine.CreditCalculation;
import org.slastudio.engine.CreditCase;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.Service;
import org.slastudio.model.TierBound;

/**
 * A tier paying a multiple of the fees for the downtime makes the credit grow inside the tier: the schedule holds a
 * straight line per piece, with edges where the line meets a cap, rather than one value per tier.
 */
class ProportionalCreditScheduleTest {
    private static final MeasurementPeriodRange PERIOD = MeasurementPeriodRange.fixedThirtyDayMonth(java.time.LocalDate.of(2026, 1, 1));

    /** Slack-style: 10 times the fees for the downtime below 99.9%, capped at 50% and at 12 days of fees (12/30 = 40%). */
    private static CreditRegime regime() {
        return new CreditRegime(List.of(
                new CreditTier(TierBound.inclusive("99.0"), TierBound.exclusive("99.9"), null, null, BigDecimal.TEN),
                new CreditTier(null, TierBound.exclusive("99.0"), BigDecimal.valueOf(25), null)),
                FeeBasis.AFFECTED_SERVICE, BigDecimal.valueOf(50), null, null, null, null, null, false, null, null,
                BigDecimal.valueOf(12));
    }

    private static CreditSchedule schedule(CreditRegime regime) {
        Service service = Drafts.service("s", "99.9", 0);
        return CreditSchedule.of(regime, service, List.of(service), PERIOD, Drafts.WINDOW_MINUTES, new BigDecimal("99.9"));
    }

    @ParameterizedTest(name = "{0} min down: EUR {1}")
    @CsvSource({
            // at the target: no credit
            "43.2, 0",
            // 10 x EUR 1,000.00 x 60 / 43,200 = 13.888...
            "60, 13.888888888888889",
            // 10 x 1,000 x 400 / 43,200 = 92.592...
            "400, 92.5925925925926",
            // exactly 99.0% (432 min) is still in the proportional tier: 10 x 1,000 x 432 / 43,200 = 100
            "432, 100",
            // below 99.0%: 25%
            "433, 250",
    })
    void theCreditGrowsWithTheDowntimeInsideTheTier(double downtime, double credit) {
        assertThat(schedule(regime()).credit(downtime)).isCloseTo(credit, within(1e-9));
    }

    @Test
    void theDaysCapMakesAnEdgeWhereTheLineMeetsIt() {
        // 10 times the fees for the downtime, no lower tier: the 12-day cap (EUR 400.00) is met at 1,728 minutes
        CreditRegime open = new CreditRegime(List.of(new CreditTier(null, TierBound.exclusive("99.9"), null, null,
                BigDecimal.TEN)), FeeBasis.AFFECTED_SERVICE, BigDecimal.valueOf(50), null, null, null, null, null, false,
                null, null, BigDecimal.valueOf(12));
        CreditSchedule s = schedule(open);
        assertThat(s.edges()).contains(1728.0);
        assertThat(s.credit(1727)).isCloseTo(10 * 1000 * 1727 / 43_200.0, within(1e-9));
        assertThat(s.credit(1728)).isCloseTo(400, within(1e-9));
        assertThat(s.credit(5000)).isCloseTo(400, within(1e-9));
    }

    @Test
    void theScheduleAgreesWithTheEngineEverywhere() {
        for (CreditRegime regime : List.of(regime(), new CreditRegime(List.of(new CreditTier(null, TierBound.exclusive("99.9"),
                null, null, new BigDecimal("25"))), FeeBasis.AFFECTED_SERVICE, null, null, null, null, null, null, false, null,
                null, new BigDecimal("30")))) {
            CreditSchedule schedule = schedule(regime);
            Service service = Drafts.service("s", "99.9", 0);
            Random random = new Random(13);
            List<Double> downtimes = new ArrayList<>();
            for (double edge : schedule.edges()) {
                downtimes.add(edge);
                downtimes.add(Math.nextUp(edge));
                downtimes.add(Math.max(0, Math.nextDown(edge)));
            }
            for (int i = 0; i < 200; i++) {
                downtimes.add(Math.round(random.nextDouble() * 6000 * 1000) / 1000.0);
            }
            for (double d : downtimes) {
                BigDecimal down = BigDecimal.valueOf(d).min(Drafts.WINDOW_MINUTES);
                BigDecimal availability = BigDecimal.valueOf(100).subtract(down.multiply(BigDecimal.valueOf(100))
                        .divide(Drafts.WINDOW_MINUTES, new MathContext(34, RoundingMode.DOWN)));
                BigDecimal engine = CreditCalculation.calculate(new CreditCase(regime, service, List.of(service), PERIOD,
                        availability, null, null, new BigDecimal("99.9"), null)).exactCredit();
                assertThat(schedule.credit(d)).as("%s min", d).isCloseTo(engine.doubleValue(), within(1e-7));
            }
        }
    }
}
