package org.slastudio.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.slastudio.engine.AllowedDowntime;
import org.slastudio.engine.AvailabilityMeasurement;
import org.slastudio.engine.CreditCalculation;
import org.slastudio.engine.CreditCase;
import org.slastudio.engine.DowntimeBudget;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.engine.WindowCalendar;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.EarnBack;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.MinimumCreditRule;
import org.slastudio.model.MinimumOutageBound;
import org.slastudio.model.Money;
import org.slastudio.model.OutageDurations;
import org.slastudio.model.OutageModel;
import org.slastudio.model.ProviderCost;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceAssumptions;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.SimulationAssumptions;

/**
 * The service-level simulator: what each candidate level of each service costs the provider and the customer,
 * under the agreement's own windows and credit regime. Building one does the exact work once (window minutes and
 * credit steps from the engine); {@link #run} then only samples, so a view can call it again and again off its
 * UI thread, ask for a quick estimate first and cancel a run that a newer one replaces. A simulator never changes
 * after it is built, so runs may overlap on different threads.
 */
public final class Simulator {
    public static final List<BigDecimal> DEFAULT_LEVELS = List.of(new BigDecimal("99.0"), new BigDecimal("99.5"),
            new BigDecimal("99.9"), new BigDecimal("99.95"), new BigDecimal("99.99"));
    public static final int DEFAULT_TRIALS = 100_000;
    public static final long DEFAULT_SEED = 20_260_101L;
    /** Service-months of a quick estimate: the first 2,048 simulated years of the full run. */
    public static final int QUICK_TRIALS = 4 * MonteCarlo.CHUNK * 12;
    public static final BigDecimal DEFAULT_MTTR_MINUTES = BigDecimal.valueOf(60);
    static final BigDecimal DEFAULT_SIGMA = BigDecimal.ONE;
    static final BigDecimal DEFAULT_COST_SHARE_OF_FEE = new BigDecimal("0.7");
    public static final BigDecimal DEFAULT_MULTIPLIER_PER_NINE = BigDecimal.valueOf(2);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String PATH = "$.simulationAssumptions";

    /** One service and its candidate levels, ready to sample. */
    record Plan(Service service, String windowId, BigDecimal drafted, List<BigDecimal> levels,
                List<ServiceLevelModel> models, double fee, double[] providerCost, BigDecimal[] allowedPerMonth) {
        int draftedIndex() {
            for (int i = 0; i < levels.size(); i++) {
                if (levels.get(i).compareTo(drafted) == 0) {
                    return i;
                }
            }
            throw new IllegalStateException("the drafted level is always a candidate");
        }
    }

    private final List<Plan> plans;
    private final Currency currency;
    /** The exact method depends on neither seed nor trials, so each level's is worked out once. */
    private final java.util.Map<ServiceLevelModel, Optional<ExactMethod.Estimate>> exact =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Simulator(List<Plan> plans, Currency currency) {
        this.plans = List.copyOf(plans);
        this.currency = currency;
    }

    /**
     * @param levels candidate levels replacing the assumptions' ones for every service; empty to keep them
     * @throws IllegalArgumentException naming the field to fix where the draft or the assumptions cannot be simulated
     */
    public static Simulator of(Agreement agreement, SimulationAssumptions assumptions, List<BigDecimal> levels) {
        SimulationAssumptions a = assumptions == null ? SimulationAssumptions.defaults() : assumptions;
        List<Service> services = agreement.services();
        // Each service's plan reads its credit schedules off the engine, period by period and level by level: most of
        // the time a command spends before simulating. They are made side by side; what is wrong is told for the first
        // service it is wrong for, as when they were made one after another.
        List<Object> made = IntStream.range(0, services.size()).parallel().mapToObj(i -> {
            Service service = services.get(i);
            if (service == null) {
                return null;
            }
            try {
                return (Object) plan(agreement, a, levels, i, service);
            } catch (IllegalArgumentException e) {
                return e;
            }
        }).toList();
        List<Plan> plans = new ArrayList<>();
        for (Object plan : made) {
            if (plan instanceof IllegalArgumentException e) {
                throw e;
            }
            if (plan != null) {
                plans.add((Plan) plan);
            }
        }
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("The draft has no services to simulate ($.services); add one with its "
                    + "monthly fee and an availability level");
        }
        return new Simulator(plans, currencyOf(agreement));
    }

    public static Simulator of(Agreement agreement, SimulationAssumptions assumptions) {
        return of(agreement, assumptions, List.of());
    }

    private static Plan plan(Agreement agreement, SimulationAssumptions a, List<BigDecimal> levels, int i, Service service) {
        Optional<ServiceAssumptions> own = a.service(service.id());
        String ownPath = PATH + ".services[" + own.map(a.services()::indexOf).orElse(-1) + "]";
        boolean ownLevels = own.isPresent() && !own.get().candidateLevels().isEmpty();
        List<BigDecimal> candidates = !levels.isEmpty() ? levels : ownLevels ? own.get().candidateLevels()
                : a.candidateLevels().isEmpty() ? DEFAULT_LEVELS : a.candidateLevels();
        boolean ownOutages = own.isPresent() && own.get().outages() != null;
        boolean ownCost = own.isPresent() && own.get().providerCost() != null;
        return plan(agreement, i, service, candidates, ownLevels ? ownPath : PATH,
                ownOutages ? own.get().outages() : a.outages(), (ownOutages ? ownPath : PATH) + ".outages",
                ownCost ? own.get().providerCost() : a.providerCost(), (ownCost ? ownPath : PATH) + ".providerCost");
    }

    /**
     * Simulates on all cores; the numbers depend on the seed alone.
     *
     * @param trials simulated service-months for each service and level, run as whole years (12 periods each, so
     *               rounded up to a whole number of years)
     */
    public TradeOffTable run(int trials, long seed) {
        return run(trials, seed, () -> false);
    }

    /** @throws CancellationException as soon as {@code cancelled} says so, checked between chunks of trials */
    public TradeOffTable run(int trials, long seed, BooleanSupplier cancelled) {
        return run(trials, seed, true, cancelled);
    }

    /**
     * A quick estimate from {@link #QUICK_TRIALS} trials, then the full run, each handed to {@code results}: for a
     * view that must answer a slider within milliseconds and refine after.
     */
    public void runProgressively(int trials, long seed, BooleanSupplier cancelled, Consumer<TradeOffTable> results) {
        if (trials > QUICK_TRIALS) {
            results.accept(run(QUICK_TRIALS, seed, cancelled));
        }
        results.accept(run(trials, seed, cancelled));
    }

    TradeOffTable run(int serviceMonths, long seed, boolean parallel, BooleanSupplier cancelled) {
        if (serviceMonths < 1) {
            throw new IllegalArgumentException("The number of trials must be at least 1, e.g. 100000");
        }
        List<ServiceTradeOff> results = new ArrayList<>();
        int periods = plans.get(0).models().get(0).periods();
        int trials = (serviceMonths + periods - 1) / periods;
        double[] agreementYearly = new double[trials];
        long[] agreementBreaches = new long[trials];
        double[] year = new double[trials];
        long[] breaches = new long[trials];
        double credits = 0;
        double loss = 0;
        double cost = 0;
        double fees = 0;
        for (int s = 0; s < plans.size(); s++) {
            Plan plan = plans.get(s);
            int drafted = plan.draftedIndex();
            List<LevelOutlook> outlooks = new ArrayList<>();
            double draftedCost = plan.providerCost()[drafted];
            for (int l = 0; l < plan.levels().size(); l++) {
                ServiceLevelModel model = plan.models().get(l);
                MonteCarloEstimate e = MonteCarlo.run(model, trials, seed, s, parallel, cancelled, year,
                        l == drafted ? breaches : null);
                if (l == drafted) {
                    for (int t = 0; t < trials; t++) {
                        agreementYearly[t] += year[t];
                        agreementBreaches[t] |= breaches[t];
                    }
                    credits += e.expectedYearlyCredit() / 12;
                    loss += e.expectedYearlyDowntime() * model.customerCostPerMinute() / 12;
                    cost += plan.providerCost()[l];
                    fees += plan.fee();
                }
                outlooks.add(outlook(plan, l, model, e, draftedCost));
            }
            results.add(new ServiceTradeOff(plan.service().id(), plan.service().name(), plan.windowId(), plan.drafted(),
                    outlooks, best(outlooks, LevelOutlook::customerTotalCost), best(outlooks, LevelOutlook::jointCost)));
        }
        long breachPeriods = 0;
        long breachYears = 0;
        for (int t = 0; t < trials; t++) {
            breachPeriods += Long.bitCount(agreementBreaches[t]);
            breachYears += agreementBreaches[t] != 0 ? 1 : 0;
        }
        double yearly95 = MonteCarloEstimate.percentile95(agreementYearly, trials);
        AgreementOutlook agreement = new AgreementOutlook(
                probability((double) breachPeriods / ((long) trials * Math.min(periods, 64))),
                probability((double) breachYears / trials), money(credits), money(credits * 12), money(yearly95),
                money(loss), money(Math.max(0, loss - credits)), money(cost), money(fees), money(fees - cost - credits));
        return new TradeOffTable(serviceMonths, trials, seed, currency, results, agreement);
    }

    private LevelOutlook outlook(Plan plan, int l, ServiceLevelModel model, MonteCarloEstimate e, double draftedCost) {
        double creditPerMonth = e.expectedYearlyCredit() / 12;
        double loss = e.expectedYearlyDowntime() * model.customerCostPerMinute() / 12;
        double cost = plan.providerCost()[l];
        double fee = plan.fee();
        double feeHere = draftedCost > 0 ? fee * cost / draftedCost : fee;
        double creditShare = fee > 0 ? creditPerMonth / fee : 0;
        Money breakEven = creditShare < 1 ? money(cost / (1 - creditShare)) : null;
        double creditHere = creditPerMonth * (fee > 0 ? feeHere / fee : 1);
        Money exact = this.exact.computeIfAbsent(model, ExactMethod::estimate).map(x -> money(x.expectedYearlyCredit())).orElse(null);
        List<Long> bins = new ArrayList<>();
        for (long count : e.histogram()) {
            bins.add(count);
        }
        CreditHistogram histogram = new CreditHistogram(money(e.maxPeriodCredit() / MonteCarlo.HISTOGRAM_BINS),
                e.periodsWithoutCredit(), bins);
        return new LevelOutlook(plan.levels().get(l), plan.allowedPerMonth()[l],
                probability(e.breachPeriodProbability()), probability(e.breachYearProbability()),
                money(creditPerMonth), money(e.expectedYearlyCredit()), money(e.periodCredit95()),
                money(e.yearlyCredit95()), money(e.yearlyCreditStandardError()), money(loss),
                money(Math.max(0, loss - creditPerMonth)), money(cost), money(feeHere), money(fee - cost - creditPerMonth),
                breakEven, money(feeHere + loss - creditHere), money(cost + loss), money(e.maxPeriodCredit()),
                money(e.maxYearlyCredit()), exact, histogram);
    }

    private static BigDecimal best(List<LevelOutlook> outlooks, java.util.function.Function<LevelOutlook, Money> cost) {
        LevelOutlook best = outlooks.get(0);
        for (LevelOutlook o : outlooks) {
            if (cost.apply(o).amount().compareTo(cost.apply(best).amount()) < 0) {
                best = o;
            }
        }
        return best.levelPercent();
    }

    private Money money(double amount) {
        int minor = Math.max(0, currency.getDefaultFractionDigits());
        return new Money(BigDecimal.valueOf(amount).setScale(minor, RoundingMode.HALF_UP), currency);
    }

    private static BigDecimal probability(double p) {
        return BigDecimal.valueOf(p).setScale(4, RoundingMode.HALF_UP);
    }

    /** The models behind the table, for tests and the benchmark. */
    List<Plan> plans() {
        return plans;
    }

    private static Plan plan(Agreement agreement, int index, Service service, List<BigDecimal> candidates,
                             String levelsPath, OutageModel outages, String outagesPath, ProviderCost cost, String costPath) {
        String path = "$.services[" + index + "]";
        ServiceLevel level = service.levels().stream().filter(l -> l != null && l.creditBearing() && l.targetPercent() != null)
                .findFirst().or(() -> service.levels().stream().filter(l -> l != null && l.targetPercent() != null).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("Service \"" + service.id() + "\" promises no level ("
                        + path + ".levels); add a target, e.g. 99.9 in a 24x7 window"));
        if (service.monthlyFee() == null || service.monthlyFee().amount() == null) {
            throw new IllegalArgumentException("Service \"" + service.id() + "\" has no monthly fee (" + path
                    + ".monthlyFee); set it, e.g. 2000.00 EUR");
        }
        AvailabilityWindow window = AvailabilityMeasurement.windowOf(agreement, service, level);
        MeasurementRule rule = service.measurement() == null ? MeasurementRule.timeBased() : service.measurement();
        ZoneId zone = AvailabilityMeasurement.periodZone(rule, agreement.overview() == null ? null : agreement.overview().timeZone());
        // Edges drawn at the target are drawn for each candidate level in turn (CreditSchedule).
        CreditRegime regime = level.creditBearing() && agreement.creditRegime() != null
                ? agreement.creditRegime().overriddenBy(level.credits()) : CreditRegime.none();
        EarnBack earnBack = regime.earnBack();
        int earnBackPeriods = earnBack == null || earnBack.followingPeriods() == null ? 0 : Math.max(0, earnBack.followingPeriods());
        List<MeasurementPeriodRange> periods = periods(agreement);
        int yearPeriods = periods.size();
        MeasurementPeriodRange next = periods.get(yearPeriods - 1);
        for (int i = 0; i < earnBackPeriods; i++) {
            next = next.next();
            periods.add(next);
        }
        List<BigDecimal> windowMinutes = new ArrayList<>();
        for (MeasurementPeriodRange p : periods) {
            windowMinutes.add(WindowCalendar.of(window, p, zone).measuredMinutes());
        }

        TreeSet<BigDecimal> levels = new TreeSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            BigDecimal c = candidates.get(i);
            if (c == null || c.signum() <= 0 || c.compareTo(HUNDRED) >= 0) {
                throw new IllegalArgumentException("A candidate level must be above 0% and below 100% ("
                        + levelsPath + ".candidateLevels[" + i + "] is " + (c == null ? "empty" : c.toPlainString()) + "); e.g. 99.9");
            }
            levels.add(c.stripTrailingZeros());
        }
        BigDecimal drafted = level.targetPercent().stripTrailingZeros();
        levels.add(drafted);
        List<BigDecimal> sorted = new ArrayList<>(levels);

        Outages process = Outages.of(outages, outagesPath);
        double minimumMinutes = minimumMinutes(rule);
        double fee = service.monthlyFee().amount().doubleValue();
        double customerPerMinute = service.downtimeCostPerHour() == null || service.downtimeCostPerHour().amount() == null
                ? 0 : service.downtimeCostPerHour().amount().doubleValue() / 60;
        ProviderCosts costs = ProviderCosts.of(cost, drafted, service.monthlyFee().amount(), costPath);
        List<ServiceLevelModel> models = new ArrayList<>();
        double[] providerCost = new double[sorted.size()];
        BigDecimal[] allowedPerMonth = new BigDecimal[sorted.size()];
        // The allowance shown is that of the simulated year's first period, not of today's: the year is what is
        // simulated, and today's date would ask the system for its time zone, tens of milliseconds of a short run.
        AllowedDowntime firstMonth = AllowedDowntime.of(agreement.overview(), periods.get(0).start());
        for (int l = 0; l < sorted.size(); l++) {
            BigDecimal target = sorted.get(l);
            List<CreditSchedule> schedules = new ArrayList<>();
            double[] rates = new double[periods.size()];
            double[] earnBackAllowed = new double[periods.size()];
            BigDecimal required = earnBack == null || earnBack.requiredPercent() == null ? target : earnBack.requiredPercent();
            double mean = 0;
            // Periods alike in kind, days and window minutes have one schedule: a year of months has four or five.
            Map<String, CreditSchedule> alike = new HashMap<>();
            for (int p = 0; p < periods.size(); p++) {
                BigDecimal w = windowMinutes.get(p);
                BigDecimal allowed = CreditSchedule.downtimeAt(w, target);
                MeasurementPeriodRange period = periods.get(p);
                String key = period.kind() + " " + period.start().until(period.end(), ChronoUnit.DAYS) + " " + w.toPlainString();
                schedules.add(alike.computeIfAbsent(key,
                        k -> CreditSchedule.of(regime, service, agreement.services(), period, w, target)));
                double[] rateAndMean = process.rateAndMean(w.doubleValue(), allowed);
                rates[p] = rateAndMean[0];
                mean = rateAndMean[1];
                earnBackAllowed[p] = CreditSchedule.downtimeAt(w, required).doubleValue();
            }
            // The figure shown beside the level is the one every screen and document states; the model uses each period's.
            allowedPerMonth[l] = firstMonth.budget(window, target, rule).map(DowntimeBudget::allowedMinutes)
                    .orElse(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
            CreditYear year = creditYear(regime, service, agreement, periods.get(0), minimumCredit(regime),
                    earnBackPeriods, earnBackAllowed);
            models.add(ServiceLevelModel.of(yearPeriods, schedules,
                    new OutageProcess(rates, process.durations(), mean, process.sigma(), minimumMinutes), year, customerPerMinute));
            providerCost[l] = costs.monthlyCost(target);
        }
        return new Plan(service, window.id(), drafted, sorted, models, fee, providerCost, allowedPerMonth);
    }

    /**
     * The simulator prices every method by time: an interval share as the time of its intervals down, an average error
     * rate and request counts as if errors and requests were spread evenly over the window, so that failing a share of
     * requests is that share of the window down. The minimum counts only where the method has outages; "more than"
     * leaves out an outage of exactly the minimum, which only a fixed outage length can hit.
     */
    static double minimumMinutes(MeasurementRule rule) {
        if (rule.minimumOutageMinutes() == null || rule.minimumOutageMinutes() <= 0
                || rule.method() != null && !rule.method().hasOutages()) {
            return 0;
        }
        double minimum = rule.minimumOutageMinutes();
        return rule.bound() == MinimumOutageBound.MORE_THAN ? Math.nextUp(minimum) : minimum;
    }

    /** Credits below this are not issued; "more than" the minimum leaves out a credit of exactly it too. */
    private static double minimumCredit(CreditRegime regime) {
        if (regime.minimumCredit() == null || regime.minimumCredit().amount() == null) {
            return 0;
        }
        double minimum = regime.minimumCredit().amount().doubleValue();
        return regime.effectiveMinimumRule() == MinimumCreditRule.MORE_THAN ? Math.nextUp(minimum) : minimum;
    }

    private static CreditYear creditYear(CreditRegime regime, Service service, Agreement agreement,
                                         MeasurementPeriodRange first, double minimum, int earnBackPeriods,
                                         double[] earnBackAllowed) {
        BigDecimal percent = regime.rollingTwelveMonthCapPercent();
        if (percent == null) {
            return new CreditYear(Double.POSITIVE_INFINITY, 0, minimum, earnBackPeriods, earnBackAllowed);
        }
        int earlier = first.earlierInTwelveMonths().size();
        BigDecimal basis = CreditCalculation.calculate(new CreditCase(regime, service, agreement.services(), first,
                HUNDRED, null, null, null, null)).feeBasis().amount();
        double cap = basis.multiply(BigDecimal.valueOf(earlier + 1)).multiply(percent).movePointLeft(2).doubleValue();
        return new CreditYear(cap, earlier, minimum, earnBackPeriods, earnBackAllowed);
    }

    /**
     * A year of the agreement's measurement periods (12 months, 4 quarters or 52 weeks) from its effective date, or
     * from this 1 January where it has none.
     */
    static List<MeasurementPeriodRange> periods(Agreement agreement) {
        MeasurementPeriod kind = agreement.overview() == null || agreement.overview().measurementPeriod() == null
                ? MeasurementPeriod.CALENDAR_MONTH : agreement.overview().measurementPeriod();
        LocalDate start = agreement.overview() == null || agreement.overview().effectiveDate() == null
                ? LocalDate.now().withDayOfYear(1) : agreement.overview().effectiveDate();
        int count = kind == MeasurementPeriod.CALENDAR_QUARTER ? 4 : kind == MeasurementPeriod.WEEK ? 52 : 12;
        List<MeasurementPeriodRange> periods = new ArrayList<>();
        MeasurementPeriodRange p = MeasurementPeriodRange.containing(kind, start, start);
        for (int i = 0; i < count; i++, p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    private static Currency currencyOf(Agreement agreement) {
        if (agreement.overview() != null && agreement.overview().currency() != null) {
            return agreement.overview().currency();
        }
        return agreement.services().stream().filter(s -> s != null && s.monthlyFee() != null && s.monthlyFee().currency() != null)
                .map(s -> s.monthlyFee().currency()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The draft names no currency ($.overview.currency); set one, e.g. EUR"));
    }

    /** The outage assumptions with their defaults filled in. */
    record Outages(OutageDurations durations, Double mttr, Double mtbfHours, double sigma, double margin) {
        static Outages of(OutageModel m, String path) {
            OutageDurations durations = m == null || m.durations() == null ? OutageDurations.LOGNORMAL : m.durations();
            Double mttr = m == null || m.meanTimeToRepairMinutes() == null ? null
                    : positive(m.meanTimeToRepairMinutes(), path + ".meanTimeToRepairMinutes", "60");
            Double mtbf = m == null || m.meanTimeBetweenFailuresHours() == null ? null
                    : positive(m.meanTimeBetweenFailuresHours(), path + ".meanTimeBetweenFailuresHours", "720");
            if (mttr == null && mtbf == null) {
                mttr = DEFAULT_MTTR_MINUTES.doubleValue();
            }
            double sigma = m == null || m.lognormalSigma() == null ? DEFAULT_SIGMA.doubleValue()
                    : positive(m.lognormalSigma(), path + ".lognormalSigma", "1");
            double margin = m == null || m.engineeringMarginPercent() == null ? 0 : m.engineeringMarginPercent().doubleValue();
            if (margin < 0 || margin > 100) {
                throw new IllegalArgumentException("The engineering margin must be from 0 to 100 (" + path
                        + ".engineeringMarginPercent is " + margin + "); e.g. 20 for 20% less downtime than allowed");
            }
            return new Outages(durations, mttr, mtbf, sigma, margin);
        }

        private static double positive(BigDecimal value, String path, String example) {
            if (value.signum() <= 0) {
                throw new IllegalArgumentException(path + " must be above 0 (it is " + value.toPlainString() + "); e.g. " + example);
            }
            return value.doubleValue();
        }

        /** The Poisson rate and mean outage length that make the expected downtime what the provider engineers for. */
        double[] rateAndMean(double windowMinutes, BigDecimal allowedMinutes) {
            double expected = margin == 0 ? allowedMinutes.doubleValue() : allowedMinutes.doubleValue() * (1 - margin / 100);
            if (mttr != null) {
                return new double[] {expected / mttr, mttr};
            }
            double rate = windowMinutes / (60 * mtbfHours);
            return new double[] {rate, rate > 0 ? expected / rate : 0};
        }
    }
}
