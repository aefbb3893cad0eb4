package org.slastudio.export;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MaintenanceConvention;
import org.slastudio.model.MaintenanceRules;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.WeeklyHours;

/** How the agreement writes the hours of a window: days, times, weekly hours, maintenance windows and their rules. */
final class WindowWording {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private WindowWording() {
    }

    /** "Monday to Friday", "Saturday and Sunday", "Monday, Wednesday and Friday", "every day". */
    static String days(Set<DayOfWeek> days) {
        if (days == null || days.isEmpty()) {
            return "no day";
        }
        if (days.size() == 7) {
            return "every day";
        }
        List<String> runs = new ArrayList<>();
        DayOfWeek[] all = DayOfWeek.values();
        int i = 0;
        while (i < all.length) {
            if (!days.contains(all[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i + 1 < all.length && days.contains(all[i + 1])) {
                i++;
            }
            if (i - start >= 2) {
                runs.add(dayName(all[start]) + " to " + dayName(all[i]));
            } else {
                for (int d = start; d <= i; d++) {
                    runs.add(dayName(all[d]));
                }
            }
            i++;
        }
        return Wording.list(runs);
    }

    static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    /** "08:00-18:00", with a range ending at midnight written as 24:00. */
    static String timeRange(LocalTime from, LocalTime until) {
        if (from == null || until == null) {
            return Wording.NOT_STATED;
        }
        String end = LocalTime.MIDNIGHT.equals(until) && !LocalTime.MIDNIGHT.equals(from) ? "24:00" : CLOCK.format(until);
        return CLOCK.format(from) + "-" + end;
    }

    /** The weekly hours in words, ranges on the same days together: "00:00-08:00 and 18:00-24:00 Monday to Friday". */
    static String hours(List<WeeklyHours> hours) {
        Map<Set<DayOfWeek>, List<String>> byDays = new LinkedHashMap<>();
        for (WeeklyHours h : hours) {
            if (h == null) {
                continue;
            }
            String range = h.isWholeDay() ? "all day" : timeRange(h.from(), h.until());
            byDays.computeIfAbsent(h.days(), d -> new ArrayList<>()).add(range);
        }
        List<String> parts = new ArrayList<>();
        byDays.forEach((days, ranges) -> parts.add(Wording.list(ranges) + " " + days(days)));
        return parts.isEmpty() ? "no hours" : String.join(", and ", parts);
    }

    /**
     * The whole window in one phrase: "08:00-18:00 Monday to Friday, Europe/Berlin, excluding public holidays and
     * the maintenance window Sunday 02:00-04:00".
     */
    static String window(AvailabilityWindow window) {
        String hours = window.isTwentyFourSeven() ? "24 hours a day, 7 days a week" : hours(window.hours());
        StringBuilder out = new StringBuilder(hours);
        out.append(", ").append(window.zone() == null ? "time zone " + Wording.NOT_STATED : window.zone().getId());
        List<String> excluded = new ArrayList<>();
        if (!window.holidays().isEmpty()) {
            excluded.add("public holidays");
        }
        List<String> maintenance = window.maintenance().stream().filter(Objects::nonNull).map(WindowWording::maintenance).toList();
        String named = maintenance.size() == 1 ? "the maintenance window " + maintenance.get(0)
                : maintenance.size() > 1 ? "the maintenance windows " + Wording.list(maintenance) : null;
        boolean counted = window.maintenanceRules().conventionOrDefault() == MaintenanceConvention.COUNTED_AS_AVAILABLE;
        if (named != null && !counted) {
            excluded.add(named);
        }
        if (!excluded.isEmpty()) {
            out.append(", excluding ").append(Wording.list(excluded));
        }
        if (named != null && counted) {
            out.append(", ").append(named).append(" counted as available time");
        }
        return out.toString();
    }

    /**
     * What a window's maintenance rules say, in a sentence or two: whether its Maintenance Windows leave the measured
     * time or count as available time, and which planned work outside them its notice excuses. Empty for a window
     * with neither maintenance nor a notice term.
     */
    static String maintenanceRules(AvailabilityWindow window, String businessDaysWindowName) {
        MaintenanceRules r = window.maintenanceRules();
        boolean hasWindows = window.maintenance().stream().anyMatch(Objects::nonNull);
        Integer notice = r.plannedWorkNoticeBusinessDays();
        if (r.isStandard() || !hasWindows && notice == null) {
            // The standard rules are what the clause on Scheduled Maintenance already says.
            return "";
        }
        boolean counted = r.conventionOrDefault() == MaintenanceConvention.COUNTED_AS_AVAILABLE;
        StringBuilder out = new StringBuilder();
        boolean both = notice != null;
        String what = both ? "Scheduled Maintenance and excused Planned Work" : "Scheduled Maintenance";
        out.append(counted
                ? what + " in it " + (both ? "count" : "counts") + " as time in which the Service is available: "
                        + (both ? "they stay" : "it stays") + " in the time measured, and a failure during "
                        + (both ? "them" : "it") + " is not Downtime."
                : what + " in it " + (both ? "are" : "is") + " excluded from the time measured.");
        if (notice != null) {
            out.append(" Planned work outside the Maintenance Windows that the Provider announces at least ")
                    .append(notice).append(notice == 1 ? " Business Day" : " Business Days")
                    .append(" before it begins is excused Planned Work; announced later, or not announced, it is Downtime."
                            + " For this purpose a Business Day is ")
                    .append(businessDaysWindowName == null
                            ? "a day from Monday to Friday" + (window.holidays().isEmpty() ? "" : " that is not a public holiday of this window")
                            : "a day on which the window “" + businessDaysWindowName + "” has hours, other than its public holidays")
                    .append(", and notice is counted in whole Business Days from the time of the announcement.");
        }
        return out.toString();
    }

    /** "Sunday 02:00-04:00". */
    static String maintenance(MaintenanceWindow m) {
        return days(m.days()) + " " + timeRange(m.from(), m.until());
    }
}
