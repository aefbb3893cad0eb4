package org.slastudio.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The common shape of a time in a monitoring export, 2026-02-03T09:00Z or 2026-02-03T09:00:15.250+01:00, read by
 * hand: OffsetDateTime.parse took most of the time of reading a year of records for fifty services (a million times).
 * Anything else, or anything it is unsure of, is left to java.time, which also words the message for a bad one.
 */
final class IsoTimes {
    private IsoTimes() {
    }

    /** The instant, or null where the text is not of the common shape with an offset. */
    static Instant withOffset(String text) {
        int n = text.length();
        if (n < 17 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int at = 16;
        int second = 0;
        int nanos = 0;
        if (at < n && text.charAt(at) == ':') {
            second = digits(text, at + 1, 2);
            at += 3;
            if (at < n && text.charAt(at) == '.') {
                int from = ++at;
                while (at < n && at - from < 9 && Character.isDigit(text.charAt(at))) {
                    at++;
                }
                if (at == from) {
                    return null;
                }
                nanos = digits(text, from, at - from);
                for (int i = at - from; i < 9; i++) {
                    nanos *= 10;
                }
            }
        }
        if ((year | month | day | hour | minute | second | nanos) < 0 || at >= n) {
            return null;
        }
        int offsetSeconds;
        if (text.charAt(at) == 'Z' && at + 1 == n) {
            offsetSeconds = 0;
        } else if ((text.charAt(at) == '+' || text.charAt(at) == '-') && at + 6 == n && text.charAt(at + 3) == ':') {
            int h = digits(text, at + 1, 2);
            int m = digits(text, at + 4, 2);
            if ((h | m) < 0 || h > 18 || m > 59) {
                return null;
            }
            offsetSeconds = (text.charAt(at) == '-' ? -1 : 1) * (h * 3600 + m * 60);
        } else {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                    .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number written in {@code count} digits from {@code from}; -1 where one of them is not a digit. */
    private static int digits(String text, int from, int count) {
        if (from + count > text.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
