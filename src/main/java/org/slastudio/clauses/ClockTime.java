package org.slastudio.clauses;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slastudio.model.BusinessDayDeadline;
import org.slastudio.model.Metric;
import org.slastudio.model.PriorityTarget;

/**
 * A time target in the words a contract uses for it. On a business-hours clock, time counts only within the
 * window's hours, so 30 hours is "30 Business Hours", never "1 day 6 hours": a day of 24 hours is not a business day.
 * Around the clock, whole days read as days.
 */
public final class ClockTime {
    private ClockTime() {
    }

    /** Whether the metric's clock runs only within the hours of an availability window. */
    /** A notice period as a clause writes it, before "notice": "3 days'", "36 hours'". */
    public static String notice(int hours) {
        return ClauseWords.notice(hours);
    }

    public static boolean businessHours(Metric metric) {
        return metric.clockWindowId() != null && !metric.clockWindowId().isBlank();
    }

    /** "15 minutes", "4 hours 30 minutes", "2 days"; on a business clock "30 Business Hours", "90 minutes". */
    public static String inWords(Duration within, boolean businessHours) {
        long minutes = within.toMinutes();
        if (!businessHours && minutes >= 24 * 60 && minutes % (24 * 60) == 0) {
            return plural(minutes / (24 * 60), "day");
        }
        List<String> parts = new ArrayList<>();
        if (minutes / 60 > 0) {
            parts.add(plural(minutes / 60, businessHours ? "Business Hour" : "hour"));
        }
        if (minutes % 60 > 0 || parts.isEmpty()) {
            parts.add(plural(minutes % 60, "minute"));
        }
        return String.join(" ", parts);
    }

    /** "the end of the next Business Day". */
    public static String inWords(BusinessDayDeadline dueBy) {
        return switch (dueBy) {
            case END_OF_SAME_BUSINESS_DAY -> "the end of the same Business Day";
            case END_OF_NEXT_BUSINESS_DAY -> "the end of the next Business Day";
        };
    }

    /** "within 4 Business Hours", "by the end of the next Business Day". */
    public static String target(PriorityTarget target, Metric metric) {
        if (target.dueBy() != null) {
            return "by " + inWords(target.dueBy());
        }
        return target.within() == null ? null : "within " + inWords(target.within(), businessHours(metric));
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
