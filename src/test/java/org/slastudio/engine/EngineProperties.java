package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.AtRiskAmount;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClockStart;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Money;
import org.slastudio.model.PoolAllocation;
import org.slastudio.model.Service;
import org.slastudio.model.TierBound;

/** Properties over many cases drawn from a seeded Random (see docs/adr/0001-no-jqwik.md); the seed names the case. */
class EngineProperties {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final MeasurementPeriodRange MARCH = MeasurementPeriodRange.parse("2025-03");
    private static final Instant FROM = Instant.parse("2025-02-20T00:00:00Z");
    private static final List<AvailabilityWindow> WINDOWS = List.of(
            Windows.twentyFourSeven("Europe/Berlin"),
            Windows.of("Mon-Fri 08:00-18:00", "Europe/Berlin", "2025-03-17"),
            Windows.withMaintenance(Windows.of("Mon-Sun 22:00-06:00", "America/New_York"), "Sun 01:00-03:00"));

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void availabilityStaysWithinZeroToHundred(long seed) {
        Random random = new Random(seed);
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(WINDOWS.get(random.nextInt(WINDOWS.size())),
                rule(random), BERLIN, MARCH, outages(random));
        assertThat(m.availabilityPercent()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThat(m.downtime()).isLessThanOrEqualTo(m.windowTime());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anotherOutageNeverGivesAHigherAvailability(long seed) {
        Random random = new Random(seed);
        AvailabilityWindow window = WINDOWS.get(random.nextInt(WINDOWS.size()));
        MeasurementRule rule = rule(random);
        List<Outage> outages = outages(random);
        List<Outage> worse = new ArrayList<>(outages);
        worse.add(outage(random));
        AvailabilityMeasurement before = AvailabilityMeasurement.measure(window, rule, BERLIN, MARCH, outages);
        AvailabilityMeasurement after = AvailabilityMeasurement.measure(window, rule, BERLIN, MARCH, worse);
        assertThat(after.downtime()).isGreaterThanOrEqualTo(before.downtime());
        assertThat(after.availabilityPercent()).isLessThanOrEqualTo(before.availabilityPercent());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void moreDowntimeNeverGivesALowerCredit(long seed) {
        Random random = new Random(seed);
        Service s = Credits.service("s", decimal(random, 100, 1_000_000, 2).toPlainString(), "EUR");
        CreditRegime regime = Credits.withMinimum(Credits.withCaps(Credits.regime(Credits.ladder()), "30", "20"),
                Money.of("25", "EUR"));
        BigDecimal a = availability(random);
        BigDecimal b = availability(random);
        BigDecimal creditHigh = credit(regime, s, a.max(b));
        BigDecimal creditLow = credit(regime, s, a.min(b));
        assertThat(creditLow).isGreaterThanOrEqualTo(creditHigh);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void creditsNeverExceedTheCaps(long seed) {
        Random random = new Random(seed);
        BigDecimal fee = decimal(random, 1, 1_000_000, 2);
        BigDecimal monthlyCap = decimal(random, 0, 100_000, 3);
        BigDecimal rollingCap = decimal(random, 0, 100_000, 3);
        BigDecimal atRisk = decimal(random, 0, 50_000, 3);
        BigDecimal earlier = decimal(random, 0, 5_000_000, 3);
        BigDecimal others = decimal(random, 0, 500_000, 3);
        Service s = Credits.service("s", fee.toPlainString(), "EUR");
        Service t = Credits.service("t", "1000", "EUR");
        CreditRegime regime = Credits.withAtRisk(Credits.withCaps(Credits.regime(List.of(Credits.tier(null,
                                TierBound.exclusive("99.9"), decimal(random, 0, 300_000, 3).toPlainString()))),
                        monthlyCap.toPlainString(), rollingCap.toPlainString()),
                FeeBasis.AFFECTED_SERVICE, new AtRiskAmount(atRisk, List.of(new PoolAllocation("s", BigDecimal.valueOf(100)))));
        CreditCase c = CreditCase.of(regime, s, List.of(s, t), MARCH, availability(random).min(new BigDecimal("99.8")))
                .withEarlierCredits(List.of(new EarlierCredit(MARCH.previous(), null, earlier)))
                .withOtherServicesCredits(others);
        BigDecimal credit = CreditCalculation.calculate(c).credit().amount();

        BigDecimal monthlyLimit = fee.multiply(monthlyCap).movePointLeft(2);
        BigDecimal rollingLimit = fee.multiply(BigDecimal.valueOf(12)).multiply(rollingCap).movePointLeft(2).subtract(earlier);
        BigDecimal atRiskLimit = fee.add(BigDecimal.valueOf(1000)).multiply(atRisk).movePointLeft(2).subtract(others);
        assertThat(credit).isGreaterThanOrEqualTo(BigDecimal.ZERO)
                .isLessThanOrEqualTo(monthlyLimit)
                .isLessThanOrEqualTo(rollingLimit.max(BigDecimal.ZERO))
                .isLessThanOrEqualTo(atRiskLimit.max(BigDecimal.ZERO));
    }

    private static BigDecimal credit(CreditRegime regime, Service s, BigDecimal availability) {
        return CreditCalculation.calculate(CreditCase.of(regime, s, List.of(s), MARCH, availability)).credit().amount();
    }

    /** Mostly near the tier edges, where mistakes hide. */
    private static BigDecimal availability(Random random) {
        return random.nextBoolean() ? decimal(random, 9_400_000, 10_000_000, 5) : decimal(random, 0, 100, 0);
    }

    /** A decimal from {@code min} to {@code max} units of 10^-scale. */
    private static BigDecimal decimal(Random random, long min, long max, int scale) {
        return BigDecimal.valueOf(min + (long) (random.nextDouble() * (max - min + 1)), scale);
    }

    private static MeasurementRule rule(Random random) {
        return new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, random.nextInt(31),
                random.nextBoolean() ? ClockStart.AT_FAULT_REPORT : ClockStart.AT_FAILURE, false);
    }

    private static List<Outage> outages(Random random) {
        List<Outage> list = new ArrayList<>();
        int count = random.nextInt(41);
        for (int i = 0; i < count; i++) {
            list.add(outage(random));
        }
        return list;
    }

    /** From late February to early April, up to a week long, some reported late. */
    private static Outage outage(Random random) {
        Instant start = FROM.plusSeconds((long) (random.nextDouble() * Duration.ofDays(48).toSeconds()));
        Instant end = start.plusSeconds((long) (random.nextDouble() * Duration.ofDays(random.nextBoolean() ? 1 : 7).toSeconds()));
        Instant reported = random.nextInt(3) == 0 ? null : start.plusSeconds(random.nextInt(86_400) - 3_600);
        return new Outage(start, end, reported, random.nextBoolean());
    }
}
