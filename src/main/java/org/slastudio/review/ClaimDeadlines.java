package org.slastudio.review;

import java.util.Optional;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;

/**
 * Without a deadline a credit can be claimed years later; a deadline needs both its rule and its count, and one in
 * business days the window whose business days count. A window named by a calendar-day rule changes nothing.
 */
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
                    "Choose days after the period ends, days from the incident, business days, or the end of a following billing cycle.");
        }
        if (d.count() == null || d.count() < 1) {
            out.error(Paths.regime("claimDeadline.count"), "The claim deadline of " + d.count() + " leaves no time to claim.",
                    "Enter a number of at least 1, e.g. 30 days.");
        }
        calendar(a, d, out);
    }

    private static void calendar(Agreement a, ClaimDeadline d, Findings out) {
        String path = Paths.regime("claimDeadline.calendarWindowId");
        boolean named = !Describe.blank(d.calendarWindowId());
        if (d.rule() == null || !d.rule().businessDays()) {
            if (named) {
                out.warning(path, "The claim deadline names window '" + d.calendarWindowId() + "' for its business days, "
                                + "but counts " + (d.rule() == ClaimDeadlineRule.END_OF_NTH_FOLLOWING_BILLING_CYCLE
                                ? "billing cycles" : "calendar days") + ": the window changes nothing.",
                        "Remove the window, or count business days.");
            }
            return;
        }
        if (!named) {
            out.error(path, "The claim deadline counts business days but does not say whose: no window's business days are named.",
                    "Choose the window whose days and holidays are business days, e.g. business hours.");
            return;
        }
        Optional<AvailabilityWindow> window = a.window(d.calendarWindowId());
        if (window.isEmpty()) {
            out.error(path, "The claim deadline counts the business days of window '" + d.calendarWindowId()
                    + "', but no window has that id.", "Choose one of the availability windows.");
            return;
        }
        AvailabilityWindow w = window.get();
        if (w.zone() == null || w.nominalWeeklyMinutes() == 0) {
            return;
        }
        if (w.isTwentyFourSeven() && w.holidays().isEmpty()) {
            out.warning(path, "The claim deadline counts business days of window " + Describe.label(w, a.windows().indexOf(w)) + ", which is open "
                            + "every day: its business days are calendar days.",
                    "Choose a window with business hours, or count calendar days.");
        }
    }
}
