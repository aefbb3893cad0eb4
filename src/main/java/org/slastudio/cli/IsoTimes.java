package org.slastudio.cli;

import java.time.Instant;

/**
 * The common shape of a time in a monitoring export, 2026-02-03T09:00Z or 2026-02-03T09:00:15.250+01:00, read by
 * hand, from the line it is in: OffsetDateTime.parse took most of the time of reading a year of records for fifty
 * services (a million times), and the objects it makes on the way kept the garbage collector busy. Anything else, or
 * anything it is unsure of, is left to java.time, which also words the message for a bad one.
 */
final class IsoTimes {
    private static final long SECONDS_PER_DAY = 86_400;
    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private IsoTimes() {
    }

    /** The instant, or null where the text is not of the common shape with an offset. */
    static Instant withOffset(String text) {
        return withOffset(text, 0, text.length());
    }

    /** As {@link #withOffset(String)}, for the characters {@code from} to {@code to} (exclusive) of a line. */
    static Instant withOffset(String text, int from, int to) {
        int n = to - from;
        if (n < 17 || text.charAt(from + 4) != '-' || text.charAt(from + 7) != '-' || text.charAt(from + 10) != 'T'
                || text.charAt(from + 13) != ':') {
            return null;
        }
        int year = digits(text, from, 4, to);
        int month = digits(text, from + 5, 2, to);
        int day = digits(text, from + 8, 2, to);
        int hour = digits(text, from + 11, 2, to);
        int minute = digits(text, from + 14, 2, to);
        int at = from + 16;
        int second = 0;
        int nanos = 0;
        if (at < to && text.charAt(at) == ':') {
            second = digits(text, at + 1, 2, to);
            at += 3;
            if (at < to && text.charAt(at) == '.') {
                int start = ++at;
                while (at < to && at - start < 9 && Character.isDigit(text.charAt(at))) {
                    at++;
                }
                if (at == start) {
                    return null;
                }
                nanos = digits(text, start, at - start, to);
                for (int i = at - start; i < 9; i++) {
                    nanos *= 10;
                }
            }
        }
        if ((year | month | day | hour | minute | second | nanos) < 0 || at >= to || month < 1 || month > 12 || day < 1
                || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int offsetSeconds;
        char sign = text.charAt(at);
        if (sign == 'Z' && at + 1 == to) {
            offsetSeconds = 0;
        } else if ((sign == '+' || sign == '-') && at + 6 == to && text.charAt(at + 3) == ':') {
            int h = digits(text, at + 1, 2, to);
            int m = digits(text, at + 4, 2, to);
            if ((h | m) < 0 || h > 18 || m > 59 || h == 18 && m > 0) {
                return null;
            }
            offsetSeconds = (sign == '-' ? -1 : 1) * (h * 3600 + m * 60);
        } else {
            return null;
        }
        long seconds = epochDay(year, month, day) * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    private static int daysIn(int year, int month) {
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return month == 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
    }

    /** Days from 1970-01-01 to a date of the proleptic Gregorian calendar, as LocalDate.toEpochDay counts them. */
    private static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    /** The number written in {@code count} digits from {@code from}; -1 where one of them is not a digit. */
    private static int digits(String text, int from, int count, int to) {
        if (from + count > to) {
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
