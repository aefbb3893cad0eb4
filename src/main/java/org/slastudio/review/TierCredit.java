package org.slastudio.review;

import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.CreditTier;

/** Each tier earns either a percentage of the fee basis or a fixed amount: exactly one of them. */
final class TierCredit implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        List<CreditTier> tiers = Tiers.all(a);
        for (int k = 0; k < tiers.size(); k++) {
            CreditTier t = tiers.get(k);
            if (t == null) {
                continue;
            }
            if (t.creditPercent() == null && t.fixedCredit() == null) {
                out.error(Paths.tier(k) + ".creditPercent", "Credit tier " + (k + 1) + " earns no credit: it has neither a percentage nor a fixed amount.",
                        "Enter the credit as a percentage of the fees, or as a fixed amount.");
            } else if (t.creditPercent() != null && t.fixedCredit() != null) {
                out.error(Paths.tier(k) + ".fixedCredit", "Credit tier " + (k + 1) + " has both a percentage (" + Describe.percent(t.creditPercent())
                        + ") and a fixed amount (" + t.fixedCredit() + "): the agreement does not say which applies.", "Keep one of them.");
            }
        }
    }
}
