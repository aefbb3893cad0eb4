package org.slastudio.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/**
 * A named schedule in which a service must be available, e.g. "Business hours": 08:00-18:00 Monday to Friday,
 * Europe/Berlin, excluding public holidays and the Sunday maintenance window.
 *
 * @param hours       the weekly hours; all seven days 00:00-00:00 is 24x7
 * @param holidays    dates on which the window is closed
 * @param maintenance recurring windows excluded from measurement
 * @param maintenanceRules whether maintenance leaves the measured time or counts as available, and the notice that
 *                    excuses planned work outside the maintenance windows; never null
 */
public record AvailabilityWindow(
        String id,
        String name,
        ZoneId zone,
        List<WeeklyHours> hours,
        List<LocalDate> holidays,
        List<MaintenanceWindow> maintenance,
        MaintenanceRules maintenanceRules) {

    public AvailabilityWindow {
        hours = Lists.copy(hours);
        holidays = Lists.copy(holidays);
        maintenance = Lists.copy(maintenance);
        maintenanceRules = maintenanceRules == null ? MaintenanceRules.standard() : maintenanceRules;
    }

    /** A window under the standard maintenance rules: maintenance leaves the measured time, no notice term. */
    public AvailabilityWindow(String id, String name, ZoneId zone, List<WeeklyHours> hours, List<LocalDate> holidays,
                              List<MaintenanceWindow> maintenance) {
        this(id, name, zone, hours, holidays, maintenance, MaintenanceRules.standard());
    }

    public AvailabilityWindow withMaintenanceRules(MaintenanceRules value) {
        return new AvailabilityWindow(id, name, zone, hours, holidays, maintenance, value);
    }

    public static AvailabilityWindow twentyFourSeven(String id, String name, ZoneId zone) {
        return new AvailabilityWindow(id, name, zone,
                List.of(new WeeklyHours(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)),
                List.of(), List.of());
    }

    /** Every minute of every day, before holidays and maintenance are taken out. */
    public boolean isTwentyFourSeven() {
        EnumSet<DayOfWeek> covered = EnumSet.noneOf(DayOfWeek.class);
        for (WeeklyHours h : hours) {
            if (h != null && h.isWholeDay()) {
                covered.addAll(h.days());
            }
        }
        return covered.size() == 7;
    }

    /** Minutes in a nominal week, before holidays, maintenance and daylight saving changes. */
    public long nominalWeeklyMinutes() {
        long total = 0;
        for (WeeklyHours h : hours) {
            if (h != null) {
                total += h.days().size() * h.minutesPerDay();
            }
        }
        return Math.min(total, 7L * 24 * 60);
    }
}
