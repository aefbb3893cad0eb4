package org.slastudio.cli;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.WeeklyHours;

/** Reads a window written on the command line: "24x7", "Mon-Fri 08:00-18:00" or several joined by commas. */
final class WindowSpec {
    private WindowSpec() {
    }

    static AvailabilityWindow parse(String text, ZoneId zone, List<LocalDate> holidays) {
        String spec = text == null ? "24x7" : text.trim();
        if (spec.equalsIgnoreCase("24x7")) {
            AvailabilityWindow all = AvailabilityWindow.twentyFourSeven("window", "24x7", zone);
            return new AvailabilityWindow(all.id(), all.name(), zone, all.hours(), holidays, List.of());
        }
        List<WeeklyHours> hours = new ArrayList<>();
        for (String part : spec.split(",")) {
            hours.add(weekly(part.trim(), spec));
        }
        return new AvailabilityWindow("window", spec, zone, hours, holidays, List.of());
    }

    private static WeeklyHours weekly(String part, String whole) {
        String[] pieces = part.split("\\s+");
        String[] times = pieces.length == 2 ? pieces[1].split("-") : new String[0];
        if (times.length != 2) {
            throw new IllegalArgumentException(bad(whole));
        }
        try {
            return new WeeklyHours(days(pieces[0], whole), LocalTime.parse(times[0]), LocalTime.parse(times[1]));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(bad(whole));
        }
    }

    private static EnumSet<DayOfWeek> days(String text, String whole) {
        String[] ends = text.split("-");
        DayOfWeek first = day(ends[0], whole);
        DayOfWeek last = ends.length == 2 ? day(ends[1], whole) : first;
        if (ends.length > 2) {
            throw new IllegalArgumentException(bad(whole));
        }
        EnumSet<DayOfWeek> days = EnumSet.of(first);
        for (DayOfWeek d = first; d != last; d = d.plus(1)) {
            days.add(d.plus(1));
        }
        return days;
    }

    private static DayOfWeek day(String text, String whole) {
        String t = text.toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (t.length() >= 3 && d.name().toLowerCase(Locale.ROOT).startsWith(t)) {
                return d;
            }
        }
        throw new IllegalArgumentException(bad(whole));
    }

    private static String bad(String whole) {
        return "--window \"" + whole + "\" is not a window; write e.g. \"24x7\", \"Mon-Fri 08:00-18:00\" "
                + "or \"Mon-Fri 08:00-18:00, Sat 09:00-13:00\"";
    }
}
