package org.slastudio.review;

import org.slastudio.model.Agreement;

/** Credits as the sole remedy only make sense when some credit can be earned. */
final class SoleRemedy implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        if (a.creditRegime() != null && a.creditRegime().soleRemedy() && (Tiers.usable(a).isEmpty() || !Tiers.anyCreditBearing(a))) {
            out.warning(Paths.regime("soleRemedy"), "Credits are the sole remedy, but no credit can be earned: the customer has no remedy for a missed level.",
                    "Add credit tiers and credit-bearing levels, or drop the sole-remedy clause.");
        }
    }
}
