package org.slastudio.review;

import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MaintenanceConvention;
import org.slastudio.model.MaintenanceRules;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/**
 * The period convention and each window's maintenance rules: a month measured as 30 days only has meaning around
 * the clock; a notice term needs a sane number and an existing calendar; a choice that changes nothing is said to.
 */
final class PeriodAndMaintenanceTerms implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        MeasurementPeriod period = a.overview() == null ? null : a.overview().measurementPeriod();
        for (int i = 0; i < a.windows().size(); i++) {
            AvailabilityWindow w = a.windows().get(i);
            if (w == null) {
                continue;
            }
            String name = "Window " + Describe.label(w, i);
            if (period == MeasurementPeriod.CALENDAR_MONTH_AS_30_DAYS && measuresALevel(a, w) && !w.isTwentyFourSeven()) {
                out.warning(Paths.window(i) + ".hours", name + " is not open around the clock, but the agreement measures"
                        + " calendar months as 30 days (43,200 minutes), which only has meaning for a 24x7 window: its"
                        + " targets are measured against its real hours in each calendar month.",
                        "Measure by calendar month, or state the fixed minutes only for the 24x7 services.");
            }
            rules(w, i, name, a, out);
        }
    }

    private static void rules(AvailabilityWindow w, int i, String name, Agreement a, Findings out) {
        MaintenanceRules r = w.maintenanceRules();
        String path = Paths.window(i) + ".maintenanceRules";
        Integer notice = r.plannedWorkNoticeBusinessDays();
        if (notice != null && notice < 0) {
            out.error(path + ".plannedWorkNoticeBusinessDays", name + ": a notice of " + notice + " Business Days is negative.",
                    "Enter how many Business Days ahead planned work must be announced, e.g. 5.");
        }
        String calendar = r.businessDaysWindowId();
        if (calendar != null && !calendar.isBlank()) {
            if (a.window(calendar).isEmpty()) {
                out.error(path + ".businessDaysWindowId", name + " counts notice in the Business Days of window \""
                        + calendar + "\", which is not defined.", "Name one of the agreement's windows, or clear it for Monday to Friday.");
            } else if (notice == null) {
                out.warning(path + ".businessDaysWindowId", name + " names the window whose days are Business Days,"
                        + " but sets no notice for planned work, so it has no effect.",
                        "Set the Business Days of notice that excuse planned work, or clear the calendar.");
            }
        }
        boolean nothingToTreat = w.maintenance().stream().allMatch(m -> m == null) && notice == null;
        if (r.conventionOrDefault() == MaintenanceConvention.COUNTED_AS_AVAILABLE && nothingToTreat) {
            out.warning(path + ".convention", name + " counts maintenance as available time, but has no maintenance"
                    + " windows and excuses no planned work, so the choice has no effect.",
                    "Add the agreed maintenance windows, or leave the choice at its default.");
        }
    }

    private static boolean measuresALevel(Agreement a, AvailabilityWindow w) {
        for (Service s : a.services()) {
            if (s == null) {
                continue;
            }
            for (ServiceLevel l : s.levels()) {
                if (l != null && w.id() != null && w.id().equals(l.windowId())) {
                    return true;
                }
            }
        }
        return false;
    }
}
