package org.slastudio.review;

import org.slastudio.model.Agreement;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/** Tiers need credit-bearing levels to apply to, and credit-bearing levels need tiers to earn anything. */
final class TiersWithoutLevels implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        boolean hasTiers = !Tiers.usable(a).isEmpty();
        boolean inherited = false;
        for (int i = 0; i < a.services().size(); i++) {
            Service s = a.services().get(i);
            for (int j = 0; s != null && j < s.levels().size(); j++) {
                ServiceLevel l = s.levels().get(j);
                if (l == null || !l.creditBearing()) {
                    continue;
                }
                boolean own = l.credits() != null && !l.credits().tiers().isEmpty();
                inherited |= !own;
                if (!own && !hasTiers) {
                    out.warning(Paths.level(i, j) + ".creditBearing", Describe.level(a, s, i, l)
                                    + " is credit-bearing, but there are no credit tiers: a miss earns nothing.",
                            "Add credit tiers, or mark the level as reported only.");
                }
            }
        }
        if (hasTiers && !Tiers.anyCreditBearing(a)) {
            out.warning(Paths.regime("tiers"), "There are credit tiers, but no service level is credit-bearing: the tiers never apply.",
                    "Mark the levels whose misses earn credits as credit-bearing, or remove the tiers.");
        } else if (hasTiers && !inherited) {
            out.warning(Paths.regime("tiers"), "Every credit-bearing level has tiers of its own: the agreement's tiers never apply.",
                    "Remove the agreement's tiers, or let the levels that share them drop their own.");
        }
    }
}
