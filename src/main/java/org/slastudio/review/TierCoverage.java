package org.slastudio.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.slastudio.model.Agreement;

/**
 * Availability between the tiers, or below the lowest, earns no credit although it is a worse month than one that
 * does. The band between the top tier and a service's target is {@link TopTierAndTargets}' concern.
 */
final class TierCoverage implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        List<Tiers.Numbered> tiers = new ArrayList<>(Tiers.usable(a));
        tiers.sort((x, y) -> Band.compareLower(x.band().lower(), y.band().lower()));
        Band.Edge reach = new Band.Edge(BigDecimal.ZERO, false);
        Tiers.Numbered reachedBy = null;
        for (Tiers.Numbered t : tiers) {
            Band gap = new Band(new Band.Edge(reach.value(), !reach.inclusive()),
                    new Band.Edge(t.band().lower().value(), !t.band().lower().inclusive()));
            if (!gap.isEmpty() && reachedBy == null) {
                out.warning(t.path() + ".lower.percent", gap.asSubject() + " falls in no tier: a month that bad earns no credit, "
                                + "while a better one earns " + credit(t) + ".",
                        "Give the lowest tier no lower bound, or add a tier for " + gap.describe() + ".");
            } else if (!gap.isEmpty()) {
                String fix = gap.isSingleValue()
                        ? "Make " + Describe.percent(gap.lower().value()) + " inclusive in " + reachedBy.name()
                        + " or in " + t.name() + "."
                        : "Move a bound of " + reachedBy.name() + " or " + t.name()
                        + " so that they meet, or add a tier for " + gap.describe() + ".";
                out.error(t.path() + ".lower.percent", gap.asSubject() + " falls in no tier, between " + reachedBy.label()
                        + " and " + t.label() + ": a month at " + gap.example() + " earns no credit.", fix);
            }
            if (reachedBy == null || Band.compareUpper(t.band().upper(), reach) > 0) {
                reach = t.band().upper();
                reachedBy = t;
            }
        }
    }

    private static String credit(Tiers.Numbered t) {
        if (t.tier().creditPercent() != null) {
            return "a " + Describe.percent(t.tier().creditPercent()) + " credit";
        }
        if (t.tier().downtimeMultiple() != null) {
            return "a credit of " + Describe.tierCredit(t.tier());
        }
        return t.tier().fixedCredit() != null ? "a credit of " + t.tier().fixedCredit() : "a credit";
    }
}
