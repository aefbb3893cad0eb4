package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
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

class EngineProperties {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final MeasurementPeriodRange MARCH = MeasurementPeriodRange.parse("2025-03");
    private static final Instant FROM = Instant.parse("2025-02-20T00:00:00Z");
    private static final List<AvailabilityWindow> WINDOWS = List.of(
            Windows.twentyFourSeven("Europe/Berlin"),
            Windows.of("Mon-Fri 08:00-18:00", "Europe/Berlin", "2025-03-17"),
            Windows.withMaintenance(Windows.of("Mon-Sun 22:00-06:00", "America/New_York"), "Sun 01:00-03:00"));

    @Property
    void availabilityStaysWithinZeroToHundred(@ForAll("outages") List<Outage> outages, @ForAll @IntRange(max = 2) int window,
                                              @ForAll @IntRange(max = 30) int minimum, @ForAll boolean fromReport) {
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(WINDOWS.get(window), rule(minimum, fromReport), BERLIN,
                MARCH, outages);
        assertThat(m.availabilityPercent()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThat(m.downtime()).isLessThanOrEqualTo(m.windowTime());
    }

    @Property
    void anotherOutageNeverGivesAHigherAvailability(@ForAll("outages") List<Outage> outages, @ForAll("outage") Outage more,
                                                    @ForAll @IntRange(max = 2) int window,
                                                    @ForAll @IntRange(max = 30) int minimum, @ForAll boolean fromReport) {
        MeasurementRule rule = rule(minimum, fromReport);
        List<Outage> worse = new ArrayList<>(outages);
        worse.add(more);
        AvailabilityMeasurement before = AvailabilityMeasurement.measure(WINDOWS.get(window), rule, BERLIN, MARCH, outages);
        AvailabilityMeasurement after = AvailabilityMeasurement.measure(WINDOWS.get(window), rule, BERLIN, MARCH, worse);
        assertThat(after.downtime()).isGreaterThanOrEqualTo(before.downtime());
        assertThat(after.availabilityPercent()).isLessThanOrEqualTo(before.availabilityPercent());
    }

    @Property
    void moreDowntimeNeverGivesALowerCredit(@ForAll @BigRange(min = "0", max = "100") @Scale(4) BigDecimal better,
                                            @ForAll @BigRange(min = "0", max = "100") @Scale(4) BigDecimal worse,
                                            @ForAll @BigRange(min = "1", max = "10000") @Scale(2) BigDecimal fee) {
        Service s = Credits.service("s", fee.toPlainString(), "EUR");
        CreditRegime regime = Credits.withMinimum(Credits.withCaps(Credits.regime(Credits.ladder()), "30", "20"),
                Money.of("25", "EUR"));
        BigDecimal high = better.max(worse);
        BigDecimal low = better.min(worse);
        BigDecimal creditHigh = CreditCalculation.calculate(CreditCase.of(regime, s, List.of(s), MARCH, high)).credit().amount();
        BigDecimal creditLow = CreditCalculation.calculate(CreditCase.of(regime, s, List.of(s), MARCH, low)).credit().amount();
        assertThat(creditLow).isGreaterThanOrEqualTo(creditHigh);
    }

    @Property
    void creditsNeverExceedTheCaps(@ForAll @BigRange(min = "0", max = "300") @Scale(3) BigDecimal tierPercent,
                                   @ForAll @BigRange(min = "0", max = "100") @Scale(3) BigDecimal monthlyCap,
                                   @ForAll @BigRange(min = "0", max = "100") @Scale(3) BigDecimal rollingCap,
                                   @ForAll @BigRange(min = "0", max = "50") @Scale(3) BigDecimal atRisk,
                                   @ForAll @BigRange(min = "0.01", max = "10000") @Scale(2) BigDecimal fee,
                                   @ForAll @BigRange(min = "0", max = "5000") @Scale(3) BigDecimal earlier,
                                   @ForAll @BigRange(min = "0", max = "500") @Scale(3) BigDecimal others) {
        Service s = Credits.service("s", fee.toPlainString(), "EUR");
        Service t = Credits.service("t", "1000", "EUR");
        CreditRegime regime = Credits.withAtRisk(Credits.withCaps(Credits.regime(List.of(
                        Credits.tier(null, TierBound.exclusive("99.9"), tierPercent.toPlainString()))),
                        monthlyCap.toPlainString(), rollingCap.toPlainString()),
                FeeBasis.AFFECTED_SERVICE, new AtRiskAmount(atRisk, List.of(new PoolAllocation("s", BigDecimal.valueOf(100)))));
        CreditCase c = CreditCase.of(regime, s, List.of(s, t), MARCH, new BigDecimal("90"))
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

    private static MeasurementRule rule(int minimum, boolean fromReport) {
        return new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, minimum,
                fromReport ? ClockStart.AT_FAULT_REPORT : ClockStart.AT_FAILURE, false);
    }

    @Provide
    Arbitrary<List<Outage>> outages() {
        return outage().list().ofMaxSize(40);
    }

    /** Outages from late February to early April, up to a week long, some reported late. */
    @Provide
    Arbitrary<Outage> outage() {
        Arbitrary<Long> start = Arbitraries.longs().between(0, Duration.ofDays(48).toSeconds());
        Arbitrary<Long> length = Arbitraries.longs().between(0, Duration.ofDays(7).toSeconds());
        Arbitrary<Long> reportDelay = Arbitraries.longs().between(-3600, Duration.ofDays(1).toSeconds());
        return Combinators.combine(start, length, reportDelay, Arbitraries.of(true, false)).as((s, l, r, planned) -> {
            Instant begin = FROM.plusSeconds(s);
            return new Outage(begin, begin.plusSeconds(l), r < 0 ? null : begin.plusSeconds(r), planned);
        });
    }
}
