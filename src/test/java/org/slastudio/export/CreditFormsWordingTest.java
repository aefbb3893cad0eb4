package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.MinimumCreditRule;
import org.slastudio.model.Money;
import org.slastudio.model.TierBound;
import org.slastudio.store.Draft;

/** The PDF states the credit forms of published SLAs in contract language. */
class CreditFormsWordingTest {
    private static final ZonedDateTime ISSUED = ZonedDateTime.of(2026, 1, 5, 10, 0, 0, 0, ZoneId.of("Europe/London"));

    private static String pdf(MinimumCreditRule rule, BigDecimal capDays, BigDecimal multiple) {
        Agreement example = ExportedPdf.example().agreement();
        CreditRegime r = example.creditRegime();
        List<CreditTier> tiers = new ArrayList<>(r.tiers());
        if (multiple != null) {
            tiers.set(0, new CreditTier(tiers.get(0).lower(), tiers.get(0).upper(), null, null, multiple));
        }
        Money minimum = new Money(new BigDecimal("1.00"), example.overview().currency());
        CreditRegime changed = new CreditRegime(tiers, r.feeBasis(), r.monthlyCapPercent(), r.rollingTwelveMonthCapPercent(),
                r.atRisk(), minimum, r.earnBack(), r.claimDeadline(), r.soleRemedy(), r.trigger(), rule, capDays);
        String text = String.join("\n", ExportedPdf.read(ExportedPdf.export(Draft.of(example.withCreditRegime(changed)),
                new ExportOptions(false, ISSUED, Locale.UK))).pages());
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void aMinimumOfAtLeastKeepsTheOlderSentence() {
        assertThat(pdf(null, null, null)).contains("Service Credits of less than ").contains(" are not issued.")
                .doesNotContain("is issued only where it exceeds");
    }

    @Test
    void aMinimumThatMustBeExceededSaysSo() {
        // AWS: a credit is issued only if it is "greater than one dollar"
        assertThat(pdf(MinimumCreditRule.MORE_THAN, null, null))
                .contains("A Service Credit is issued only where it exceeds ").contains(", compared before rounding.")
                .doesNotContain("Service Credits of less than");
    }

    @Test
    void aCapInDaysOfFeesStatesItsReading() {
        // GitHub: "limited to 30 days of paid service, per quarter", read as 30/92 of a 92-day quarter's fees
        assertThat(pdf(null, new BigDecimal("30"), null)).contains("Service Credits for any one Measurement Period shall not "
                + "exceed the fees for 30 days, being the monthly fee for the affected Service for that period multiplied by 30 "
                + "and divided by the number of calendar days in that period.");
    }

    @Test
    void aTierProportionalToTheDowntimeValuesEachHour() {
        // Slack: 10 times the amount paid for the downtime
        assertThat(pdf(null, null, new BigDecimal("10"))).contains("10 times the fees for the Downtime, each hour of Downtime "
                + "valued at the monthly fee for the affected Service for the Measurement Period divided by its hours in the "
                + "Availability Window");
    }
}
