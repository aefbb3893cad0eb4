package org.slastudio.review;

import org.slastudio.model.Agreement;
import org.slastudio.model.ClaimDeadline;

/** Without a deadline a credit can be claimed years later; a deadline needs both its rule and its count. */
final class ClaimDeadlines implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        if (a.creditRegime() == null) {
            return;
        }
        ClaimDeadline d = a.creditRegime().claimDeadline();
        if (d == null) {
            if (!Tiers.all(a).isEmpty()) {
                out.warning(Paths.regime("claimDeadline"), "Credits have no claim deadline: the customer may claim them at any time.",
                        "Set a deadline, e.g. 30 days after the end of the month.");
            }
            return;
        }
        if (d.rule() == null) {
            out.error(Paths.regime("claimDeadline.rule"), "The claim deadline does not say what it counts from.",
                    "Choose days after the period ends, or the end of a following billing cycle.");
        }
        if (d.count() == null || d.count() < 1) {
            out.error(Paths.regime("claimDeadline.count"), "The claim deadline of " + d.count() + " leaves no time to claim.",
                    "Enter a number of at least 1, e.g. 30 days.");
        }
    }
}
