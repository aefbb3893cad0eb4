package org.slastudio.review;

import java.time.LocalTime;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.WeeklyHours;

/** A window without hours measures nothing; hours without days or times are not a schedule. */
final class WindowHours implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        for (int i = 0; i < a.windows().size(); i++) {
            AvailabilityWindow w = a.windows().get(i);
            if (w == null) {
                continue;
            }
            String name = "Window " + Describe.label(w, i);
            if (w.hours().stream().allMatch(h -> h == null)) {
                out.error(Paths.window(i) + ".hours", name + " has no hours: no target in it can be measured.",
                        "Enter the days and times the window covers, e.g. Monday to Friday 08:00-18:00.");
            }
            for (int k = 0; k < w.hours().size(); k++) {
                WeeklyHours h = w.hours().get(k);
                if (h != null) {
                    schedule(h.days().isEmpty(), h.from(), h.until(), Paths.window(i) + ".hours[" + k + "]", name + ", hours " + (k + 1), out);
                }
            }
            for (int k = 0; k < w.maintenance().size(); k++) {
                MaintenanceWindow m = w.maintenance().get(k);
                if (m == null) {
                    continue;
                }
                String path = Paths.window(i) + ".maintenance[" + k + "]";
                String what = name + ", maintenance window " + (Describe.blank(m.name()) ? String.valueOf(k + 1) : "'" + m.name() + "'");
                schedule(m.days().isEmpty(), m.from(), m.until(), path, what, out);
                if (m.noticeHours() != null && m.noticeHours() < 0) {
                    out.error(path + ".noticeHours", what + ": notice of " + m.noticeHours() + " hours is negative.",
                            "Enter how many hours ahead maintenance must be announced.");
                }
            }
        }
    }

    private static void schedule(boolean noDays, LocalTime from, LocalTime until, String path, String what, Findings out) {
        if (noDays) {
            out.error(path + ".days", what + " is on no day of the week.", "Choose the days it covers.");
        }
        if (from == null) {
            out.error(path + ".from", what + " has no start time.", "Enter the time it starts, e.g. 08:00.");
        }
        if (until == null) {
            out.error(path + ".until", what + " has no end time.", "Enter the time it ends, e.g. 18:00; 00:00 means midnight at the end of the day.");
        }
        if (from != null && from.equals(until) && !from.equals(LocalTime.MIDNIGHT)) {
            out.warning(path + ".until", what + " runs from " + from + " to " + until + ", which is read as 24 hours from " + from + ".",
                    "For whole days write 00:00-00:00; otherwise correct the end time.");
        }
    }
}
