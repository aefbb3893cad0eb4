package org.slastudio.review;

import java.util.List;
import org.slastudio.model.Agreement;

/** A value in two tiers earns two different credits: the agreement does not say which. */
final class TierOverlap implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        List<Tiers.Numbered> tiers = Tiers.usable(a);
        for (int x = 0; x < tiers.size(); x++) {
            for (int y = x + 1; y < tiers.size(); y++) {
                Tiers.Numbered first = tiers.get(x);
                Tiers.Numbered second = tiers.get(y);
                Band both = first.band().intersect(second.band());
                if (both.isEmpty()) {
                    continue;
                }
                // The tier that starts lower reaches up into the other: its upper bound is the one to move.
                int c = Band.compareLower(first.band().lower(), second.band().lower());
                String path = c < 0 ? first.path() + ".upper.percent" : c > 0 ? second.path() + ".upper.percent" : second.path() + ".lower.percent";
                String fix = both.isSingleValue()
                        ? "Make " + Describe.percent(both.lower().value()) + " exclusive in one of the two tiers."
                        : "Change the bounds so that every availability falls in exactly one tier.";
                out.error(path, both.asSubject() + " falls in both " + first.label() + " and " + second.label()
                        + ", which earn different credits.", fix);
            }
        }
    }
}
