package org.slastudio.monitoring;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.function.Consumer;

/**
 * Times as monitoring files write them: ISO-8601 with an offset (2026-02-03T09:00Z, 2026-02-03T10:00+01:00) or
 * without one, then read in a given zone, saying so where the clocks skipped or repeated that local time.
 */
public final class Times {

    private Times() {
    }

    /**
     * @param column names the value in messages, e.g. "start" or "--raised"; null where the message is prefixed with
     *               the value's place (a JSON path)
     * @param zone   where a time without an offset is read; null when there is none, which makes such a time an error
     * @param warn   told when a local time was not one instant: inside the gap when clocks go forward, or in the hour
     *               they pass twice when they go back
     * @throws IllegalArgumentException saying what is wrong and what to write instead
     */
    public static Instant instant(String text, String column, ZoneId zone, Consumer<String> warn) {
        return instant(text, column, zone, warn, false);
    }

    /** @param spaced whether a space may stand for the T, as exports write "2026-02-03 09:00:00" */
    static Instant instant(String text, String column, ZoneId zone, Consumer<String> warn, boolean spaced) {
        if (spaced && text != null && text.length() > 10 && text.charAt(10) == ' ') {
            Instant quick = quickly(text, zone, true);
            if (quick != null) {
                return quick;
            }
            text = text.substring(0, 10) + 'T' + text.substring(11);
        }
        String named = column == null ? "" : column + " ";
        if (text == null) {
            throw new IllegalArgumentException(named + "is empty; write a time such as 2026-02-03T09:00Z");
        }
        Instant quick = quickly(text, zone, false);
        if (quick != null) {
            return quick;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                LocalDateTime local = LocalDateTime.parse(text);
                if (zone == null) {
                    throw new IllegalArgumentException(named + text + " has no offset and the agreement has no time "
                            + "zone ($.overview.timeZone); write it with one, e.g. " + text + "Z");
                }
                return inZone(local, zone, column, warn).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(named + "\"" + text + "\" is not a time; write e.g. 2026-02-03T09:00 or "
                        + "2026-02-03T09:00Z");
            }
        }
    }

    /**
     * The common forms (yyyy-MM-ddTHH:mm[:ss[.fraction]] then Z, ±HH:mm or nothing) read without java.time's
     * formatter, which costs more than the rest of a CSV row; null for anything else, or anything doubtful (a local
     * time the clocks skip or repeat), which the full reading then handles and explains.
     */
    private static Instant quickly(String s, ZoneId zone, boolean spaced) {
        int n = s.length();
        if (n < 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' && !(spaced && s.charAt(10) == ' ')
                || s.charAt(13) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > java.time.YearMonth.of(year, month).lengthOfMonth()
                || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return null;
        }
        int i = 16;
        int second = 0;
        int nanos = 0;
        if (i < n && s.charAt(i) == ':') {
            second = digits(s, i + 1, i + 3);
            if (second < 0 || second > 59) {
                return null;
            }
            i += 3;
            if (i < n && s.charAt(i) == '.') {
                int start = ++i;
                while (i < n && i - start < 9 && Character.isDigit(s.charAt(i))) {
                    nanos = nanos * 10 + (s.charAt(i) - '0');
                    i++;
                }
                if (i == start) {
                    return null;
                }
                for (int k = i - start; k < 9; k++) {
                    nanos *= 10;
                }
            }
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        if (i == n) {
            if (zone == null) {
                return null;
            }
            ZoneRules rules = zone.getRules();
            if (rules.isFixedOffset()) {
                return local.toInstant(rules.getOffset(Instant.EPOCH));
            }
            List<ZoneOffset> offsets = rules.getValidOffsets(local);
            return offsets.size() == 1 ? local.toInstant(offsets.get(0)) : null;
        }
        char sign = s.charAt(i);
        if ((sign == 'Z' || sign == 'z') && i + 1 == n) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if ((sign == '+' || sign == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
            int hours = digits(s, i + 1, i + 3);
            int minutes = digits(s, i + 4, i + 6);
            if (hours < 0 || minutes < 0 || minutes > 59 || hours * 60 + minutes > 18 * 60) {
                return null;
            }
            int seconds = (hours * 3600 + minutes * 60) * (sign == '-' ? -1 : 1);
            return local.toInstant(ZoneOffset.ofTotalSeconds(seconds));
        }
        return null;
    }

    /** The number written in s[from, to), or -1 if any of it is not a digit. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** As java.time reads it (a skipped time moves on by the gap, a repeated one takes the first), said aloud. */
    private static ZonedDateTime inZone(LocalDateTime local, ZoneId zone, String column, Consumer<String> warn) {
        ZonedDateTime read = ZonedDateTime.of(local, zone);
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        String written = (column == null ? "" : column + " ") + local;
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
    private static String shown(ZonedDateTime read, LocalDateTime written) {
        String offset = read.getOffset().getId().equals("Z") ? "Z" : read.getOffset().getId();
        return (read.toLocalDate().equals(written.toLocalDate()) ? read.toLocalTime() : read.toLocalDateTime()) + offset;
    }
}
