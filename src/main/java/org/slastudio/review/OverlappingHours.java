package org.slastudio.review;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.WeeklyHours;

/** Hours entries of one window that cover the same time are counted twice in the window's nominal week. */
final class OverlappingHours implements ReviewRule {
    private static final int MINUTES_A_DAY = 24 * 60;
    private static final int MINUTES_A_WEEK = 7 * MINUTES_A_DAY;

    @Override
    public void check(Agreement a, Findings out) {
        for (int i = 0; i < a.windows().size(); i++) {
            AvailabilityWindow w = a.windows().get(i);
            if (w == null) {
                continue;
            }
            int[] coveredBy = new int[MINUTES_A_WEEK];
            Arrays.fill(coveredBy, -1);
            for (int k = 0; k < w.hours().size(); k++) {
                WeeklyHours h = w.hours().get(k);
                if (h == null || h.from() == null || h.until() == null) {
                    continue;
                }
                int first = firstOverlap(h, k, coveredBy);
                if (first >= 0) {
                    out.warning(Paths.window(i) + ".hours[" + k + "]", "Window " + Describe.label(w, i) + ": hours " + (k + 1) + " overlap hours "
                                    + (coveredBy[first] + 1) + " on " + DayOfWeek.of(first / MINUTES_A_DAY + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                                    + " at " + LocalTime.ofSecondOfDay(first % MINUTES_A_DAY * 60L) + ", so that time counts twice in the week.",
                            "Change the hours so that each time of the week appears once.");
                }
            }
        }
    }

    /** Marks the entry's minutes as its own and returns the first minute of the week an earlier entry already had, or -1. */
    private static int firstOverlap(WeeklyHours h, int entry, int[] coveredBy) {
        int first = -1;
        for (DayOfWeek day : h.days()) {
            int start = (day.getValue() - 1) * MINUTES_A_DAY + h.from().toSecondOfDay() / 60;
            for (int m = 0; m < h.minutesPerDay(); m++) {
                int minute = (start + m) % MINUTES_A_WEEK;
                if (coveredBy[minute] >= 0 && coveredBy[minute] != entry) {
                    first = first < 0 || minute < first ? minute : first;
                } else {
                    coveredBy[minute] = entry;
                }
            }
        }
        return first;
    }
}
