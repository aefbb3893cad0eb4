package org.slastudio.clauses;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.Quantity;
import org.slastudio.model.WeeklyHours;

/** An availability window's placeholders: its name, hours, maintenance windows and their notice. */
final class WindowPlaceholders {
    static final List<String> FORMS = List.of("window.<id>.name", "window.<id>.hours", "window.<id>.maintenance",
            "window.<id>.maintenanceNotice");

    private WindowPlaceholders() {
    }

    static FilledValue resolve(String[] p, Agreement a) {
        AvailabilityWindow w = a.window(p[1]).orElse(null);
        if (w == null) {
            return FilledValue.missing("the draft has no window '" + p[1] + "'");
        }
        String who = "window '" + p[1] + "'";
        return switch (p[2]) {
            case "name" -> FilledValue.of(w.name(), who + " has no name", String::valueOf);
            case "hours" -> hours(w, who);
            case "maintenance" -> maintenance(w, who);
            default -> notice(w, who);
        };
    }

    private static FilledValue hours(AvailabilityWindow w, String who) {
        List<String> parts = new ArrayList<>();
        if (w.isTwentyFourSeven()) {
            parts.add("at all times");
        } else {
            // Entries on the same days read as one: "Monday to Friday, 00:00 to 08:00 and 18:00 to 24:00".
            Map<Set<DayOfWeek>, List<String>> byDays = new LinkedHashMap<>();
            for (WeeklyHours h : w.hours()) {
                if (h != null && !h.days().isEmpty() && h.from() != null && h.until() != null) {
                    byDays.computeIfAbsent(h.days(), d -> new ArrayList<>())
                            .add(h.isWholeDay() ? "all day" : ClauseWords.times(h.from(), h.until()));
                }
            }
            byDays.forEach((days, times) -> parts.add(ClauseWords.days(days) + ", " + ClauseWords.list(times, "and")));
        }
        if (parts.isEmpty()) {
            return FilledValue.missing(who + " has no hours");
        }
        return FilledValue.of(String.join("; ", parts) + (w.zone() == null ? "" : " (" + w.zone().getId() + " time)"));
    }

    private static FilledValue maintenance(AvailabilityWindow w, String who) {
        List<String> parts = new ArrayList<>();
        for (MaintenanceWindow m : w.maintenance()) {
            if (m != null && !m.days().isEmpty() && m.from() != null && m.until() != null) {
                parts.add(ClauseWords.days(m.days()) + ", " + ClauseWords.times(m.from(), m.until())
                        + (m.noticeHours() == null ? "" : ", on " + ClauseWords.notice(m.noticeHours()) + " notice"));
            }
        }
        return parts.isEmpty() ? FilledValue.missing(who + " has no maintenance window") : FilledValue.of(String.join("; ", parts));
    }

    /** The notice of the first maintenance window that states one, e.g. "72 hours". */
    private static FilledValue notice(AvailabilityWindow w, String who) {
        for (MaintenanceWindow m : w.maintenance()) {
            if (m != null && m.noticeHours() != null) {
                return FilledValue.of(Quantities.format(new Quantity(BigDecimal.valueOf(m.noticeHours()), Quantity.Unit.HOURS, null)));
            }
        }
        return FilledValue.missing(who + " has no maintenance notice");
    }
}
