package org.slastudio.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.LevelCost;
import org.slastudio.model.Money;
import org.slastudio.model.OutageModel;
import org.slastudio.model.ProviderCost;
import org.slastudio.model.ServiceAssumptions;
import org.slastudio.model.SimulationAssumptions;
import org.slastudio.model.OutageDurations;
import org.slastudio.model.Service;

class SimulatorTest {

    private static Agreement oneService() {
        return Drafts.agreement(Drafts.tiers(), Drafts.service("s", "99.9", 0));
    }

    @Test
    void withNoOutagesNothingIsOwedAndNothingIsLost() {
        // a provider that engineers for 100% less downtime than allowed has none
        Simulator simulator = Simulator.of(oneService(), Drafts.assumptions(OutageDurations.EXPONENTIAL, "60", null, "100"));
        LevelOutlook level = simulator.run(60_000, 7).services().get(0).level(new BigDecimal("99.9"));
        assertThat(level.expectedCreditPerYear().amount()).isEqualByComparingTo("0");
        assertThat(level.creditPerYear95().amount()).isEqualByComparingTo("0");
        assertThat(level.breachProbabilityPerYear()).isEqualByComparingTo("0");
        assertThat(level.expectedCustomerLoss().amount()).isEqualByComparingTo("0");
        assertThat(level.exactCreditPerYear().amount()).isEqualByComparingTo("0");
        assertThat(level.histogram().periodsWithoutCredit()).isEqualTo(60_000L);
    }

    @Test
    void everyOutageOfAKnownLengthEarnsExactlyItsTiersCredit() {
        // At 99.9% with outages of exactly 100 min there are 43.2 / 100 = 0.432 a month. One of them leaves
        // 99.7685...%: tier 1, 10% of EUR 1,000. Up to four (400 min, above 99.0%) earn the same, five to twenty-one
        // (up to 95%) 25%: no simulated month may show any other credit.
        Simulator simulator = Simulator.of(oneService(), Drafts.assumptions(OutageDurations.FIXED, "100", null, null),
                Drafts.levels("99.9"));
        ServiceLevelModel model = simulator.plans().get(0).models().get(0);
        assertThat(model.outages().outagesPerPeriod()[0]).isCloseTo(0.432, Offset.offset(1e-12));
        assertThat(model.schedules().get(0).credit(100)).isEqualTo(100.0);
        LevelOutlook level = simulator.run(240_000, 3).services().get(0).level(new BigDecimal("99.9"));
        assertThat(level.largestCreditPerPeriod().amount()).isEqualByComparingTo("250.00");
        List<Long> bins = level.histogram().periodsPerBin();
        // EUR 100 falls in bin 8 of 20 bins of EUR 12.50, EUR 250 in the last
        for (int i = 0; i < bins.size(); i++) {
            assertThat(bins.get(i) > 0).as("bin %d", i).isEqualTo(i == 8 || i == 19);
        }
        // the months without a credit are the months without an outage
        double withoutCredit = level.histogram().periodsWithoutCredit() / (20_000.0 * 12);
        double p = Math.exp(-0.432);
        assertThat(withoutCredit).isCloseTo(p, Offset.offset(3 * Math.sqrt(p * (1 - p) / 240_000)));
    }

    /**
     * A 99.9% level, one outage a month on average (MTBF 720 h) of exactly the 43.2 min the level allows. One outage
     * meets the target exactly; 2 to 10 (86.4 to 432 min, 99.0% inclusive) earn 10%; 11 to 50 (up to 95% inclusive)
     * 25%; more than 50 the 50% tier, capped at 30%. With k ~ Poisson(1):
     * P(k >= 2) = 1 - 2/e = 0.2642411177, P(k >= 11) = e^-1 (1/11! + 1/12! + ...) = 1.004727e-8, P(k > 50) is nil;
     * the expected monthly credit is 100 x 0.2642411177 + (250 - 100) x 1.004727e-8 = 26.4241132728, a year's 12 times.
     */
    @Test
    void theExpectedCreditUnderPoissonOutagesOfFixedLengthIsTheSumOverTheOutageCount() {
        Simulator simulator = Simulator.of(oneService(), Drafts.assumptions(OutageDurations.FIXED, null, "720", null),
                Drafts.levels("99.9"));
        ServiceLevelModel model = simulator.plans().get(0).models().get(0);
        ExactMethod.Estimate exact = ExactMethod.estimate(model).orElseThrow();
        assertThat(exact.expectedYearlyCredit()).isCloseTo(12 * 26.4241132728, Offset.offset(1e-6));
        assertThat(exact.breachPeriodProbability()).isCloseTo(1 - 2 / Math.E, Offset.offset(1e-12));
        assertThat(exact.breachYearProbability()).isCloseTo(1 - Math.pow(2 / Math.E, 12), Offset.offset(1e-12));

        MonteCarloEstimate mc = MonteCarlo.run(model, 50_000, 11, 0, true, () -> false, new double[50_000], null);
        assertThat(mc.expectedYearlyCredit()).isCloseTo(exact.expectedYearlyCredit(), Offset.offset(3 * mc.yearlyCreditStandardError()));
    }

    @Test
    void capsBoundEveryTrial() {
        // 99% engineered with 8-hour outages: many months fall below 95%, which would earn 50% but is capped at 30%
        Agreement agreement = Drafts.agreement(Drafts.withYearRules(Drafts.tiers(), "20", null, null),
                Drafts.service("s", "99.9", 0));
        Simulator simulator = Simulator.of(agreement, Drafts.assumptions(OutageDurations.EXPONENTIAL, "480", null, null),
                Drafts.levels("95"));
        LevelOutlook level = simulator.run(240_000, 5).services().get(0).level(new BigDecimal("95"));
        assertThat(level.largestCreditPerPeriod().amount()).isEqualByComparingTo("300.00");
        // 20% of twelve months of EUR 1,000
        assertThat(level.largestCreditPerYear().amount()).isEqualByComparingTo("2400.00");
        assertThat(level.creditPerYear95().amount()).isLessThanOrEqualTo(new BigDecimal("2400.00"));
    }

    @Test
    void theSameSeedGivesTheSameNumbersOnOneThreadOrMany() {
        Agreement agreement = Drafts.agreement(Drafts.withYearRules(Drafts.tiers(), "20", "50", 2),
                Drafts.service("a", "99.9", 5), Drafts.service("b", "99.5", 0));
        Simulator simulator = Simulator.of(agreement, null);
        TradeOffTable parallel = simulator.run(10_000, 42, true, () -> false);
        TradeOffTable sequential = simulator.run(10_000, 42, false, () -> false);
        assertThat(parallel).isEqualTo(sequential);
        assertThat(Simulator.of(agreement, null).run(10_000, 42)).isEqualTo(parallel);
        assertThat(simulator.run(10_000, 43).services()).isNotEqualTo(parallel.services());
    }

    @Test
    void aQuickEstimateComesFirstAndARunCanBeCancelled() {
        Simulator simulator = Simulator.of(oneService(), null);
        List<TradeOffTable> results = new ArrayList<>();
        simulator.runProgressively(100_000, 1, () -> false, results::add);
        assertThat(results).extracting(TradeOffTable::trials).containsExactly(Simulator.QUICK_TRIALS, 100_000);

        AtomicInteger checks = new AtomicInteger();
        assertThatThrownBy(() -> simulator.run(100_000, 1, () -> checks.incrementAndGet() > 3))
                .isInstanceOf(CancellationException.class);
    }

    /** Cases for the exact method against the Monte Carlo: level, lengths, MTTR, minimum outage, minimum credit. */
    @ParameterizedTest(name = "{0}% with {1} outages of {2} min, minimum {3} min, minimum credit {4}")
    @CsvSource({
            "99.9, FIXED, 20, 0, ",
            "99.9, FIXED, 20, 30, ",
            "99.5, FIXED, 90, 5, 120",
            "99.9, EXPONENTIAL, 30, 0, ",
            "99.9, EXPONENTIAL, 60, 5, ",
            "99.0, EXPONENTIAL, 120, 10, 120",
            "99.95, EXPONENTIAL, 15, 5, ",
            "95, EXPONENTIAL, 240, 0, 120",
    })
    void theMonteCarloAgreesWithTheExactMethodWithinThreeStandardErrors(String level, OutageDurations durations,
                                                                        String mttr, int minimum, String minimumCredit) {
        Agreement agreement = Drafts.agreement(Drafts.withYearRules(Drafts.tiers(), null, minimumCredit, null),
                Drafts.service("s", "99.9", minimum));
        Simulator simulator = Simulator.of(agreement, Drafts.assumptions(durations, mttr, null, null), Drafts.levels(level));
        ServiceLevelModel model = simulator.plans().get(0).models().get(0);
        ExactMethod.Estimate exact = ExactMethod.estimate(model).orElseThrow();
        int trials = 40_000;
        MonteCarloEstimate mc = MonteCarlo.run(model, trials, 2026, 0, true, () -> false, new double[trials], null);

        // Where credits are too rare for any trial to show one, the sample has no spread; the rule of three bounds
        // what unseen years of at most the largest credits could add.
        double unseen = mc.expectedYearlyCredit() == 0 ? 3.0 / trials * 12 * 300 : 0;
        assertThat(mc.expectedYearlyCredit()).isCloseTo(exact.expectedYearlyCredit(),
                Offset.offset(3 * mc.yearlyCreditStandardError() + unseen + 1e-9));
        double p = exact.breachYearProbability();
        assertThat(mc.breachYearProbability()).isCloseTo(p, Offset.offset(3 * Math.sqrt(p * (1 - p) / trials) + 1e-9));
        // periods of one trial are independent, so all of them count as samples
        double q = exact.breachPeriodProbability();
        assertThat(mc.breachPeriodProbability()).isCloseTo(q, Offset.offset(3 * Math.sqrt(q * (1 - q) / (12.0 * trials)) + 1e-9));
    }

    /** Lognormal lengths against the convolution: level, MTTR, sigma, minimum outage, minimum credit. */
    @ParameterizedTest(name = "{0}% with lognormal outages of {1} min, sigma {2}, minimum {3} min, minimum credit {4}")
    @CsvSource({
            "99.9, 60, 1, 0, ",
            "99.9, 30, 1.5, 5, ",
            "99.5, 120, 0.8, 10, 120",
            "99.0, 240, 1, 0, 120",
            "99.95, 20, 1, 5, ",
    })
    void theMonteCarloAgreesWithTheConvolutionForLognormalLengths(String level, String mttr, String sigma, int minimum,
                                                                  String minimumCredit) {
        Agreement agreement = Drafts.agreement(Drafts.withYearRules(Drafts.tiers(), null, minimumCredit, null),
                Drafts.service("s", "99.9", minimum));
        SimulationAssumptions assumptions = new SimulationAssumptions(List.of(), new OutageModel(OutageDurations.LOGNORMAL,
                new BigDecimal(mttr), null, new BigDecimal(sigma), null), null, List.of(), null, null);
        ServiceLevelModel model = Simulator.of(agreement, assumptions, Drafts.levels(level)).plans().get(0).models().get(0);
        ExactMethod.Estimate exact = ExactMethod.convolution(model, 4000);
        int trials = 40_000;
        MonteCarloEstimate mc = MonteCarlo.run(model, trials, 2027, 0, true, () -> false, new double[trials], null);

        assertThat(mc.expectedYearlyCredit()).isCloseTo(exact.expectedYearlyCredit(),
                Offset.offset(3 * mc.yearlyCreditStandardError() + 1e-9));
        double q = exact.breachPeriodProbability();
        assertThat(mc.breachPeriodProbability()).isCloseTo(q, Offset.offset(3 * Math.sqrt(q * (1 - q) / (12.0 * trials)) + 1e-9));
    }

    @ParameterizedTest(name = "{0}% with exponential outages of {1} min, minimum {2} min")
    @CsvSource({"99.9, 60, 0", "99.5, 30, 5", "99.0, 240, 10"})
    void theConvolutionAgreesWithTheClosedFormWhereBothApply(String level, String mttr, int minimum) {
        Agreement agreement = Drafts.agreement(Drafts.tiers(), Drafts.service("s", "99.9", minimum));
        Simulator simulator = Simulator.of(agreement, Drafts.assumptions(OutageDurations.EXPONENTIAL, mttr, null, null),
                Drafts.levels(level));
        ServiceLevelModel model = simulator.plans().get(0).models().get(0);
        ExactMethod.Estimate closed = ExactMethod.estimate(model).orElseThrow();
        ExactMethod.Estimate convolution = ExactMethod.convolution(model, 4000);
        assertThat(convolution.expectedYearlyCredit()).isCloseTo(closed.expectedYearlyCredit(),
                org.assertj.core.data.Percentage.withPercentage(0.05));
        assertThat(convolution.breachPeriodProbability()).isCloseTo(closed.breachPeriodProbability(), Offset.offset(1e-4));
        assertThat(ExactMethod.normal(1.959963985)).isCloseTo(0.975, Offset.offset(2e-7));
    }

    @Test
    void theExpectedDowntimeMatchesTheEngineeredLevel() {
        // 99.9% of 43,200 min less a 25% margin is 32.4 min a month, 388.8 a year, at EUR 10 a minute
        Simulator simulator = Simulator.of(oneService(), Drafts.assumptions(OutageDurations.LOGNORMAL, "30", null, "25"),
                Drafts.levels("99.9"));
        LevelOutlook level = simulator.run(40_000, 9).services().get(0).level(new BigDecimal("99.9"));
        assertThat(level.expectedCustomerLoss().amount().doubleValue()).isCloseTo(324.0, Offset.offset(324.0 * 0.03));
        assertThat(level.allowedMinutesPerMonth()).isEqualByComparingTo("43.20");
    }

    @Test
    void theProviderCostGrowsByTheMultiplierForEveryNine() {
        // by default the drafted 99.9% costs 70% of the EUR 1,000 fee, and each nine doubles it
        Simulator simulator = Simulator.of(oneService(), null, Drafts.levels("99", "99.9", "99.99"));
        ServiceTradeOff service = simulator.run(4096, 1).services().get(0);
        assertThat(service.level(new BigDecimal("99")).providerCost().amount()).isEqualByComparingTo("350.00");
        assertThat(service.level(new BigDecimal("99.9")).providerCost().amount()).isEqualByComparingTo("700.00");
        assertThat(service.level(new BigDecimal("99.99")).providerCost().amount()).isEqualByComparingTo("1400.00");
        assertThat(service.level(new BigDecimal("99.99")).fee().amount()).isEqualByComparingTo("2000.00");
        LevelOutlook drafted = service.level(new BigDecimal("99.9"));
        assertThat(drafted.marginAtCurrentFee().amount()).isEqualByComparingTo(new BigDecimal("300.00")
                .subtract(drafted.expectedCreditPerMonth().amount()));
    }

    @Test
    void aCostTableWinsOverTheCurveForTheLevelsItNames() {
        ProviderCost cost = new ProviderCost(List.of(new LevelCost(new BigDecimal("99.99"), Money.of("5000.00", "EUR"))),
                Money.of("400.00", "EUR"), new BigDecimal("99"), new BigDecimal("3"));
        SimulationAssumptions assumptions = new SimulationAssumptions(List.of(), null, cost, List.of(), null, null);
        ServiceTradeOff service = Simulator.of(oneService(), assumptions, Drafts.levels("99", "99.9", "99.99"))
                .run(2048, 1).services().get(0);
        assertThat(service.level(new BigDecimal("99")).providerCost().amount()).isEqualByComparingTo("400.00");
        // one nine above the base: three times the cost
        assertThat(service.level(new BigDecimal("99.9")).providerCost().amount()).isEqualByComparingTo("1200.00");
        assertThat(service.level(new BigDecimal("99.99")).providerCost().amount()).isEqualByComparingTo("5000.00");
    }

    @Test
    void aServicesOwnAssumptionsReplaceTheAgreementWideOnes() {
        SimulationAssumptions assumptions = new SimulationAssumptions(Drafts.levels("99", "99.5"),
                new OutageModel(OutageDurations.EXPONENTIAL, new BigDecimal("30"), null, null, null), null,
                List.of(new ServiceAssumptions("b", Drafts.levels("99.95"),
                        new OutageModel(OutageDurations.FIXED, new BigDecimal("10"), null, null, null), null)), null, null);
        Simulator simulator = Simulator.of(Drafts.agreement(Drafts.tiers(), Drafts.service("a", "99.9", 0),
                Drafts.service("b", "99.9", 0)), assumptions);
        assertThat(simulator.plans().get(0).levels()).extracting(BigDecimal::toPlainString).containsExactly("99", "99.5", "99.9");
        assertThat(simulator.plans().get(1).levels()).extracting(BigDecimal::toPlainString).containsExactly("99.9", "99.95");
        assertThat(simulator.plans().get(0).models().get(0).outages().meanMinutes()).isEqualTo(30.0);
        assertThat(simulator.plans().get(1).models().get(0).outages().durations()).isEqualTo(OutageDurations.FIXED);
    }

    @Test
    void aQuarterlyAgreementSimulatesFourQuartersAYear() {
        Agreement monthly = oneService();
        Agreement quarterly = monthly.withOverview(new org.slastudio.model.Overview("Q", null, java.time.LocalDate.of(2026, 1, 1),
                null, "", "", java.util.Currency.getInstance("EUR"), org.slastudio.model.MeasurementPeriod.CALENDAR_QUARTER,
                java.time.ZoneOffset.UTC, "1"));
        ServiceLevelModel model = Simulator.of(quarterly, null, Drafts.levels("99.9")).plans().get(0).models().get(0);
        assertThat(model.periods()).isEqualTo(4);
        // 2026-Q1 is 90 days of 1440 minutes: 99.9% allows 129.6 min
        assertThat(model.schedules().get(0).allowedMinutes()).isEqualTo(129.6);
        // The figure shown is the allowed downtime of the first period of the term, as everywhere: the quarter's 129.6 min
        assertThat(Simulator.of(quarterly, null, Drafts.levels("99.9")).run(400, 1).services().get(0)
                .level(new BigDecimal("99.9")).allowedMinutesPerMonth()).isEqualByComparingTo("129.60");
    }

    @Test
    void aCandidateLevelOfAHundredPercentIsNamedWithItsField() {
        SimulationAssumptions assumptions = new SimulationAssumptions(Drafts.levels("99.9", "100"), null, null, List.of(),
                null, null);
        assertThatThrownBy(() -> Simulator.of(oneService(), assumptions))
                .hasMessageContaining("$.simulationAssumptions.candidateLevels[1]").hasMessageContaining("below 100%");
    }

    @Test
    void aServiceWithoutAFeeIsNamedWithTheFieldToSet() {
        Service noFee = new Service("portal", "Portal", "", null, null, null, null, null,
                Drafts.service("x", "99.9", 0).levels(), null);
        assertThatThrownBy(() -> Simulator.of(Drafts.agreement(Drafts.tiers(), noFee), null))
                .hasMessageContaining("$.services[0].monthlyFee");
    }

    /** The minimum the simulator applies: the agreement's where its method has outages, none where it changes nothing. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}, minimum {1} {2}: {3}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "TIME_BASED                  | 5 | AT_LEAST  | 5      | false",
            "TIME_BASED                  | 5 |           | 5      | false",
            "TIME_BASED                  | 5 | MORE_THAN | 5      | true",
            "INTERVAL_SHARE              | 15| AT_LEAST  | 15     | false",
            "INTERVAL_AVERAGE_ERROR_RATE | 15| AT_LEAST  | 0      | false",
            "REQUEST_COUNTS              | 5 | MORE_THAN | 0      | false",
            "TIME_BASED                  | 0 | MORE_THAN | 0      | false",
    })
    void theMinimumOutageIsPricedWhereTheMethodHasOutages(org.slastudio.model.MeasurementMethod method, int minimum,
                                                          org.slastudio.model.MinimumOutageBound bound, double expected,
                                                          boolean exactLengthLeftOut) {
        double applied = Simulator.minimumMinutes(new org.slastudio.model.MeasurementRule(method, 5, null, minimum, bound,
                org.slastudio.model.ClockStart.AT_FAILURE, false));

        org.assertj.core.api.Assertions.assertThat(applied).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
        // An outage of exactly the minimum (a fixed length) counts where x >= minimum.
        org.assertj.core.api.Assertions.assertThat(expected >= applied).isEqualTo(!exactLengthLeftOut);
    }
}
