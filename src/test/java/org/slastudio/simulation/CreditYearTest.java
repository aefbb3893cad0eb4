package org.slastudio.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.engine.CreditCalculation;
import org.slastudio.engine.CreditCase;
import org.slastudio.engine.EarlierCredit;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.model.Agreement;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.Service;

class CreditYearTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    /**
     * Years of random downtime under a 20% rolling cap, a EUR 150 minimum and a three-month earn-back, worked by the
     * simulation and period by period by the engine with every earlier credit and following availability.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aYearOfCreditsAgreesWithTheEnginePeriodByPeriod(long seed) {
        Random random = new Random(seed);
        CreditRegime regime = Drafts.withYearRules(Drafts.tiers(), "20", "150", seed % 3 == 0 ? null : 3);
        Service service = Drafts.service("s", "99.9", 0);
        Agreement agreement = Drafts.agreement(regime, service);
        Simulator.Plan plan = Simulator.of(agreement, null, Drafts.levels("99.9")).plans().get(0);
        ServiceLevelModel model = plan.models().get(0);
        int simulated = model.simulatedPeriods();
        double[] downtime = new double[simulated];
        double[] scheduled = new double[simulated];
        for (int p = 0; p < simulated; p++) {
            double roll = random.nextDouble();
            downtime[p] = roll < 0.4 ? 0 : roll < 0.6 ? 43.2 : Math.round(random.nextDouble() * 3000 * 100) / 100.0;
            scheduled[p] = model.schedules().get(p).credit(downtime[p]);
        }
        double[] issued = new double[model.periods()];
        model.year().issue(scheduled, downtime, model.periods(), issued);

        List<MeasurementPeriodRange> periods = Simulator.periods(agreement);
        List<EarlierCredit> earlier = new ArrayList<>();
        for (int m = 0; m < model.periods(); m++) {
            List<BigDecimal> following = new ArrayList<>();
            for (int j = m + 1; j < simulated; j++) {
                following.add(availability(downtime[j]));
            }
            CreditCase c = new CreditCase(regime, service, List.of(service), periods.get(m), availability(downtime[m]),
                    earlier, null, new BigDecimal("99.9"), following);
            BigDecimal engine = CreditCalculation.calculate(c).exactCredit();
            assertThat(issued[m]).as("period %d, %s min down", m, downtime[m]).isCloseTo(engine.doubleValue(), Offset.offset(1e-6));
            earlier.add(new EarlierCredit(periods.get(m), new BigDecimal("1000.00"), BigDecimal.valueOf(issued[m])));
        }
    }

    @Test
    void theRollingCapStopsCreditsOnceTwelveMonthsOfThemReachIt() {
        // 20% of 12 x EUR 1,000 is EUR 2,400: eight months at the 30% cap would be EUR 2,400 exactly
        CreditYear year = new CreditYear(2400, 11, 0, 0, new double[12]);
        double[] scheduled = {300, 300, 300, 300, 300, 300, 300, 250, 300, 300, 100, 0};
        double[] issued = new double[12];
        year.issue(scheduled, new double[12], 12, issued);
        assertThat(issued).containsExactly(300, 300, 300, 300, 300, 300, 300, 250, 50, 0, 0, 0);
    }

    private static BigDecimal availability(double downtime) {
        BigDecimal down = BigDecimal.valueOf(downtime).min(Drafts.WINDOW_MINUTES);
        return BigDecimal.valueOf(100).subtract(down.multiply(BigDecimal.valueOf(100))
                .divide(Drafts.WINDOW_MINUTES, new MathContext(34, RoundingMode.DOWN)));
    }
}
