package org.slastudio.review;

import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.CreditTier;

/** A tier whose lower bound is above its upper bound, or which excludes its one value, can never apply. */
final class InvertedTierBounds implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        List<CreditTier> tiers = Tiers.all(a);
        for (int k = 0; k < tiers.size(); k++) {
            CreditTier t = tiers.get(k);
            if (t == null || !Band.of(t).isEmpty()) {
                continue;
            }
            Band b = Band.of(t);
            String range = (b.lower().inclusive() ? "at least " : "above ") + Describe.percent(b.lower().value()) + " and "
                    + (b.upper().inclusive() ? "at most " : "below ") + Describe.percent(b.upper().value());
            out.error(Paths.tier(k) + ".lower.percent", "Credit tier " + (k + 1) + " can never apply: no availability is " + range + ".",
                    "Swap the bounds, or correct one of them.");
        }
    }
}
