package org.slastudio.ui.fields;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slastudio.model.PriorityTarget;

/** How the wizard reads what users type. Each parser throws IllegalArgumentException with the fix as its message. */
public final class Parsers {
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.h](\\d{2}))?");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d{1,7})\\s*(days?|d|hours?|h|minutes?|mins|min|m)");

    private Parsers() {
    }

    /** "99.95", "99.95%" and "99,95 %" are all 99.95, kept exact. */
    public static BigDecimal percent(String text) {
        String s = text.strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        BigDecimal value = decimal(s.replace(',', '.'), "enter a percentage from 0 to 100, e.g. 99.95 or 99.95%");
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("enter a percentage from 0 to 100, e.g. 99.95 or 99.95%");
        }
        return value;
    }

    /** A non-negative amount; spaces, apostrophes and thousands commas are ignored ("12,000.50"). */
    public static BigDecimal amount(String text) {
        String s = text.replaceAll("[\\s'_]", "");
        s = s.contains(".") ? s.replace(",", "") : s.replaceAll(",(\\d{3})(?=,|$)", "$1").replace(',', '.');
        BigDecimal value = decimal(s, "enter an amount such as 12000 or 12,000.50");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("enter an amount of zero or more, e.g. 12000");
        }
        return value;
    }

    public static BigDecimal number(String text) {
        return decimal(text.strip().replace(',', '.'), "enter a number, e.g. 3 or 2.5");
    }

    public static Integer wholeNumber(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("enter a whole number of zero or more, e.g. 12");
        }
    }

    public static Currency currency(String text) {
        try {
            return Currency.getInstance(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("enter a three-letter currency code, e.g. EUR, USD or GBP");
        }
    }

    public static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("pick a time zone from the list, e.g. Europe/Berlin or UTC");
        }
    }

    /** "8", "08:00", "8.30" and "24:00" (the end of the day, stored as midnight). */
    public static LocalTime time(String text) {
        Matcher m = TIME.matcher(text.strip());
        String hint = "enter a time of day as hh:mm, e.g. 08:00 or 18:30";
        if (!m.matches()) {
            throw new IllegalArgumentException(hint);
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour == 24 && minute == 0) {
            return LocalTime.MIDNIGHT;
        }
        if (hour > 23 || minute > 59) {
            throw new IllegalArgumentException(hint);
        }
        return LocalTime.of(hour, minute);
    }

    public static String formatTime(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /** A range of the clock on one day; {@code until} 00:00 is the end of the day, before {@code from} the next day. */
    public record TimeRange(LocalTime from, LocalTime until) {
    }

    /** "08:00-18:00", or several: "00:00-08:00, 18:00-24:00". */
    public static List<TimeRange> timeRanges(String text) {
        List<TimeRange> ranges = new ArrayList<>();
        for (String part : text.split("[,;]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] ends = part.strip().split("\\s*(?:-|–|to)\\s*");
            if (ends.length != 2) {
                throw new IllegalArgumentException("write hours as 08:00-18:00, several separated by commas");
            }
            ranges.add(new TimeRange(time(ends[0]), time(ends[1])));
        }
        return ranges;
    }

    public static String formatTimeRanges(List<TimeRange> ranges) {
        return ranges.stream().map(r -> formatTime(r.from()) + "–" + (r.until().equals(LocalTime.MIDNIGHT) ? "24:00"
                : formatTime(r.until()))).collect(Collectors.joining(", "));
    }

    /** "15m", "4h", "1h 30m", "2 days" or ISO "PT15M". */
    public static Duration duration(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        String hint = "enter a duration such as 15m, 4h, 1h 30m or 2d";
        Duration total = Duration.ZERO;
        try {
            if (s.startsWith("p")) {
                total = Duration.parse(s.toUpperCase(Locale.ROOT));
            } else {
                Matcher m = DURATION_PART.matcher(s);
                int end = 0;
                while (m.find()) {
                    if (!s.substring(end, m.start()).isBlank()) {
                        throw new IllegalArgumentException(hint);
                    }
                    long n = Long.parseLong(m.group(1));
                    char unit = m.group(2).charAt(0);
                    total = total.plus(unit == 'd' ? Duration.ofDays(n) : unit == 'h' ? Duration.ofHours(n) : Duration.ofMinutes(n));
                    end = m.end();
                }
                if (end == 0 || !s.substring(end).isBlank()) {
                    throw new IllegalArgumentException(hint);
                }
            }
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(hint);
        }
        if (total.abs().compareTo(PriorityTarget.LONGEST) > 0) {
            throw new IllegalArgumentException("at most " + PriorityTarget.LONGEST.toDays() + " days; " + hint);
        }
        return total;
    }

    /**
     * A time target on a response clock. On a business-hours clock days are refused: "2d" would be read as 48 hours,
     * which is not what "two business days" means.
     */
    public static Duration clockDuration(String text, boolean businessClock) {
        if (businessClock && text.toLowerCase(Locale.ROOT).matches(".*\\d\\s*d(ays?)?\\b.*|p\\d+d.*")) {
            throw new IllegalArgumentException("on a business-hours clock give hours, e.g. 30h: a business day is as long as"
                    + " the window's working day, not 24 hours");
        }
        return duration(text);
    }

    /** "15m", "1h 30m", "30h": never days, which on a business-hours clock would read as 24-hour days. */
    public static String formatDuration(Duration d) {
        List<String> parts = new ArrayList<>();
        if (d.toHours() > 0) {
            parts.add(d.toHours() + "h");
        }
        if (d.toMinutesPart() > 0 || parts.isEmpty()) {
            parts.add(d.toMinutesPart() + "m");
        }
        return String.join(" ", parts);
    }

    private static final java.time.format.DateTimeFormatter[] DATE_FORMS = {
            java.time.format.DateTimeFormatter.ISO_LOCAL_DATE,
            java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ENGLISH)};

    /** "2027-01-01", "1 January 2027", "1 Jan 2027" or "1/1/2027" (day first, as in the UK), between 1900 and 2200. */
    public static LocalDate date(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        for (java.time.format.DateTimeFormatter form : DATE_FORMS) {
            try {
                LocalDate date = LocalDate.parse(s, form.withResolverStyle(java.time.format.ResolverStyle.STRICT));
                if (date.getYear() < 1900 || date.getYear() > 2200) {
                    throw new IllegalArgumentException("enter a date between 1900 and 2200");
                }
                return date;
            } catch (DateTimeParseException e) {
                // the next form, perhaps
            }
        }
        throw new IllegalArgumentException("enter a date such as 2027-01-01 or 1 January 2027");
    }

    /** ISO dates separated by commas or new lines. */
    public static List<LocalDate> dates(String text) {
        List<LocalDate> dates = new ArrayList<>();
        for (String part : text.split("[,;\\n]")) {
            if (!part.isBlank()) {
                try {
                    dates.add(LocalDate.parse(part.strip()));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("\"" + part.strip() + "\" is not a date; write dates as 2026-12-25");
                }
            }
        }
        return dates;
    }

    public static String formatDates(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).collect(Collectors.joining("\n"));
    }

    /** "Sat, Sun", "Mon-Fri", "sunday". */
    public static Set<DayOfWeek> days(String text) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            String[] range = part.split("[-–]");
            DayOfWeek from = day(range[0]);
            DayOfWeek to = range.length > 1 ? day(range[1]) : from;
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                days.add(d);
                if (d == to) {
                    break;
                }
            }
        }
        return days;
    }

    public static String formatDays(Set<DayOfWeek> days) {
        return days.stream().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).collect(Collectors.joining(", "));
    }

    private static DayOfWeek day(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (s.length() >= 2 && d.name().toLowerCase(Locale.ROOT).startsWith(s)) {
                return d;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a day; write days as Mon-Fri or Sat, Sun");
    }

    /** Plain decimals only: "1e9" is not how a contract writes a number, and 1E+2147483648 would not fit in memory. */
    private static BigDecimal decimal(String s, String hint) {
        if (!s.matches("[+-]?(\\d{1,15}(\\.\\d{0,10})?|\\.\\d{1,10})")) {
            throw new IllegalArgumentException(hint);
        }
        return new BigDecimal(s);
    }
}
