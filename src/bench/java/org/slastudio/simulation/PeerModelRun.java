package org.slastudio.simulation;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.AgreementType;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Money;
import org.slastudio.model.OutageDurations;
import org.slastudio.model.Overview;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.SimulationAssumptions;
import org.slastudio.model.Term;
import org.slastudio.model.TierBound;

/**
 * The peer's model ({@code ../shared/bench/mc_numpy.py}) run by our Monte Carlo, for {@code scripts/bench-simulate.sh}:
 * 0.5 outages a month (Poisson), lengths lognormal with median 45 min and sigma 0.8, a month of 30 days around the
 * clock (43,200 min), credit tiers at least 99.9% none, at least 99.0% 10%, at least 95.0% 25%, below 50%, capped at
 * 50%. The service's fee is 100, so a month's credit in money is its credit in percent, and the mean credit printed
 * is the peer's "mean credit". Each trial is a year of 12 such months, independent as the peer's are (no rolling cap,
 * earn-back or minimum). Run it on one core ({@code taskset -c 0}); the script times the whole process from outside,
 * and this prints the process's own CPU time too (every thread, JIT and GC, since the JVM started).
 *
 * <p>Usage: {@code java -cp target/benchmarks.jar org.slastudio.simulation.PeerModelRun [MONTHS]}
 */
public final class PeerModelRun {
    /** The peer's lam, median and sigma. */
    static final double OUTAGES_PER_MONTH = 0.5;
    static final double MEDIAN_MINUTES = 45;
    static final double SIGMA = 0.8;

    private PeerModelRun() {
    }

    public static void main(String[] args) {
        long months = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 10_000_000L;
        ServiceLevelModel model = model();
        int years = (int) Math.max(1, months / 12);
        double[] yearly = new double[Math.min(years, 100_000)];
        long start = System.nanoTime();
        double credit = 0;
        double variance = 0;
        int done = 0;
        int stream = 1;
        // In runs of up to 100,000 years, so the per-year array stays in the cache; each run has its own stream.
        while (done < years) {
            int n = Math.min(yearly.length, years - done);
            MonteCarloEstimate e = MonteCarlo.run(model, n, 7, stream++, false, () -> false, yearly, null);
            credit += e.expectedYearlyCredit() * n;
            variance += Math.pow(e.yearlyCreditStandardError(), 2) * n * n;
            done += n;
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        long simulated = 12L * done;
        double meanMonthly = credit / done / 12;
        double error = Math.sqrt(variance) / done / 12;
        System.out.printf("java: %d months in %.3f s = %.2f M service-months/s; process CPU %.3f s since the JVM started;"
                        + " mean credit %.4f%% (standard error %.4f)%n", simulated, wall, simulated / wall / 1e6, cpu,
                meanMonthly, error);
    }

    /** One service at 99.9%, its level's model with the peer's outages in place of ones engineered to the target. */
    static ServiceLevelModel model() {
        CreditRegime tiers = new CreditRegime(List.of(
                new CreditTier(TierBound.inclusive("99.0"), TierBound.exclusive("99.9"), BigDecimal.TEN, null),
                new CreditTier(TierBound.inclusive("95.0"), TierBound.exclusive("99.0"), BigDecimal.valueOf(25), null),
                new CreditTier(null, TierBound.exclusive("95.0"), BigDecimal.valueOf(50), null)),
                FeeBasis.AFFECTED_SERVICE, BigDecimal.valueOf(50), null, null, null, null, null, true);
        Service service = new Service("peer", "Peer model", "", "p", "c", Money.of("100", "EUR"), BigDecimal.ONE, null,
                List.of(new ServiceLevel("24x7", new BigDecimal("99.9"), true)),
                new MeasurementRule(null, null, null, 0, null, false));
        Overview overview = new Overview("Peer model", AgreementType.CUSTOMER_BASED, LocalDate.of(2026, 1, 1), Term.none(),
                "", "", Currency.getInstance("EUR"), MeasurementPeriod.FIXED_30_DAY_MONTH, ZoneOffset.UTC, "1");
        Agreement agreement = new Agreement(overview, List.of(), List.of(service),
                List.of(AvailabilityWindow.twentyFourSeven("24x7", "24x7", ZoneOffset.UTC)), tiers, List.of(), List.of());
        Simulator.Plan plan = Simulator.of(agreement, SimulationAssumptions.defaults()).plans().get(0);
        ServiceLevelModel level = plan.models().get(plan.draftedIndex());
        double[] rates = new double[level.periods()];
        Arrays.fill(rates, OUTAGES_PER_MONTH);
        // Our lognormal is given by its mean: the median's e^(sigma^2 / 2) times, 61.97 min for the peer's.
        double mean = MEDIAN_MINUTES * Math.exp(SIGMA * SIGMA / 2);
        return ServiceLevelModel.of(level.periods(), level.schedules(),
                new OutageProcess(rates, OutageDurations.LOGNORMAL, mean, SIGMA, 0), level.year(), 0);
    }
}
