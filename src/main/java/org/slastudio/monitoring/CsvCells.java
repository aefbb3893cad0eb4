package org.slastudio.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.slastudio.model.Decimals;

/** The cells of a row of records: split, and read as times, numbers and yes/no, each with a message naming its column. */
final class CsvCells {
    private CsvCells() {
    }

    /** A whole number of requests, e.g. 1200. */
    static long count(String text, String column) {
        if (text == null) {
            throw new IllegalArgumentException(column + " is empty; write the number of requests, e.g. 1200");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " \"" + text + "\" is not a whole number of requests; write e.g. 1200");
        }
    }

    static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** Commas separate cells; a cell may be quoted, and quotes inside it doubled. */
    static String[] split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells.toArray(new String[0]);
    }

    static String cell(String[] cells, Integer column) {
        if (column == null || column >= cells.length || cells[column].isEmpty()) {
            return null;
        }
        return cells[column];
    }

    /**
     * @param warn told when a local time was not one instant: inside the gap when clocks go forward, or in the hour
     *             they pass twice when they go back
     */
    static Instant instant(String text, String column, ZoneId zone, Consumer<String> warn) {
        if (text == null) {
            throw new IllegalArgumentException(column + " is empty; write a time such as 2026-02-03T09:00Z");
        }
        Object quick = isoTime(text);
        if (quick instanceof Instant at) {
            return at;
        }
        LocalDateTime local = quick instanceof LocalDateTime read ? read : null;
        if (local == null) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException withoutOffset) {
                try {
                    local = LocalDateTime.parse(text);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(column + " \"" + text + "\" is not a time; write e.g. 2026-02-03T09:00"
                            + " or 2026-02-03T09:00Z");
                }
            }
        }
        if (zone == null) {
            throw new IllegalArgumentException(column + " " + text + " has no offset and the agreement has no time "
                    + "zone ($.overview.timeZone); write it with one, e.g. " + text + "Z");
        }
        return inZone(local, zone, column, warn).toInstant();
    }

    /**
     * The usual forms read without java.time's parser, which a file of a million rows would wait on: 2026-02-03T09:00,
     * then :ss and a fraction of up to nine digits, then Z, +hh:mm or nothing. An {@link Instant}, a
     * {@link LocalDateTime} where no offset is written, or null for any other text (the parser then reads it, or says
     * why not).
     */
    static Object isoTime(String t) {
        int n = t.length();
        if (n < 16 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = 0;
        int nano = 0;
        int i = 16;
        if (i < n && t.charAt(i) == ':') {
            second = digits(t, i + 1, 2);
            i += 3;
            if (i < n && t.charAt(i) == '.') {
                int places = 0;
                for (i++; i < n && Character.isDigit(t.charAt(i)) && places < 9; i++, places++) {
                    nano = nano * 10 + (t.charAt(i) - '0');
                }
                if (places == 0) {
                    return null;
                }
                for (int p = places; p < 9; p++) {
                    nano *= 10;
                }
            }
        }
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.of(year, month, day, hour, minute, second, nano);
        } catch (java.time.DateTimeException e) {
            return null;
        }
        if (i == n) {
            return local;
        }
        if (t.charAt(i) == 'Z' && i + 1 == n) {
            return local.toInstant(ZoneOffset.UTC);
        }
        char sign = t.charAt(i);
        if ((sign == '+' || sign == '-') && n == i + 6 && t.charAt(i + 3) == ':') {
            int hours = digits(t, i + 1, 2);
            int minutes = digits(t, i + 4, 2);
            if ((hours | minutes) < 0) {
                return null;
            }
            try {
                return local.toInstant(sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes)
                        : ZoneOffset.ofHoursMinutes(-hours, -minutes));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /** The number written in {@code count} digits from {@code from}; -1 where any is not a digit or the text ends. */
    private static int digits(String t, int from, int count) {
        if (from + count > t.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** As java.time reads it (a skipped time moves on by the gap, a repeated one takes the first), said aloud. */
    static ZonedDateTime inZone(LocalDateTime local, ZoneId zone, String column, Consumer<String> warn) {
        ZonedDateTime read = ZonedDateTime.of(local, zone);
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        String written = column + " " + local;
        if (offsets.isEmpty()) {
            warn.accept(written + " does not exist in " + zone.getId() + " (clocks went forward); read as " + shown(read, local));
        } else if (offsets.size() > 1) {
            ZonedDateTime later = read.withLaterOffsetAtOverlap();
            warn.accept(written + " happens twice in " + zone.getId() + " (clocks went back); read as the first, "
                    + shown(read, local) + "; write " + later.toOffsetDateTime() + " for the second");
        }
        return read;
    }

    /** "03:30+01:00", with the date only where it is not the date written. */
    static String shown(ZonedDateTime read, LocalDateTime written) {
        String offset = read.getOffset().getId().equals("Z") ? "Z" : read.getOffset().getId();
        return (read.toLocalDate().equals(written.toLocalDate()) ? read.toLocalTime() : read.toLocalDateTime()) + offset;
    }

    static boolean planned(String text) {
        if (text == null) {
            return false;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "y": case "1": case "planned":
                return true;
            case "false": case "no": case "n": case "0": case "unplanned":
                return false;
            default:
                throw new IllegalArgumentException("planned \"" + text + "\" is neither true nor false");
        }
    }

    static BigDecimal rate(String text) {
        BigDecimal rate = number(text == null ? "" : text, "error_rate_percent \"" + (text == null ? "" : text) + "\"", "0.5");
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("error_rate_percent " + text + " is not between 0 and 100");
        }
        return rate;
    }

    /** A number within what a term can hold ({@link Decimals}); as the command line reads one. */
    static BigDecimal number(String text, String what, String example) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a number; write e.g. " + example);
        }
        if (!Decimals.fits(value)) {
            throw new IllegalArgumentException(what + " is out of range; " + Decimals.limit(example));
        }
        return value;
    }
}
