package org.slastudio.review;

import java.util.ArrayList;
import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.CreditTier;

/** Each tier earns a percentage of the fee basis, a fixed amount or a multiple of the fees for the downtime: exactly one. */
final class TierCredit implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        List<CreditTier> tiers = Tiers.all(a);
        for (int k = 0; k < tiers.size(); k++) {
            CreditTier t = tiers.get(k);
            if (t == null) {
                continue;
            }
            List<String> forms = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            if (t.creditPercent() != null) {
                forms.add("a percentage (" + Describe.percent(t.creditPercent()) + ")");
                fields.add("creditPercent");
            }
            if (t.fixedCredit() != null) {
                forms.add("a fixed amount (" + org.slastudio.engine.Amounts.money(t.fixedCredit()) + ")");
                fields.add("fixedCredit");
            }
            if (t.downtimeMultiple() != null) {
                forms.add(t.downtimeMultiple().toPlainString() + " times the fees for the downtime");
                fields.add("downtimeMultiple");
            }
            if (forms.isEmpty()) {
                out.error(Paths.tier(k) + ".creditPercent", "Credit tier " + (k + 1) + " earns no credit: it has neither a "
                                + "percentage, a fixed amount nor a multiple of the fees for the downtime.",
                        "Enter the credit as a percentage of the fees, a fixed amount, or a multiple of the fees for the downtime.");
            } else if (forms.size() > 1) {
                out.error(Paths.tier(k) + "." + fields.get(fields.size() - 1), "Credit tier " + (k + 1) + " has "
                        + (forms.size() == 2 ? "both " : "") + String.join(" and ", forms) + ": the agreement does not say which applies.", "Keep one of them.");
            }
        }
    }
}
