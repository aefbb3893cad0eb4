package org.slastudio.ui.windows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slastudio.engine.AllowedDowntime;
import org.slastudio.engine.WindowCalendar;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MaintenanceConvention;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Overview;
import org.slastudio.ui.fields.Names;

/**
 * Beside the maintenance choice, what it does to the selected window in the first period of the term: the
 * maintenance minutes, the minutes measured and what 99.9% allows, so the two conventions can be compared.
 */
final class MaintenanceMeaning {
    private static final BigDecimal EXAMPLE = new BigDecimal("99.9");

    private MaintenanceMeaning() {
    }

    static String of(Agreement agreement, AvailabilityWindow w, LocalDate today) {
        Overview overview = agreement.overview();
        if (w == null || w.zone() == null) {
            return "";
        }
        try {
            AllowedDowntime allowed = AllowedDowntime.of(overview, today);
            ZoneId cut = overview != null && overview.timeZone() != null ? overview.timeZone() : w.zone();
            WindowCalendar calendar = WindowCalendar.of(w, allowed.period(), cut);
            long maintenance = calendar.maintenanceTime().toMinutes();
            long measured = calendar.measuredTime().toMinutes();
            boolean counted = w.maintenanceRules().conventionOrDefault() == MaintenanceConvention.COUNTED_AS_AVAILABLE;
            String allows = allowed.describe(w, EXAMPLE, MeasurementRule.timeBased()).orElse("?");
            StringBuilder out = new StringBuilder(Character.toUpperCase(allowed.when().charAt(0)) + allowed.when().substring(1)
                    + ": " + String.format("%,d", maintenance) + " min of maintenance in the window's hours, "
                    + (counted ? "counted as available time" : "left out of the measured time") + ", so "
                    + String.format("%,d", measured) + " min are measured and 99.9% allows " + allows + ".");
            Integer notice = w.maintenanceRules().plannedWorkNoticeBusinessDays();
            if (notice != null) {
                String id = w.maintenanceRules().businessDaysWindowId();
                out.append(" Planned work outside the maintenance windows announced at least ").append(notice)
                        .append(notice == 1 ? " Business Day" : " Business Days").append(" ahead (")
                        .append(id == null || id.isBlank() ? "Monday to Friday"
                                : "the days of " + Names.of(id, agreement.window(id).map(AvailabilityWindow::name)))
                        .append(") is treated the same way; with less notice it is downtime.");
            }
            return out.toString();
        } catch (RuntimeException e) {
            // A half-drafted window has no figure yet; the review says what is missing.
            return "";
        }
    }
}
