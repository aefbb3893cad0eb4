package org.slastudio.review;

import org.slastudio.model.Agreement;
import org.slastudio.model.EarnBack;

/** Earn-back returns a credit after good periods that follow the miss; zero of them would cancel every credit. */
final class EarnBackPeriods implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        EarnBack e = a.creditRegime() == null ? null : a.creditRegime().earnBack();
        if (e != null && (e.followingPeriods() == null || e.followingPeriods() < 1)) {
            out.error(Paths.regime("earnBack.followingPeriods"), "Earn-back after " + e.followingPeriods()
                            + " following periods would hand every credit back at once.",
                    "Enter how many consecutive periods must meet the level, at least 1 (commonly 3), or remove earn-back.");
        }
    }
}
