package org.slastudio.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;

/**
 * The last day on which a credit for a period may still be claimed. The claim is in time on the whole of that day
 * (to 23:59:59) in the agreement's zone, whatever the rule.
 *
 * <ul>
 * <li>{@code DAYS_AFTER_PERIOD_END}: calendar days from the period's last day (30 days after March is 30 April);</li>
 * <li>{@code END_OF_NTH_FOLLOWING_BILLING_CYCLE}: the last day of the n-th period after this one, billing cycles
 * being the measurement periods (the 2nd after March is 31 May);</li>
 * <li>{@code DAYS_AFTER_INCIDENT}: calendar days from the day, in the agreement's zone, on which the period's first
 * counted outage began (an outage on 5 March, 30 days: 4 April). Each outage has its own deadline; the first one's is
 * the earliest, and so binds the credit for the period, which rests on all of them. An outage that began in the
 * period before and ran into this one counts from its own start;</li>
 * <li>{@code BUSINESS_DAYS_AFTER_PERIOD_END} and {@code BUSINESS_DAYS_AFTER_INCIDENT}: the same starting days, counted
 * in business days of the deadline's calendar window (see {@link BusinessDays}); the starting day itself is day 0.</li>
 * </ul>
 */
public final class ClaimDeadlines {
    private ClaimDeadlines() {
    }

    /**
     * What a deadline may count from beyond the period itself.
     *
     * @param firstIncident    the day the period's first counted outage began, in the agreement's zone; null if none
     * @param businessCalendar the window whose business days count; null where the rule counts calendar days
     */
    public record Basis(LocalDate firstIncident, AvailabilityWindow businessCalendar) {
        public static final Basis NONE = new Basis(null, null);
    }

    /**
     * The last day to claim under a rule that needs nothing but the period, or null where the day also depends on
     * the first incident or a business calendar: for those, use {@link #lastDayToClaim(ClaimDeadline,
     * MeasurementPeriodRange, Basis)}.
     */
    public static LocalDate lastDayToClaim(ClaimDeadline deadline, MeasurementPeriodRange period) {
        check(deadline);
        if (deadline.rule().fromIncident() || deadline.rule().businessDays()) {
            return null;
        }
        return lastDayToClaim(deadline, period, Basis.NONE);
    }

    /** The last day to claim; null under an incident rule when the period had no counted outage (nothing to claim). */
    public static LocalDate lastDayToClaim(ClaimDeadline deadline, MeasurementPeriodRange period, Basis basis) {
        check(deadline);
        ClaimDeadlineRule rule = deadline.rule();
        int count = deadline.count();
        if (rule == ClaimDeadlineRule.END_OF_NTH_FOLLOWING_BILLING_CYCLE) {
            return period.following(count).lastDay();
        }
        LocalDate from = rule.fromIncident() ? basis.firstIncident() : period.lastDay();
        if (from == null) {
            return null;
        }
        if (!rule.businessDays()) {
            return from.plusDays(count);
        }
        if (basis.businessCalendar() == null) {
            throw new IllegalArgumentException("The claim deadline counts business days but names no window whose "
                    + "business days count ($.creditRegime.claimDeadline.calendarWindowId); name one of $.windows");
        }
        return new BusinessDays(basis.businessCalendar()).nthAfter(from, count);
    }

    /**
     * The basis for an agreement's deadline: the business calendar it names, and the day the first counted outage
     * began (null if none) read in the agreement's zone, else in {@code fallbackZone}.
     */
    public static Basis basis(Agreement agreement, ClaimDeadline deadline, Instant firstCountedOutage, ZoneId fallbackZone) {
        AvailabilityWindow calendar = null;
        if (deadline != null && deadline.rule() != null && deadline.rule().businessDays()) {
            String id = deadline.calendarWindowId();
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("The claim deadline counts business days but names no window whose "
                        + "business days count ($.creditRegime.claimDeadline.calendarWindowId); name one of $.windows");
            }
            calendar = agreement.window(id).orElseThrow(() -> new IllegalArgumentException("The claim deadline counts "
                    + "the business days of window \"" + id + "\", which the agreement does not define "
                    + "($.creditRegime.claimDeadline.calendarWindowId); name one of $.windows"));
        }
        ZoneId zone = agreement.overview() != null && agreement.overview().timeZone() != null
                ? agreement.overview().timeZone() : fallbackZone;
        LocalDate incident = firstCountedOutage == null || zone == null ? null : firstCountedOutage.atZone(zone).toLocalDate();
        return new Basis(incident, calendar);
    }

    private static void check(ClaimDeadline deadline) {
        if (deadline == null || deadline.rule() == null) {
            throw new IllegalArgumentException("The agreement has no claim deadline ($.creditRegime.claimDeadline); set its rule and count");
        }
        if (deadline.count() == null || deadline.count() < 0) {
            throw new IllegalArgumentException("The claim deadline needs a count of zero or more ($.creditRegime.claimDeadline.count)");
        }
    }
}
