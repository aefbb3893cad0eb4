package org.slastudio.review;

import java.time.LocalDate;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.Round;

/**
 * A date far from any agreement's lifetime is a slip of the keyboard (999999999 for 2026), and the calendars,
 * deadlines and simulations worked out from it would overflow; so every date of a draft lies in 1900 to 2200.
 */
final class DatesInRange implements ReviewRule {
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    @Override
    public void check(Agreement a, Findings out) {
        if (a.overview() != null) {
            check(a.overview().effectiveDate(), Paths.overview("effectiveDate"), "The effective date", out);
        }
        for (int i = 0; i < a.windows().size(); i++) {
            AvailabilityWindow w = a.windows().get(i);
            for (int k = 0; w != null && k < w.holidays().size(); k++) {
                check(w.holidays().get(k), Paths.window(i) + ".holidays[" + k + "]",
                        "Window " + Describe.label(w, i) + ": holiday " + (k + 1), out);
            }
        }
        for (int r = 0; r < a.negotiation().rounds().size(); r++) {
            Round round = a.negotiation().rounds().get(r);
            if (round != null) {
                check(round.date(), "$.negotiation.rounds[" + r + "].date", "Round " + round.number() + ": the date", out);
            }
        }
    }

    private static void check(LocalDate date, String path, String what, Findings out) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            out.error(path, what + " " + date + " is outside the years " + EARLIEST.getYear() + " to " + LATEST.getYear()
                            + ", so no calendar can be worked out for it.",
                    "Check the year; dates are written year-month-day, e.g. 2026-12-25.");
        }
    }
}
