package org.slastudio.review;

import org.slastudio.model.Agreement;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.Money;
import org.slastudio.model.Service;

/** A percentage credit is a percentage of something: the fee basis must exist and not be zero. */
final class CreditBasis implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        CreditRegime r = a.creditRegime();
        if (r == null || !Tiers.anyPercentageCredit(a)) {
            return;
        }
        if (r.feeBasis() == null) {
            out.error(Paths.regime("feeBasis"), "Percentage credits are a percentage of nothing: the fee basis is not set.",
                    "Choose whether credits are a percentage of the affected service's fee, of all fees, or of the at-risk amount.");
            return;
        }
        if (r.feeBasis() == FeeBasis.AT_RISK_AMOUNT && (r.atRisk() == null || r.atRisk().percentOfMonthlyCharges() == null)) {
            out.error(Paths.regime("atRisk"), "Credits are a percentage of the at-risk amount, but no at-risk amount is set.",
                    "Enter the share of monthly charges at risk, or choose another fee basis.");
        }
        if (r.feeBasis() == FeeBasis.AFFECTED_SERVICE) {
            for (int i = 0; i < a.services().size(); i++) {
                Service s = a.services().get(i);
                if (s != null && Tiers.isCreditBearing(s) && !hasFee(s)) {
                    out.warning(Paths.service(i) + ".monthlyFee", "Service " + Describe.label(s, i)
                                    + " has credit-bearing levels but no monthly fee: its percentage credits come to nothing.",
                            "Enter the service's monthly fee, or use fixed credits.");
                }
            }
        } else if (Tiers.anyCreditBearing(a) && a.services().stream().noneMatch(s -> s != null && hasFee(s))) {
            out.warning(Paths.regime("feeBasis"), "No service has a monthly fee: percentage credits come to nothing.",
                    "Enter the services' monthly fees, or use fixed credits.");
        }
    }

    private static boolean hasFee(Service s) {
        Money fee = s.monthlyFee();
        return fee != null && fee.amount() != null && fee.amount().signum() > 0;
    }
}
