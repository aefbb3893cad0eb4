package org.slastudio.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.MinimumCreditRule;

/** The credit forms of published SLAs in a diff, with whom each change favours, and taken over in the next round. */
class CreditFormsDiffTest {
    private static final Agreement OURS = Agreements.valid();

    private static Agreement with(MinimumCreditRule rule, String capDays, String multiple) {
        CreditRegime r = OURS.creditRegime();
        List<CreditTier> tiers = new ArrayList<>(r.tiers());
        if (multiple != null) {
            CreditTier t = tiers.get(0);
            tiers.set(0, new CreditTier(t.lower(), t.upper(), null, null, new BigDecimal(multiple)));
        }
        return OURS.withCreditRegime(new CreditRegime(tiers, r.feeBasis(), r.monthlyCapPercent(),
                r.rollingTwelveMonthCapPercent(), r.atRisk(), r.minimumCredit(), r.earnBack(), r.claimDeadline(),
                r.soleRemedy(), r.trigger(), rule, capDays == null ? null : new BigDecimal(capDays)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // AWS "greater than one dollar": exactly the minimum is no longer issued
            "more than the minimum | AT_LEAST  | MORE_THAN |    |    | A credit of exactly the minimum is issued: yes -> no | PROVIDER",
            "back to at least      | MORE_THAN | AT_LEAST  |    |    | A credit of exactly the minimum is issued: no -> yes | CUSTOMER",
            // left out is at least: naming it is no change
            "at least named        |           | AT_LEAST  |    |    | | NEUTRAL",
            // GitHub "30 days of paid service": a cap added favours the provider, a higher one the customer
            "days cap added        |           |           |    | 30 | Credit cap in days of fees per period: not set -> 30 days of fees | PROVIDER",
            "days cap raised       |           |           | 30 | 45 | Credit cap in days of fees per period: 30 days of fees -> 45 days of fees | CUSTOMER",
    })
    void aChangedCreditFormSaysWhomItFavours(String name, MinimumCreditRule before, MinimumCreditRule after, String daysBefore,
                                             String daysAfter, String description, Favours favours) {
        Agreement ours = with(before, daysBefore, null);
        Agreement theirs = with(after, daysAfter, null);
        List<Change> changes = DraftDiff.between(ours, theirs);
        if (description == null) {
            assertThat(changes).isEmpty();
            return;
        }
        assertThat(changes).extracting(Change::description).containsExactly(description);
        assertThat(changes).extracting(Change::favours).containsExactly(favours);
        assertThat(NextRound.build(ours, theirs, Map.of(changes.get(0), Decision.ACCEPT))).isEqualTo(theirs);
    }

    @ParameterizedTest(name = "{0} -> {1} times: {2}")
    @CsvSource({"10, 25, CUSTOMER", "25, 10, PROVIDER"})
    void aHigherMultipleOfTheFeesForTheDowntimeFavoursTheCustomer(String before, String after, Favours favours) {
        // Slack 10x against GitHub 25x the fees for the downtime
        Agreement ours = with(null, null, before);
        Agreement theirs = with(null, null, after);
        List<Change> changes = DraftDiff.between(ours, theirs);
        assertThat(changes).extracting(Change::description)
                .containsExactly("Credit tier 1: " + before + " times the fees for the downtime -> " + after + " times the fees for the downtime");
        assertThat(changes).extracting(Change::favours).containsExactly(favours);
        assertThat(NextRound.build(ours, theirs, Map.of(changes.get(0), Decision.ACCEPT))).isEqualTo(theirs);
    }
}
