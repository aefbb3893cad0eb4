package org.slastudio.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.WeeklyHours;

/** Windows the tests draw, written the way a test table reads them. */
final class Windows {
    private Windows() {
    }

    static AvailabilityWindow twentyFourSeven(String zone) {
        return AvailabilityWindow.twentyFourSeven("24x7", "Around the clock", ZoneId.of(zone));
    }

    /** "Mon-Fri 08:00-18:00", "Sun 01:00-04:00", "Mon-Sun 22:00-06:00"; holidays as ISO dates. */
    static AvailabilityWindow of(String hours, String zone, String... holidays) {
        return new AvailabilityWindow("w", "Window", ZoneId.of(zone), List.of(weekly(hours)),
                Arrays.stream(holidays).map(LocalDate::parse).toList(), List.of());
    }

    static AvailabilityWindow withMaintenance(AvailabilityWindow window, String hours) {
        WeeklyHours h = weekly(hours);
        return new AvailabilityWindow(window.id(), window.name(), window.zone(), window.hours(), window.holidays(),
                List.of(new MaintenanceWindow("Maintenance", h.days(), h.from(), h.until(), 72)));
    }

    static WeeklyHours weekly(String text) {
        String[] parts = text.trim().split(" ");
        String[] days = parts[0].split("-");
        DayOfWeek first = day(days[0]);
        DayOfWeek last = days.length > 1 ? day(days[1]) : first;
        EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d = first; ; d = d.plus(1)) {
            set.add(d);
            if (d == last) {
                break;
            }
        }
        String[] times = parts[1].split("-");
        return new WeeklyHours(set, LocalTime.parse(times[0]), LocalTime.parse(times[1]));
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().substring(0, 3).equalsIgnoreCase(abbreviation)) {
                return d;
            }
        }
        throw new IllegalArgumentException(abbreviation);
    }
}
