package org.slastudio.engine;

import java.math.BigDecimal;
import java.util.List;
import org.slastudio.model.AtRiskAmount;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.EarnBack;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Money;
import org.slastudio.model.Service;
import org.slastudio.model.TierBound;

/** Credit regimes and services the tests build. */
final class Credits {
    private Credits() {
    }

    /** Below 99.9 and at least 99.0: 10%; below 99.0 and at least 95.0: 25%; below 95.0: 50%. */
    static List<CreditTier> ladder() {
        return List.of(
                tier(TierBound.inclusive("99.0"), TierBound.exclusive("99.9"), "10"),
                tier(TierBound.inclusive("95.0"), TierBound.exclusive("99.0"), "25"),
                tier(null, TierBound.exclusive("95.0"), "50"));
    }

    static CreditTier tier(TierBound lower, TierBound upper, String percent) {
        return new CreditTier(lower, upper, new BigDecimal(percent), null);
    }

    static CreditRegime regime(List<CreditTier> tiers) {
        return new CreditRegime(tiers, FeeBasis.AFFECTED_SERVICE, null, null, null, null, null, null, false);
    }

    static CreditRegime withCaps(CreditRegime r, String monthly, String rolling) {
        return new CreditRegime(r.tiers(), r.feeBasis(), monthly == null ? null : new BigDecimal(monthly),
                rolling == null ? null : new BigDecimal(rolling), r.atRisk(), r.minimumCredit(), r.earnBack(),
                r.claimDeadline(), r.soleRemedy());
    }

    static CreditRegime withMinimum(CreditRegime r, Money minimum) {
        return new CreditRegime(r.tiers(), r.feeBasis(), r.monthlyCapPercent(), r.rollingTwelveMonthCapPercent(),
                r.atRisk(), minimum, r.earnBack(), r.claimDeadline(), r.soleRemedy());
    }

    static CreditRegime withEarnBack(CreditRegime r, EarnBack earnBack) {
        return new CreditRegime(r.tiers(), r.feeBasis(), r.monthlyCapPercent(), r.rollingTwelveMonthCapPercent(),
                r.atRisk(), r.minimumCredit(), earnBack, r.claimDeadline(), r.soleRemedy());
    }

    static CreditRegime withAtRisk(CreditRegime r, FeeBasis basis, AtRiskAmount atRisk) {
        return new CreditRegime(r.tiers(), basis, r.monthlyCapPercent(), r.rollingTwelveMonthCapPercent(),
                atRisk, r.minimumCredit(), r.earnBack(), r.claimDeadline(), r.soleRemedy());
    }

    static CreditRegime withClaimDeadline(CreditRegime r, ClaimDeadline deadline) {
        return new CreditRegime(r.tiers(), r.feeBasis(), r.monthlyCapPercent(), r.rollingTwelveMonthCapPercent(),
                r.atRisk(), r.minimumCredit(), r.earnBack(), deadline, r.soleRemedy());
    }

    static Service service(String id, String fee, String currency) {
        return new Service(id, id, "", "provider", "customer", Money.of(fee, currency), BigDecimal.ONE, null,
                List.of(), MeasurementRule.timeBased());
    }
}
