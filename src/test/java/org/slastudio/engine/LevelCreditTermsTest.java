package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.CreditTrigger;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.LevelCredits;
import org.slastudio.model.Money;
import org.slastudio.model.Overview;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.TierBound;

/** Credits per level: the tiers as drafted or only for a missed target, edges at the target, a level's own terms. */
class LevelCreditTermsTest {

    private static final MeasurementPeriodRange MAY = MeasurementPeriodRange.parse("2026-05");
    private static final Service HOSTING = Credits.service("hosting", "1000.00", "USD");

    /** "Where Monthly Uptime is at or below 99.9% but at least 99.0%: 10%; below 99.0%: 25%", target 99.9%. */
    private static final List<CreditTier> AT_OR_BELOW = List.of(
            Credits.tier(TierBound.inclusive("99.0"), TierBound.inclusive("99.9"), "10"),
            Credits.tier(null, TierBound.exclusive("99.0"), "25"));

    private static CreditRegime regime(List<CreditTier> tiers, CreditTrigger trigger) {
        return new CreditRegime(tiers, FeeBasis.AFFECTED_SERVICE, null, null, null, null, null, null, false, trigger);
    }

    private static CreditCalculation credit(CreditRegime regime, String target, String availability) {
        return CreditCalculation.calculate(new CreditCase(regime, HOSTING, List.of(HOSTING), MAY,
                new BigDecimal(availability), null, null, target == null ? null : new BigDecimal(target), null));
    }

    @ParameterizedTest(name = "{0}, {1}% against 99.9%: USD {2}")
    @CsvSource({
            // the tiers as drafted: a month exactly at the target is "at or below 99.9%" and pays tier 1
            "TIERS_AS_DRAFTED, 99.9, 100.00",
            "TIERS_AS_DRAFTED, 99.9000001, 0.00",
            "TIERS_AS_DRAFTED, 99.8999999, 100.00",
            "TIERS_AS_DRAFTED, 99.0, 100.00",
            "TIERS_AS_DRAFTED, 98.9999999, 250.00",
            // only a missed target earns a credit: exactly at the target is met, nothing is owed
            "TARGET_MISSED, 99.9, 0.00",
            "TARGET_MISSED, 99.8999999, 100.00",
            "TARGET_MISSED, 98.9999999, 250.00",
            // no trigger written is the tiers as drafted
            ", 99.9, 100.00",
    })
    void aTierThatReachesTheTargetPaysAtItOnlyWhereTheTiersAloneDecide(CreditTrigger trigger, String availability,
                                                                      BigDecimal dollars) {
        assertThat(credit(regime(AT_OR_BELOW, trigger), "99.9", availability).credit().amount()).isEqualTo(dollars);
    }

    @Test
    void theStepSaysWhyAMetTargetStillPays() {
        CreditCalculation c = credit(regime(AT_OR_BELOW, null), "99.9", "99.9");
        assertThat(c.explanation()).contains("99.9% is at most 99.9% and at least 99.0% (it meets the 99.9% target, "
                + "but the tier as drafted includes it): tier 1, 10% of USD 1,000.00 = USD 100.00");
    }

    /** "Less than the Service's target but at least 99.0%: 10%; less than 99.0% but at least 95.0%: 25%; less than 95.0%: 100%". */
    private static final CreditRegime BELOW_TARGET = regime(List.of(
            new CreditTier(TierBound.inclusive("99.0"), TierBound.target(false), new BigDecimal("10"), null),
            Credits.tier(TierBound.inclusive("95.0"), TierBound.exclusive("99.0"), "25"),
            Credits.tier(null, TierBound.exclusive("95.0"), "100")), null);

    @ParameterizedTest(name = "target {0}%, {1}%: tier {2}, USD {3}")
    @CsvSource({
            "99.95, 99.95, , 0.00",
            "99.95, 99.9499999, 1, 100.00",
            "99.95, 99.5, 1, 100.00",
            "99.9, 99.9, , 0.00",
            "99.9, 99.95, , 0.00",
            "99.9, 99.0, 1, 100.00",
            "99.9, 98.9999999, 2, 250.00",
            "99.5, 99.6, , 0.00",
            "99.5, 99.4999999, 1, 100.00",
            "99.5, 94.9999999, 3, 1000.00",
    })
    void oneTableServesEveryTarget(String target, String availability, Integer tier, BigDecimal dollars) {
        CreditCalculation c = credit(BELOW_TARGET, target, availability);
        assertThat(c.tier()).isEqualTo(tier);
        assertThat(c.credit().amount()).isEqualTo(dollars);
    }

    @Test
    void anEdgeAtTheTargetNeedsATarget() {
        assertThatThrownBy(() -> credit(BELOW_TARGET, null, "99.5"))
                .hasMessageContaining("Credit tier 1 is bounded by the level's target, but the level has no target");
    }

    /**
     * Two storage classes of one provider, each with its own table (as Amazon S3's SLA has for S3 Standard, 99.9%,
     * and S3 Standard-IA, 99.0%); the agreement's 50% monthly cap and USD 5 minimum apply to both unless a level
     * sets its own.
     */
    private static Agreement storage() {
        CreditRegime standard = regime(List.of(
                Credits.tier(TierBound.inclusive("99.0"), TierBound.exclusive("99.9"), "10"),
                Credits.tier(TierBound.inclusive("95.0"), TierBound.exclusive("99.0"), "25"),
                Credits.tier(null, TierBound.exclusive("95.0"), "100")), null);
        LevelCredits infrequent = new LevelCredits(List.of(
                Credits.tier(TierBound.inclusive("98.0"), TierBound.exclusive("99.0"), "10"),
                Credits.tier(TierBound.inclusive("95.0"), TierBound.exclusive("98.0"), "25"),
                Credits.tier(null, TierBound.exclusive("95.0"), "100")),
                null, new BigDecimal("20"), null, null, null, null, null);
        CreditRegime agreementWide = new CreditRegime(standard.tiers(), FeeBasis.AFFECTED_SERVICE, new BigDecimal("50"),
                null, null, Money.of("5.00", "USD"), null, null, true, null);
        Service s = new Service("standard", "Standard", "", "p", "c", Money.of("1000.00", "USD"), BigDecimal.ONE, null,
                List.of(new ServiceLevel("24x7", new BigDecimal("99.9"), true)), null);
        Service ia = new Service("infrequent", "Infrequent Access", "", "p", "c", Money.of("40.00", "USD"), BigDecimal.ONE,
                null, List.of(new ServiceLevel("24x7", new BigDecimal("99.0"), true, infrequent)), null);
        return Agreement.blank().withOverview(Overview.blank()).withServices(List.of(s, ia)).withCreditRegime(agreementWide);
    }

    @ParameterizedTest(name = "{0} at {1}%: tier {2}, USD {3}")
    @CsvSource({
            // 25% of USD 1,000.00, under the 50% cap
            "standard, 98.5, 2, 250.00",
            "standard, 99.0, 1, 100.00",
            // the same month for Standard-IA is its tier 1: 10% of USD 40.00 = USD 4.00, below the agreement's USD 5 minimum
            "infrequent, 98.5, 1, 0.00",
            "infrequent, 99.0, , 0.00",
            // 25% of USD 40.00 = USD 10.00 over the level's own 20% cap of USD 8.00
            "infrequent, 97.9999999, 2, 8.00",
            // 100% = USD 40.00, capped at USD 8.00
            "infrequent, 94.0, 3, 8.00",
    })
    void eachLevelIsUnderItsOwnTermsAndTheAgreementsForTheRest(String serviceId, String availability, Integer tier,
                                                               BigDecimal dollars) {
        Agreement a = storage();
        Service s = a.service(serviceId).orElseThrow();
        CreditCalculation c = CreditCalculation.calculate(CreditCase.of(a, s, s.levels().get(0), MAY, new BigDecimal(availability)));
        assertThat(c.tier()).isEqualTo(tier);
        assertThat(c.credit().amount()).isEqualTo(dollars);
    }

    @Test
    void aLevelKeepsTheAgreementsAtRiskAmountAndSoleRemedy() {
        Agreement a = storage();
        CreditRegime ia = a.creditsFor(a.service("infrequent").orElseThrow().levels().get(0));
        assertThat(ia.soleRemedy()).isTrue();
        assertThat(ia.monthlyCapPercent()).isEqualByComparingTo("20");
        assertThat(ia.minimumCredit()).isEqualTo(Money.of("5.00", "USD"));
        assertThat(ia.tiers().get(0).upper()).isEqualTo(TierBound.exclusive("99.0"));
    }
}
