package org.slastudio.engine;

import java.time.LocalDate;
import org.slastudio.model.ClaimDeadline;

/** The last day on which a credit for a period may still be claimed. */
public final class ClaimDeadlines {
    private ClaimDeadlines() {
    }

    /**
     * Under {@code DAYS_AFTER_PERIOD_END} the count of days runs from the period's last day (30 days after
     * March is 30 April); under {@code END_OF_NTH_FOLLOWING_BILLING_CYCLE} it is the last day of the n-th
     * period after this one, billing cycles being the measurement periods (2nd after March is 31 May).
     * The claim is in time on the whole of that day in the agreement's zone.
     */
    public static LocalDate lastDayToClaim(ClaimDeadline deadline, MeasurementPeriodRange period) {
        if (deadline == null || deadline.rule() == null) {
            throw new IllegalArgumentException("The agreement has no claim deadline ($.creditRegime.claimDeadline); set its rule and count");
        }
        if (deadline.count() == null || deadline.count() < 0) {
            throw new IllegalArgumentException("The claim deadline needs a count of zero or more ($.creditRegime.claimDeadline.count)");
        }
        switch (deadline.rule()) {
            case DAYS_AFTER_PERIOD_END:
                return period.lastDay().plusDays(deadline.count());
            default:
                return period.following(deadline.count()).lastDay();
        }
    }
}
