package org.slastudio.review;

import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.MinimumCreditRule;

/**
 * The credit forms taken from published SLAs: whether a credit of exactly the minimum is issued (no effect without
 * a minimum), a credit proportional to the downtime (a positive multiple) and a cap of N days of fees (positive).
 */
final class CreditFormTerms implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        CreditRegime r = a.creditRegime();
        if (r == null) {
            return;
        }
        if (r.minimumCreditRule() != null && (r.minimumCredit() == null || r.minimumCredit().amount() == null)) {
            String rule = r.minimumCreditRule() == MinimumCreditRule.MORE_THAN ? "more than" : "at least";
            out.warning(Paths.regime("minimumCreditRule"), "Whether a credit of exactly the minimum is issued (\"" + rule
                            + " the minimum\") has no effect: there is no minimum credit.",
                    "Enter the minimum credit, or remove the choice.");
        }
        if (r.monthlyCapDays() != null && r.monthlyCapDays().signum() <= 0) {
            out.error(Paths.regime("monthlyCapDays"), "The cap of " + r.monthlyCapDays().toPlainString()
                    + " days of fees would allow no credit at all.", "Enter a number of days above 0, or remove the cap.");
        }
        List<CreditTier> tiers = r.tiers();
        for (int k = 0; k < tiers.size(); k++) {
            CreditTier t = tiers.get(k);
            if (t != null && t.downtimeMultiple() != null && t.downtimeMultiple().signum() <= 0) {
                out.error(Paths.tier(k) + ".downtimeMultiple", "Credit tier " + (k + 1) + " pays "
                                + t.downtimeMultiple().toPlainString() + " times the fees for the downtime: no credit at all.",
                        "Enter a multiple above 0, e.g. 1 for the fees for the downtime or 10 for ten times them.");
            }
        }
    }
}
