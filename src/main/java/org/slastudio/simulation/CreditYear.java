package org.slastudio.simulation;

/**
 * The rules of the credit regime that look at other periods, applied to a run of simulated periods in the engine's
 * order: after the tier, the cap per period and the at-risk amount ({@link CreditSchedule}) come the rolling
 * 12-month cap, then the minimum credit, then earn-back. Periods before the run are taken as credit-free, as the
 * engine takes periods it is not told about.
 *
 * @param rollingCap        credits in any 12 months never exceed this; infinite where the regime has no such cap
 * @param earlierInRolling  how many earlier periods share a period's rolling 12-month cap
 * @param minimumCredit     smaller credits are not issued; 0 for none
 * @param earnBackPeriods   following periods that must meet the level to earn a credit back; 0 for none
 * @param earnBackAllowed   per period, the downtime that still meets the earn-back level
 */
record CreditYear(double rollingCap, int earlierInRolling, double minimumCredit, int earnBackPeriods,
                  double[] earnBackAllowed) {

    boolean dependsOnOtherPeriods() {
        return rollingCap != Double.POSITIVE_INFINITY || earnBackPeriods > 0;
    }

    /**
     * Fills {@code issued} with the credit issued for each of the first {@code periods} periods, given the credits
     * from the schedule and the downtime of every simulated period (which must run {@link #earnBackPeriods} past them).
     */
    void issue(double[] scheduled, double[] downtime, int periods, double[] issued) {
        for (int m = 0; m < periods; m++) {
            double c = scheduled[m];
            if (c > 0 && rollingCap != Double.POSITIVE_INFINITY) {
                double credited = 0;
                for (int j = Math.max(0, m - earlierInRolling); j < m; j++) {
                    credited += issued[j];
                }
                c = Math.min(c, Math.max(0, rollingCap - credited));
            }
            if (c > 0 && c < minimumCredit) {
                c = 0;
            }
            if (c > 0 && earnBackPeriods > 0 && earnedBack(downtime, m)) {
                c = 0;
            }
            issued[m] = c;
        }
    }

    /** The credit issued for a period on its own, where no other period matters. */
    double issueAlone(double scheduled) {
        return scheduled < minimumCredit ? 0 : scheduled;
    }

    private boolean earnedBack(double[] downtime, int m) {
        for (int j = 1; j <= earnBackPeriods; j++) {
            if (downtime[m + j] > earnBackAllowed[m + j]) {
                return false;
            }
        }
        return true;
    }
}
