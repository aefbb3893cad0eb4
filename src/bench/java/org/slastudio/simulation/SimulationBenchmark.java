package org.slastudio.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.slastudio.model.Agreement;
import org.slastudio.model.AgreementType;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.EarnBack;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Money;
import org.slastudio.model.OutageDurations;
import org.slastudio.model.OutageModel;
import org.slastudio.model.Overview;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.SimulationAssumptions;
import org.slastudio.model.Term;
import org.slastudio.model.TierBound;

/**
 * The simulator's own throughput on a 20-service draft: {@code serviceMonthsOnOneCore} counts one service at one
 * level for one month as one operation, over the five default levels, on the benchmark thread; {@code
 * fullTradeOffTable} is the whole table (20 services x 5 levels x 100,000 trials, each a simulated year) on both
 * cores. {@code regime}: "tiers-and-cap" is tiers and a 50% cap alone, months independent; "example" adds the example
 * agreement's 12-month cap, minimum credit and three-month earn-back, which tie months together. Neither is the NumPy
 * peer's model: {@link PeerModelRun} is, and {@code scripts/bench-simulate.sh} sets it against the peer.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SimulationBenchmark {
    private static final int SERVICES = 20;
    private static final int TRIALS = 100_000;
    private static final int TRIALS_ONE_CORE = 20_000;

    @Param({"tiers-and-cap", "example"})
    public String regime;

    private Simulator simulator;
    private List<ServiceLevelModel> levels;
    private double[] yearly;

    @Setup
    public void setUp() {
        boolean example = regime.equals("example");
        CreditRegime credits = new CreditRegime(List.of(
                new CreditTier(TierBound.inclusive("99.0"), TierBound.exclusive("99.95"), BigDecimal.TEN, null),
                new CreditTier(TierBound.inclusive("95"), TierBound.exclusive("99.0"), BigDecimal.valueOf(25), null),
                new CreditTier(null, TierBound.exclusive("95"), BigDecimal.valueOf(50), null)),
                FeeBasis.AFFECTED_SERVICE, BigDecimal.valueOf(50), example ? BigDecimal.valueOf(20) : null, null,
                example ? Money.of("50", "EUR") : null, example ? new EarnBack(3, null) : null, null, true);
        ZoneId zone = ZoneId.of("Europe/London");
        List<Service> services = new ArrayList<>();
        String[] targets = {"99.5", "99.9", "99.95", "99.99"};
        for (int s = 0; s < SERVICES; s++) {
            services.add(new Service("s" + s, "Service " + s, "", "p", "c", Money.of(String.valueOf(1000 + 500 * s), "EUR"),
                    BigDecimal.ONE, Money.of(String.valueOf(200 * (s + 1)), "EUR"),
                    List.of(new ServiceLevel("24x7", new BigDecimal(targets[s % targets.length]), true)),
                    new MeasurementRule(null, null, null, s % 2 == 0 ? 5 : 0, null, false)));
        }
        Overview overview = new Overview("Benchmark", AgreementType.CUSTOMER_BASED, LocalDate.of(2026, 1, 1), Term.none(),
                "", "", Currency.getInstance("EUR"), MeasurementPeriod.CALENDAR_MONTH, zone, "1");
        Agreement agreement = new Agreement(overview, List.of(), services,
                List.of(AvailabilityWindow.twentyFourSeven("24x7", "24x7", zone)), credits, List.of(), List.of());
        SimulationAssumptions assumptions = new SimulationAssumptions(List.of(),
                new OutageModel(OutageDurations.LOGNORMAL, BigDecimal.valueOf(60), null, BigDecimal.ONE, null),
                null, List.of(), null, null);
        simulator = Simulator.of(agreement, assumptions);
        levels = simulator.plans().get(1).models();
        yearly = new double[TRIALS_ONE_CORE];
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(5 * TRIALS_ONE_CORE * 12)
    public double serviceMonthsOnOneCore() {
        double sum = 0;
        for (int l = 0; l < 5; l++) {
            sum += MonteCarlo.run(levels.get(l), TRIALS_ONE_CORE, 42, 1, false, () -> false, yearly, null)
                    .expectedYearlyCredit();
        }
        return sum;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public TradeOffTable fullTradeOffTable() {
        return simulator.run(TRIALS, 42);
    }
}
