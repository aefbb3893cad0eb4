package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.store.DraftStore;

/**
 * A year of periods worked out in order, by hand: the rolling 12-month cap binding in month 9, earn-back earned in
 * one month and lost in another, an at-risk amount shared by three services, and claim deadlines passed or not on the
 * day the history is read.
 */
class TermHistoryTest {

    /** EUR 1,000 a month per service, 99.9% around the clock in UTC; 10% below 99.9%, 25% below 99.0%, 50% below 95%. */
    static Agreement agreement(String regimeExtras, String... serviceIds) {
        StringBuilder services = new StringBuilder();
        for (String id : serviceIds) {
            services.append(services.isEmpty() ? "" : ",").append("""
                    {"id": "%s", "name": "Service %s", "providerId": "p", "recipientId": "c",
                     "monthlyFee": {"amount": 1000.00, "currency": "EUR"},
                     "levels": [{"windowId": "24x7", "targetPercent": 99.9, "creditBearing": true}],
                     "measurement": {"method": "time-based", "minimumOutageMinutes": 0, "clockStart": "at-failure"}}
                    """.formatted(id, id));
        }
        String json = """
                {"schemaVersion": 2,
                 "overview": {"title": "History", "effectiveDate": "2026-01-01", "currency": "EUR",
                              "measurementPeriod": "calendar-month", "timeZone": "UTC"},
                 "parties": [{"id": "p", "role": "provider", "legalName": "P Ltd"}, {"id": "c", "role": "customer", "legalName": "C Ltd"}],
                 "services": [%s],
                 "windows": [{"id": "24x7", "name": "24x7", "zone": "UTC",
                              "hours": [{"days": ["monday","tuesday","wednesday","thursday","friday","saturday","sunday"], "from": "00:00", "until": "00:00"}]}],
                 "creditRegime": {"tiers": [
                     {"lower": {"percent": 99.0, "inclusive": true}, "upper": {"percent": 99.9, "inclusive": false}, "creditPercent": 10},
                     {"lower": {"percent": 95.0, "inclusive": true}, "upper": {"percent": 99.0, "inclusive": false}, "creditPercent": 25},
                     {"upper": {"percent": 95.0, "inclusive": false}, "creditPercent": 50}]
                     %s}}
                """.formatted(services, regimeExtras);
        var loaded = DraftStore.read(json);
        assertThat(loaded.problems()).as("the test's draft").noneMatch(p -> p.fatal());
        return loaded.draft().agreement();
    }

    static List<MeasurementPeriodRange> year2026() {
        List<MeasurementPeriodRange> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(MeasurementPeriodRange.calendarMonth(YearMonth.of(2026, m)));
        }
        return months;
    }

    /** An outage of so many minutes starting at 10:00 UTC on the 10th of the month. */
    static Outage outage(int month, int minutes) {
        Instant start = Instant.parse("2026-%02d-10T10:00:00Z".formatted(month));
        return Outage.unplanned(start, start.plusSeconds(60L * minutes));
    }

    static List<TermHistory.Entry> history(Agreement agreement, Map<String, List<Outage>> outages, LocalDate asOf) {
        return TermHistory.of(agreement, agreement.services(), year2026(),
                s -> new TermHistory.Records(outages.getOrDefault(s.id(), List.of()), null, null), asOf);
    }

    static List<String> owed(List<TermHistory.Entry> entries, String serviceId) {
        return entries.stream().filter(e -> e.service().id().equals(serviceId)).map(e -> e.owed().toPlainString()).toList();
    }

    @Test
    void theRollingTwelveMonthCapBindsInMonthNine() {
        // Cap 10% of the fees paid in the last twelve months: EUR 100 x months so far. Two hours down in each of
        // January to August (99.73% in a 31-day month, 99.70% in February, 99.72% in a 30-day one: 10%, EUR 100) use
        // it exactly: in August EUR 700 credited of a cap of EUR 800 leaves EUR 100, the whole credit. Ten hours down
        // in September (600 of 43,200 minutes: 98.61%, 25%, EUR 250) meet a cap of EUR 900 with EUR 800 credited:
        // EUR 100 is paid. October, with the cap at EUR 1,000 and EUR 900 credited, pays its EUR 100 in full.
        Agreement a = agreement(", \"rollingTwelveMonthCapPercent\": 10", "a");
        List<Outage> outages = new ArrayList<>();
        for (int m = 1; m <= 8; m++) {
            outages.add(outage(m, 120));
        }
        outages.add(outage(9, 600));
        outages.add(outage(10, 120));

        List<TermHistory.Entry> entries = history(a, Map.of("a", outages), LocalDate.of(2027, 1, 15));

        assertThat(owed(entries, "a")).containsExactly("100.00", "100.00", "100.00", "100.00", "100.00", "100.00", "100.00",
                "100.00", "100.00", "100.00", "0.00", "0.00");
        assertThat(entries.get(0).credit().explanation()).contains("the 12-month cap is 10% of EUR 1,000.00 (1 period) = "
                + "EUR 100.00; EUR 0.00 already credited leaves EUR 100.00: within it");
        TermHistory.Entry august = entries.get(7);
        assertThat(august.credit().explanation()).contains("EUR 700.00 already credited leaves EUR 100.00: within it");
        TermHistory.Entry september = entries.get(8);
        assertThat(september.credit().tier()).isEqualTo(2);
        assertThat(september.measured().availabilityPercent().setScale(10, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("98.6111111111");
        assertThat(september.credit().explanation()).contains("the 12-month cap is 10% of EUR 9,000.00 (9 periods) = "
                + "EUR 900.00; EUR 800.00 already credited leaves EUR 100.00: credit reduced to EUR 100.00");
    }

    @Test
    void earnBackIsEarnedWhereTheNextPeriodMeetsTheTargetAndLostWhereItDoesNot() {
        // One following period at the target earns the credit back. March's two hours are earned back by a clean
        // April; May's are not, June falling short too; June's are earned back by July; December's wait on January.
        Agreement a = agreement(", \"earnBack\": {\"followingPeriods\": 1}", "a");
        List<Outage> outages = List.of(outage(3, 120), outage(5, 120), outage(6, 120), outage(12, 120));

        List<TermHistory.Entry> entries = history(a, Map.of("a", outages), LocalDate.of(2027, 1, 15));

        assertThat(owed(entries, "a")).containsExactly("0.00", "0.00", "0.00", "0.00", "100.00", "0.00", "0.00", "0.00",
                "0.00", "0.00", "0.00", "100.00");
        assertThat(entries.get(2).credit().earnBack()).isEqualTo(CreditCalculation.EarnBackOutcome.EARNED_BACK);
        assertThat(entries.get(4).credit().earnBack()).isEqualTo(CreditCalculation.EarnBackOutcome.LOST);
        assertThat(entries.get(5).credit().earnBack()).isEqualTo(CreditCalculation.EarnBackOutcome.EARNED_BACK);
        assertThat(entries.get(11).credit().earnBack()).isEqualTo(CreditCalculation.EarnBackOutcome.PENDING);
        assertThat(entries.get(0).credit().earnBack()).isEqualTo(CreditCalculation.EarnBackOutcome.NONE);
        assertThat(entries.get(4).credit().explanation()).contains("not earned back: 2026-06 at 99.7222");
    }

    @Test
    void aCreditEarnedBackDoesNotCountAgainstTheRollingCap() {
        // Cap 10%, earn-back by one period at the target. January's EUR 100 is earned back by a clean February. Ten
        // hours down in March, April and May (25%, EUR 250 each): March meets a cap of EUR 300 with nothing credited
        // (January's was earned back) and pays EUR 250, April falling short; April meets EUR 400 less 250 and pays EUR
        // 150, May falling short; May's EUR 100 (EUR 500 less 400) is earned back by a clean June.
        Agreement a = agreement(", \"rollingTwelveMonthCapPercent\": 10, \"earnBack\": {\"followingPeriods\": 1}", "a");
        List<Outage> outages = List.of(outage(1, 120), outage(3, 600), outage(4, 600), outage(5, 600));

        List<TermHistory.Entry> entries = history(a, Map.of("a", outages), LocalDate.of(2027, 1, 15));

        assertThat(owed(entries, "a").subList(0, 6)).containsExactly("0.00", "0.00", "250.00", "150.00", "0.00", "0.00");
        assertThat(entries.get(4).credit().explanation()).contains("EUR 400.00 already credited leaves EUR 100.00");
        assertThat(entries.get(4).credit().earnBack()).isEqualTo(CreditCalculation.EarnBackOutcome.EARNED_BACK);
    }

    @Test
    void theAtRiskAmountIsSharedByThreeServicesInTheAgreementsOrder() {
        // 10% of the monthly charges of EUR 3,000 is at risk: EUR 300. A miss costs all of a service's allocation
        // (100% below 99.9%): A 50% = EUR 150, B 30% = EUR 90, C 40% = EUR 120. In June all three miss: A takes 150,
        // B 90 (60 left), C is cut to the EUR 60 left. In July only C misses and takes its EUR 120.
        Agreement a = agreement("""
                , "feeBasis": "at-risk-amount",
                  "atRisk": {"percentOfMonthlyCharges": 10, "allocations": [
                      {"serviceId": "a", "percent": 50}, {"serviceId": "b", "percent": 30}, {"serviceId": "c", "percent": 40}]}
                """, "a", "b", "c");
        Agreement missCostsAll = a.withCreditRegime(a.creditRegime().withTiers(List.of(new org.slastudio.model.CreditTier(
                null, new org.slastudio.model.TierBound(new java.math.BigDecimal("99.9"), false), new java.math.BigDecimal("100"),
                null, null))));
        Map<String, List<Outage>> outages = Map.of("a", List.of(outage(6, 120)), "b", List.of(outage(6, 120)),
                "c", List.of(outage(6, 120), outage(7, 120)));

        List<TermHistory.Entry> entries = history(missCostsAll, outages, LocalDate.of(2027, 1, 15));

        assertThat(owed(entries, "a").get(5)).isEqualTo("150.00");
        assertThat(owed(entries, "b").get(5)).isEqualTo("90.00");
        assertThat(owed(entries, "c").get(5)).isEqualTo("60.00");
        assertThat(owed(entries, "c").get(6)).isEqualTo("120.00");
        TermHistory.Entry cInJune = entries.stream().filter(e -> e.service().id().equals("c") && e.period().label().equals("2026-06"))
                .findFirst().orElseThrow();
        assertThat(cInJune.credit().explanation()).contains("the at-risk amount is EUR 300.00 per period; other services' "
                + "credits take EUR 240.00, leaving EUR 60.00: credit reduced to EUR 60.00");
    }

    @Test
    void aClaimDeadlineHasPassedTheDayAfterItsLastDay() {
        // Within 30 days after the end of the month: January's credit may be claimed until 2 March 2026.
        Agreement a = agreement(", \"claimDeadline\": {\"rule\": \"days-after-period-end\", \"count\": 30}", "a");
        Map<String, List<Outage>> outages = Map.of("a", List.of(outage(1, 120), outage(2, 120)));

        TermHistory.Entry onTheLastDay = history(a, outages, LocalDate.of(2026, 3, 2)).get(0);
        TermHistory.Entry dayAfter = history(a, outages, LocalDate.of(2026, 3, 3)).get(0);
        TermHistory.Entry february = history(a, outages, LocalDate.of(2026, 3, 3)).get(1);

        assertThat(onTheLastDay.claimBy()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(onTheLastDay.claimClosed()).isFalse();
        assertThat(dayAfter.claimClosed()).isTrue();
        // February has 28 days: until 30 March.
        assertThat(february.claimBy()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(february.claimClosed()).isFalse();
    }

    @Test
    void anOutageAcrossAMonthEndCountsInBothMonths() {
        // 23:00 on 31 March to 01:00 on 1 April UTC: an hour in each month, 60 of 44,640 and of 43,200 minutes.
        Agreement a = agreement("", "a");
        Outage across = Outage.unplanned(Instant.parse("2026-03-31T23:00:00Z"), Instant.parse("2026-04-01T01:00:00Z"));

        List<TermHistory.Entry> entries = history(a, Map.of("a", List.of(across)), LocalDate.of(2027, 1, 1));

        assertThat(entries.get(2).measured().availabilityPercent().setScale(10, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("99.8655913978");
        assertThat(entries.get(3).measured().availabilityPercent().setScale(10, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("99.8611111111");
        assertThat(owed(entries, "a").subList(2, 4)).containsExactly("100.00", "100.00");
    }

}
