package org.slastudio.review;

import java.util.Currency;
import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.CreditTier;
import org.slastudio.model.Money;
import org.slastudio.model.Service;

/** Amounts must be whole (amount and currency), not negative, and in the agreement's currency to be added up. */
final class MoneyAmounts implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        Currency currency = a.overview() == null ? null : a.overview().currency();
        for (int i = 0; i < a.services().size(); i++) {
            Service s = a.services().get(i);
            if (s != null) {
                String name = "Service " + Describe.label(s, i);
                check(s.monthlyFee(), Paths.service(i) + ".monthlyFee", name + ": the monthly fee", currency, out);
                check(s.downtimeCostPerHour(), Paths.service(i) + ".downtimeCostPerHour", name + ": the cost of an hour of downtime", currency, out);
            }
        }
        List<CreditTier> tiers = Tiers.all(a);
        for (int k = 0; k < tiers.size(); k++) {
            if (tiers.get(k) != null) {
                check(tiers.get(k).fixedCredit(), Paths.tier(k) + ".fixedCredit", "Credit tier " + (k + 1) + ": the fixed credit", currency, out);
            }
        }
        if (a.creditRegime() != null) {
            check(a.creditRegime().minimumCredit(), Paths.regime("minimumCredit"), "The minimum credit", currency, out);
        }
    }

    private static void check(Money money, String path, String what, Currency agreed, Findings out) {
        if (money == null) {
            return;
        }
        if (money.amount() == null) {
            out.error(path + ".amount", what + " has no amount.", "Enter the amount, or remove it.");
        } else if (money.amount().signum() < 0) {
            out.error(path + ".amount", what + " of " + money + " is negative.", "Enter an amount of zero or more.");
        }
        if (money.currency() == null) {
            out.error(path + ".currency", what + " has no currency.", "Choose the currency of the amount.");
        } else if (agreed != null && !agreed.equals(money.currency())) {
            out.warning(path + ".currency", what + " is in " + money.currency().getCurrencyCode() + ", but the agreement is in "
                    + agreed.getCurrencyCode() + ": the two cannot be added up.", "Enter the amount in " + agreed.getCurrencyCode() + ".");
        }
    }
}
