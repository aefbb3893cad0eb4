package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.MinimumCreditRule;
import org.slastudio.model.Money;
import org.slastudio.model.Service;
import org.slastudio.model.TierBound;

/** The credit forms of published SLAs (docs/published-slas.md, concept 8), worked by hand. */
class CreditFormsTest {
    private static final MathContext CUT = new MathContext(34, RoundingMode.DOWN);

    private static CreditRegime regime(List<CreditTier> tiers, String capDays, Money minimum, MinimumCreditRule rule) {
        return new CreditRegime(tiers, FeeBasis.AFFECTED_SERVICE, null, null, null, minimum, null, null, false, null,
                rule, capDays == null ? null : new BigDecimal(capDays));
    }

    private static CreditTier percent(String upper, String credit) {
        return new CreditTier(null, TierBound.exclusive(upper), new BigDecimal(credit), null);
    }

    private static CreditTier multiple(String upper, String times) {
        return new CreditTier(null, TierBound.exclusive(upper), null, null, new BigDecimal(times));
    }

    /** Availability of a window of {@code minutes} with {@code down} minutes down, cut at 34 digits as the engine cuts it. */
    private static BigDecimal availability(long minutes, String down) {
        BigDecimal total = BigDecimal.valueOf(minutes);
        return total.subtract(new BigDecimal(down)).multiply(BigDecimal.valueOf(100)).divide(total, CUT);
    }

    private static CreditCalculation credit(CreditRegime regime, String fee, MeasurementPeriodRange period,
                                            BigDecimal availability) {
        Service s = Credits.service("svc", fee, "USD");
        return CreditCalculation.calculate(CreditCase.of(regime, s, List.of(s), period, availability));
    }

    @ParameterizedTest(name = "fee USD {0}, {1}: raw {2}, issued USD {3}")
    @CsvSource({
            // AWS-4 (Amazon Compute SLA, credits only where "greater than one dollar"): 10% tier, minimum USD 1.
            "9.99, MORE_THAN, 0.999, 0.00",
            // exactly USD 1.00 is not greater than USD 1
            "10.00, MORE_THAN, 1.000, 0.00",
            // a hair above: USD 1.001 passes before rounding, issued as USD 1.00
            "10.01, MORE_THAN, 1.001, 1.00",
            "10.05, MORE_THAN, 1.005, 1.01",
            // today's reading, "credits of less than USD 1 are not issued": exactly the minimum is issued
            "9.99, AT_LEAST, 0.999, 0.00",
            "10.00, AT_LEAST, 1.000, 1.00",
            // left out, the rule is at least: the meaning of every older draft
            "10.00, , 1.000, 1.00",
    })
    void theMinimumCreditIsComparedExactlyWithItsInclusivity(String fee, MinimumCreditRule rule, BigDecimal raw,
                                                             BigDecimal issued) {
        CreditRegime r = regime(List.of(percent("99.99", "10")), null, Money.of("1.00", "USD"), rule);
        CreditCalculation c = credit(r, fee, MeasurementPeriodRange.calendarMonth(YearMonth.of(2026, 5)),
                availability(44_640, "5"));
        assertThat(c.credit().amount()).isEqualByComparingTo(issued);
        assertThat(c.steps()).anyMatch(s -> s.rule().equals("minimum credit"));
        if (issued.signum() == 0) {
            assertThat(c.steps().stream().filter(s -> s.rule().equals("minimum credit")).findFirst().orElseThrow()
                    .explanation()).contains("nothing is issued");
        } else {
            assertThat(c.exactCredit()).isEqualByComparingTo(raw);
        }
    }

    @ParameterizedTest(name = "{0}: {1} x fees for {3} min of {2}: USD {5}")
    @CsvSource({
            // SL-1 (Slack SLA 2024, 10 times the amount paid for the downtime): calendar Q1 2026, 129,600 minutes,
            // 13 minutes down, USD 7,500.00 a quarter: 10 x 13 x 7,500 / 129,600 = 7.523148...
            "SL-1, 10, Q1, 13, 2500.00, 7.52",
            // SL-2: 12 minutes is 99.990740...%, not below 99.99%: no tier, no credit
            "SL-2, 10, Q1, 12, 2500.00, 0.00",
            // DO-1 (DigitalOcean Droplet SLA, "100% of lost time at the hourly rate"): May 2026, USD 0.50 an hour =
            // USD 372.00 for 744 hours; 10 minutes down: 1 x 372 x 10 / 44,640 = 0.083333...
            "DO-1, 1, 2026-05, 10, 372.00, 0.08",
            // the same 10 minutes in June (720 hours, USD 360.00 at USD 0.50 an hour): 360 x 10 / 43,200 = 0.083333...
            "DO-1 June, 1, 2026-06, 10, 360.00, 0.08",
            // GH-1 priced on the whole outage (GitHub's 25x is of the excess over the allowance, not modelled):
            // Q1 2026, 100 minutes, USD 6,300.00: 25 x 100 x 6,300 / 129,600 = 121.527...
            "GH-1 whole outage, 25, Q1, 100, 2100.00, 121.53",
    })
    void aCreditProportionalToTheDowntimeIsTheMultipleOfTheFeesForIt(String name, String times, String period,
                                                                     String down, String monthlyFee, BigDecimal usd) {
        MeasurementPeriodRange range = period.equals("Q1") ? MeasurementPeriodRange.quarter(2026, 1)
                : MeasurementPeriodRange.calendarMonth(YearMonth.parse(period));
        long minutes = range.days() * 24 * 60;
        CreditRegime r = regime(List.of(multiple(period.equals("Q1") ? "99.99" : "99.99", times)), null, null, null);
        CreditCalculation c = credit(r, monthlyFee, range, availability(minutes, down));
        assertThat(c.credit().amount()).as(name).isEqualByComparingTo(usd);
        if (usd.signum() > 0) {
            assertThat(c.steps().get(0).explanation()).as(name).contains(times + " times the fees for the downtime");
        }
    }

    @ParameterizedTest(name = "{0}: cap {1} days in {2}: USD {4}")
    @CsvSource({
            // GH-3 (GitHub, "limited to 30 days of paid service, per quarter"): Q3 2026 (92 days), USD 6,300.00,
            // 3,000 minutes down at 25x = 3,566.30 uncapped. Reading A, the one chosen: 30/92 of the quarter's fees =
            // 2,054.3478..., issued as USD 2,054.34 since rounding up would pass the cap (reading B, one month's fee,
            // would be USD 2,100.00).
            "GH-3, 30, Q3, 3000, 2054.34",
            // a 31-day month: 30/31 of USD 1,000.00 = 967.7419... under a 100% tier
            "31-day month, 30, 2026-05, 44640, 967.74",
            // a 28-day month: 30/28 of the fee is above it, so the 100% credit is paid whole
            "28-day month, 30, 2026-02, 40320, 1000.00",
            // the cap edge: in a 30-day month 30 days of fees is the fee itself, and a 100% credit meets it exactly
            "30-day month, 30, 2026-06, 43200, 1000.00",
            // one day less: 29/30 of USD 1,000.00 = 966.666..., rounded down to stay within the cap
            "30-day month less a day, 29, 2026-06, 43200, 966.66",
    })
    void aCapOfDaysOfFeesIsTheFeeTimesTheDaysOverTheDaysInThePeriod(String name, String days, String period, String down,
                                                                    BigDecimal usd) {
        boolean quarter = period.equals("Q3");
        MeasurementPeriodRange range = quarter ? MeasurementPeriodRange.quarter(2026, 3)
                : MeasurementPeriodRange.calendarMonth(YearMonth.parse(period));
        long minutes = range.days() * 24 * 60;
        CreditTier tier = quarter ? multiple("99.95", "25") : percent("99.9", "100");
        CreditRegime r = regime(List.of(tier), days, null, null);
        CreditCalculation c = credit(r, quarter ? "2100.00" : "1000.00", range, availability(minutes, down));
        assertThat(c.credit().amount()).as(name).isEqualByComparingTo(usd);
        assertThat(c.steps()).as(name).anyMatch(s -> s.rule().equals("days cap")
                && s.explanation().contains("/ " + range.days() + " days in the period"));
    }

    @ParameterizedTest(name = "February measured as 30 days, cap {0} days: USD {1}")
    @CsvSource({"30, 1000.00", "15, 500.00"})
    void aMonthMeasuredAsThirtyDaysCountsThirtyDaysForTheCap(String days, BigDecimal usd) {
        MeasurementPeriodRange feb = MeasurementPeriodRange.calendarMonthAsThirtyDays(YearMonth.of(2026, 2));
        CreditRegime r = regime(List.of(percent("99.9", "100")), days, null, null);
        CreditCalculation c = credit(r, "1000.00", feb, new BigDecimal("90"));
        assertThat(c.credit().amount()).isEqualByComparingTo(usd);
    }
}
