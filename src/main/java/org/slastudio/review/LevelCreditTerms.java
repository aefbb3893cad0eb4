package org.slastudio.review;

import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.CreditTier;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/** A level's own credit terms must have an effect, and tiers drawn at a target need the level's target. */
final class LevelCreditTerms implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        for (int i = 0; i < a.services().size(); i++) {
            Service s = a.services().get(i);
            for (int j = 0; s != null && j < s.levels().size(); j++) {
                ServiceLevel l = s.levels().get(j);
                if (l == null) {
                    continue;
                }
                String path = Paths.level(i, j);
                String level = Describe.level(a, s, i, l);
                if (l.credits() != null && !l.credits().setsAnything()) {
                    out.info(path + ".credits", level + " has credit terms of its own, but they set nothing: the agreement's apply.",
                            "Remove the empty credit terms, or set the terms in which this level differs.");
                } else if (l.credits() != null && !l.creditBearing()) {
                    out.warning(path + ".credits", level + " has credit terms of its own but is not credit-bearing: they have no effect.",
                            "Mark the level as credit-bearing, or remove its own credit terms.");
                }
                if (!l.creditBearing() || l.targetPercent() != null) {
                    continue;
                }
                boolean own = l.credits() != null && !l.credits().tiers().isEmpty();
                List<CreditTier> tiers = own ? l.credits().tiers()
                        : a.creditRegime() == null ? List.of() : a.creditRegime().tiers();
                for (int k = 0; k < tiers.size(); k++) {
                    if (tiers.get(k) != null && tiers.get(k).relativeToTarget()) {
                        out.error((own ? path + ".credits.tiers[" + k + "]" : Paths.tier(k)), "Tier " + (k + 1)
                                        + " is bounded by the target, but " + level + " has no target: its credits cannot be worked out.",
                                "Set the level's target, or give the tier a fixed bound.");
                    }
                }
            }
        }
    }
}
