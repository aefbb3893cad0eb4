package org.slastudio.review;

import java.math.BigDecimal;
import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.CreditTrigger;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/**
 * The top tier should end where a credit-bearing target begins: below it, misses earn nothing; above it, months
 * that meet the target fall in a credit tier, and pay it where the tiers alone decide.
 */
final class TopTierAndTargets implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        List<Tiers.Numbered> tiers = Tiers.usable(a);
        if (tiers.isEmpty()) {
            return;
        }
        Tiers.Numbered top = tiers.get(0);
        for (Tiers.Numbered t : tiers) {
            if (Band.compareUpper(t.band().upper(), top.band().upper()) > 0) {
                top = t;
            }
        }
        Band.Edge topEdge = top.band().upper();
        for (int i = 0; i < a.services().size(); i++) {
            Service s = a.services().get(i);
            if (s == null) {
                continue;
            }
            for (int j = 0; j < s.levels().size(); j++) {
                ServiceLevel l = s.levels().get(j);
                if (l == null || !l.creditBearing() || !isPercentage(l.targetPercent())) {
                    continue;
                }
                BigDecimal target = l.targetPercent();
                String where = Describe.level(a, s, i, l) + ": target " + Describe.percent(target);
                Band uncredited = new Band(new Band.Edge(topEdge.value(), !topEdge.inclusive()), new Band.Edge(target, false));
                Band creditedThoughMet = new Band(new Band.Edge(target, true), topEdge);
                if (!uncredited.isEmpty()) {
                    out.warning(Paths.level(i, j) + ".targetPercent", where + " is above the top credit tier, " + top.label()
                                    + ": a month at " + uncredited.example() + " misses the target and earns no credit.",
                            "Raise the top tier's upper bound to " + Describe.percent(target) + " (exclusive) so that every miss earns a credit.");
                } else if (!creditedThoughMet.isEmpty() && a.creditRegime().effectiveTrigger() == CreditTrigger.TIERS_AS_DRAFTED) {
                    out.warning(Paths.level(i, j) + ".targetPercent", where + " is within the top credit tier, " + top.label()
                                    + ": a month at " + creditedThoughMet.example() + " meets the target, yet the tiers as drafted pay it "
                                    + Describe.tierCredit(top.tier()) + ".",
                            "Set the top tier's upper bound to " + Describe.percent(target) + " (exclusive), or say that credits "
                                    + "are owed only for a missed target.");
                } else if (!creditedThoughMet.isEmpty()) {
                    out.info(Paths.level(i, j) + ".targetPercent", where + " is within the top credit tier, " + top.label()
                                    + ", but credits are owed only for a missed target: a month at " + creditedThoughMet.example()
                                    + " earns nothing.",
                            "Nothing to do; or end the top tier at " + Describe.percent(target) + " (exclusive) so the table reads as the rule works.");
                }
            }
        }
    }

    private static boolean isPercentage(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.compareTo(Band.HUNDRED) <= 0;
    }
}
