package org.slastudio.review;

import org.slastudio.model.Agreement;
import org.slastudio.model.EarnBack;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/**
 * Earn-back returns a credit after good periods that follow the miss: zero of them would cancel every credit, and
 * "good" below the target would hand credits back for months that miss it again.
 */
final class EarnBackTerms implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        EarnBack e = a.creditRegime() == null ? null : a.creditRegime().earnBack();
        if (e == null) {
            return;
        }
        if (e.followingPeriods() == null || e.followingPeriods() < 1) {
            out.error(Paths.regime("earnBack.followingPeriods"), "Earn-back after " + e.followingPeriods()
                            + " following periods would hand every credit back at once.",
                    "Enter how many consecutive periods must meet the level, at least 1 (commonly 3), or remove earn-back.");
        }
        if (e.requiredPercent() == null) {
            return;
        }
        for (int i = 0; i < a.services().size(); i++) {
            Service s = a.services().get(i);
            for (int j = 0; s != null && j < s.levels().size(); j++) {
                ServiceLevel l = s.levels().get(j);
                if (l != null && l.creditBearing() && l.targetPercent() != null && e.requiredPercent().compareTo(l.targetPercent()) < 0) {
                    out.warning(Paths.regime("earnBack.requiredPercent"), "Earn-back at " + Describe.percent(e.requiredPercent())
                                    + " is below the " + Describe.percent(l.targetPercent()) + " target of " + Describe.level(a, s, i, l)
                                    + ": the provider earns credits back in months that miss the target again.",
                            "Require at least the target (" + Describe.percent(l.targetPercent()) + "), or leave it empty to use each service's own target.");
                }
            }
        }
    }
}
