package org.slastudio.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import org.slastudio.model.Agreement;

/** A worse month must not earn a smaller credit than a better one. */
final class CreditProgression implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        List<Tiers.Numbered> percentTiers = new ArrayList<>();
        List<Tiers.Numbered> fixedTiers = new ArrayList<>();
        for (Tiers.Numbered t : Tiers.usable(a)) {
            if (t.tier().creditPercent() != null && t.tier().fixedCredit() == null) {
                percentTiers.add(t);
            } else if (t.tier().creditPercent() == null && t.tier().fixedCredit() != null && t.tier().fixedCredit().amount() != null) {
                fixedTiers.add(t);
            }
        }
        compare(percentTiers, t -> t.tier().creditPercent(), ".creditPercent", v -> Describe.percent(v), out);
        // Fixed amounts in different currencies cannot be compared without a rate.
        if (fixedTiers.stream().map(t -> t.tier().fixedCredit().currency()).distinct().count() == 1) {
            Currency currency = fixedTiers.get(0).tier().fixedCredit().currency();
            compare(fixedTiers, t -> t.tier().fixedCredit().amount(), ".fixedCredit.amount",
                    v -> org.slastudio.engine.Amounts.money(new org.slastudio.model.Money(v, currency)), out);
        }
    }

    private static void compare(List<Tiers.Numbered> tiers, Function<Tiers.Numbered, BigDecimal> credit, String field,
                                Function<BigDecimal, String> show, Findings out) {
        List<Tiers.Numbered> fromBestMonth = new ArrayList<>(tiers);
        fromBestMonth.sort((x, y) -> Band.compareLower(y.band().lower(), x.band().lower()));
        Tiers.Numbered largestSoFar = null;
        for (Tiers.Numbered t : fromBestMonth) {
            if (largestSoFar != null && credit.apply(t).compareTo(credit.apply(largestSoFar)) < 0) {
                out.warning(t.path() + field, "Credits fall as availability falls: " + t.label() + " earns " + show.apply(credit.apply(t))
                                + ", less than the " + show.apply(credit.apply(largestSoFar)) + " of " + largestSoFar.label() + ".",
                        "Give worse months a credit at least as large as better ones.");
            }
            if (largestSoFar == null || credit.apply(t).compareTo(credit.apply(largestSoFar)) > 0) {
                largestSoFar = t;
            }
        }
    }
}
