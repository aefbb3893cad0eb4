package org.slastudio.ui.credits;

import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.EarnBack;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Money;
import org.slastudio.model.Overview;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.TierBound;
import org.slastudio.ui.wizard.DraftModel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CreditsModelTest {
    private final DraftModel draft = new DraftModel();
    private final CreditsModel step = new CreditsModel(draft);

    private void startInEuros() {
        Overview o = Overview.blank();
        draft.start(Agreement.blank().withOverview(new Overview("T", o.type(), null, o.term(), "", "",
                Currency.getInstance("EUR"), o.measurementPeriod(), null, "0.1")), null);
        step.reload();
    }

    @Test
    void tiersKeepTheirBoundsInclusivityAndCredit() {
        startInEuros();
        step.addTier();
        TierRow first = step.tiers.get(0);
        first.lower.text().set("99.0%");
        first.lowerInclusive.set(true);
        first.upper.text().set("99.95");
        first.upperInclusive.set(false);
        first.creditPercent.text().set("10");
        step.addTier();
        step.tiers.get(1).fixedCredit.text().set("500");

        step.commit();

        assertThat(draft.agreement().creditRegime().tiers()).containsExactly(
                new CreditTier(TierBound.inclusive("99.0"), TierBound.exclusive("99.95"), new BigDecimal("10"), null),
                new CreditTier(null, TierBound.exclusive("99.0"), null, Money.of("500", "EUR")));
    }

    /** An edge drawn at the target has no figure to show: left blank it stays at the target, a typed figure replaces it. */
    @Test
    void aTierEdgeAtTheTargetSurvivesTheStepUntilAFigureIsTyped() {
        CreditTier relative = new CreditTier(TierBound.inclusive("99.0"), TierBound.target(false), new BigDecimal("10"), null);
        draft.start(Agreement.blank().withCreditRegime(CreditRegime.none().withTiers(List.of(relative))), null);
        step.reload();

        step.commit();
        assertThat(draft.agreement().creditRegime().tiers()).containsExactly(relative);

        step.tiers.get(0).upper.text().set("99.9");
        step.commit();
        assertThat(draft.agreement().creditRegime().tiers()).containsExactly(
                new CreditTier(TierBound.inclusive("99.0"), TierBound.exclusive("99.9"), new BigDecimal("10"), null));
    }

    @Test
    void aNewTierStartsBelowTheLowestOne() {
        startInEuros();
        step.addTier();
        step.tiers.get(0).lower.text().set("99.5");
        step.commit();

        step.addTier();

        assertThat(draft.agreement().creditRegime().tiers().get(1).upper()).isEqualTo(TierBound.exclusive("99.5"));
    }

    @Test
    void capsMinimumEarnBackClaimDeadlineAndSoleRemedyMakeTheRegime() {
        startInEuros();
        step.feeBasis.set(FeeBasis.ALL_SERVICES);
        step.monthlyCap.text().set("50%");
        step.rollingCap.text().set("25");
        step.minimumCredit.text().set("100");
        step.earnBackPeriods.text().set("3");
        step.claimRule.set(ClaimDeadlineRule.DAYS_AFTER_PERIOD_END);
        step.claimCount.text().set("30");
        step.soleRemedy.set(true);

        step.commit();

        assertThat(draft.agreement().creditRegime()).isEqualTo(new CreditRegime(List.of(), FeeBasis.ALL_SERVICES,
                new BigDecimal("50"), new BigDecimal("25"), null, Money.of("100", "EUR"), new EarnBack(3, null),
                new ClaimDeadline(ClaimDeadlineRule.DAYS_AFTER_PERIOD_END, 30), true));
    }

    @Test
    void tiersMoveDuplicateAndRemove() {
        startInEuros();
        step.addTier();
        step.tiers.get(0).creditPercent.text().set("5");
        step.addTier();
        step.tiers.get(1).creditPercent.text().set("10");
        step.commit();

        step.moveTier(1, -1);
        assertThat(draft.agreement().creditRegime().tiers()).extracting(CreditTier::creditPercent)
                .containsExactly(new BigDecimal("10"), new BigDecimal("5"));
        step.duplicateTier(0);
        assertThat(draft.agreement().creditRegime().tiers()).hasSize(3);
        step.removeTier(2);
        assertThat(draft.agreement().creditRegime().tiers()).extracting(CreditTier::creditPercent)
                .containsExactly(new BigDecimal("10"), new BigDecimal("10"));
    }

    @Test
    void aFindingAboutATiersLowerBoundFocusesThatField() {
        assertThat(step.reveal("$.creditRegime.tiers[2].lower.percent")).contains("credits-tier-2-lower");
        assertThat(step.reveal("$.creditRegime.monthlyCapPercent")).contains("credits-monthly-cap");
    }

    @Test
    void aSmallTableShowsWhatA30MinuteTwoHourAndEightHourOutageWouldCost() {
        Overview o = Overview.blank();
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // February 2027: 28 days of 1440 minutes, no daylight saving change.
        Agreement a = Agreement.blank()
                .withOverview(new Overview("T", o.type(), LocalDate.of(2027, 2, 1), o.term(), "", "",
                        Currency.getInstance("EUR"), MeasurementPeriod.CALENDAR_MONTH, berlin, "0.1"))
                .withWindows(List.of(AvailabilityWindow.twentyFourSeven("24x7", "Around the clock", berlin)))
                .withServices(List.of(new Service("hosting", "Hosting", "", null, null, Money.of("1000.00", "EUR"), null,
                        null, List.of(new ServiceLevel("24x7", new BigDecimal("99.9"), true)), MeasurementRule.timeBased())))
                .withCreditRegime(new CreditRegime(List.of(
                        new CreditTier(TierBound.inclusive("99.0"), TierBound.exclusive("99.9"), new BigDecimal("10"), null),
                        new CreditTier(TierBound.inclusive("95.0"), TierBound.exclusive("99.0"), new BigDecimal("25"), null),
                        new CreditTier(null, TierBound.exclusive("95.0"), new BigDecimal("50"), null)),
                        FeeBasis.AFFECTED_SERVICE, null, null, null, null, null, null, false));

        draft.start(a, null);

        // 30 min of 40,320 leaves 99.926%: the 99.9% target is met. 2 h leaves 99.702%: 10% of EUR 1,000.00.
        // 8 h leaves 98.810%: 25%.
        assertThat(step.outageCosts).containsExactly(
                new OutageCosts.Row("Hosting", List.of("EUR 0.00", "EUR 100.00", "EUR 250.00")));
    }

    @Test
    void noTiersNoTable() {
        startInEuros();

        assertThat(step.outageCosts).isEmpty();
    }
}
