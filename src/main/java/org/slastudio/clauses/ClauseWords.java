package org.slastudio.clauses;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Money;

/** How the values placeholders fill in read: "99.95%", "EUR 18,500.00", "Monday to Friday", "the second". */
final class ClauseWords {
    private ClauseWords() {
    }

    static String percent(BigDecimal value) {
        return value.toPlainString() + "%";
    }

    /** E.g. "EUR 18,500.00": grouped for reading, every digit the draft holds kept. */
    static String money(Money money) {
        return money.currency() == null ? number(money.amount()) : Money.written(money.amount(), money.currency(), Locale.UK);
    }

    static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    /** Whole days read as days ("5 days'"), anything else in hours ("36 hours'"). */
    static String notice(int hours) {
        if (hours >= 48 && hours % 24 == 0) {
            return hours / 24 + " days'";
        }
        return hours + (hours == 1 ? " hour's" : " hours'");
    }

    static String period(MeasurementPeriod p) {
        return switch (p) {
            case CALENDAR_MONTH -> "calendar month";
            case FIXED_30_DAY_MONTH -> "30-day period";
            case CALENDAR_MONTH_AS_30_DAYS -> "calendar month";
            case CALENDAR_QUARTER -> "calendar quarter";
            case WEEK -> "week";
        };
    }

    /** "Monday to Friday" for a run of days, else "Monday, Wednesday and Friday"; in week order. */
    static String days(Set<DayOfWeek> days) {
        List<DayOfWeek> sorted = new ArrayList<>(EnumSet.copyOf(days));
        if (sorted.size() == 7) {
            return "every day";
        }
        boolean run = sorted.size() > 2 && sorted.get(sorted.size() - 1).getValue() - sorted.get(0).getValue() == sorted.size() - 1;
        if (run) {
            return name(sorted.get(0)) + " to " + name(sorted.get(sorted.size() - 1));
        }
        return list(sorted.stream().map(ClauseWords::name).toList(), "and");
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> parts, String last) {
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " " + last + " " + parts.get(parts.size() - 1);
    }

    static String times(LocalTime from, LocalTime until) {
        if (until.equals(LocalTime.MIDNIGHT)) {
            return from + " to 24:00";
        }
        return from + " to " + until + (until.isBefore(from) ? " the next day" : "");
    }

    static String ordinal(int n) {
        String[] words = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};
        if (n >= 1 && n <= words.length) {
            return words[n - 1];
        }
        int lastTwo = Math.abs(n) % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (Math.abs(n) % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
