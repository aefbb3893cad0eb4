package org.slastudio.engine;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slastudio.model.MeasurementPeriod;

/**
 * One concrete measurement period: calendar month 2025-03, a fixed 30-day month from a date, quarter 2025-Q1
 * or an ISO week. Held as local dates; the instants it covers depend on the zone in which periods are cut
 * (the agreement's zone, or UTC where the agreement says so).
 *
 * @param start first day of the period
 * @param end   first day after the period (exclusive)
 */
public record MeasurementPeriodRange(MeasurementPeriod kind, LocalDate start, LocalDate end) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    public MeasurementPeriodRange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A period must end after it starts: " + start + " to " + end);
        }
    }

    public static MeasurementPeriodRange calendarMonth(YearMonth month) {
        return new MeasurementPeriodRange(MeasurementPeriod.CALENDAR_MONTH,
                month.atDay(1), month.plusMonths(1).atDay(1));
    }

    /** A calendar month measured against a fixed month of 30 days (43,200 minutes). */
    public static MeasurementPeriodRange calendarMonthAsThirtyDays(YearMonth month) {
        return new MeasurementPeriodRange(MeasurementPeriod.CALENDAR_MONTH_AS_30_DAYS,
                month.atDay(1), month.plusMonths(1).atDay(1));
    }

    /** The same calendar stretch under another kind that cuts it the same way (a calendar month measured as 30 days). */
    public MeasurementPeriodRange as(MeasurementPeriod other) {
        return new MeasurementPeriodRange(other, start, end);
    }

    /** Whether availability is measured against a fixed 43,200 minutes rather than the month's real length. */
    public boolean measuredAsThirtyDays() {
        return kind == MeasurementPeriod.CALENDAR_MONTH_AS_30_DAYS;
    }

    /**
     * Which 30-day period this is, counting the one that starts on {@code anchor} as 1; only for consecutive 30-day
     * periods.
     */
    public long numberFrom(LocalDate anchor) {
        return Math.floorDiv(start.toEpochDay() - anchor.toEpochDay(), 30) + 1;
    }

    /** A nominal month of exactly 30 days from {@code start}, whatever the calendar month has. */
    public static MeasurementPeriodRange fixedThirtyDayMonth(LocalDate start) {
        return new MeasurementPeriodRange(MeasurementPeriod.FIXED_30_DAY_MONTH,
                start, start.plusDays(30));
    }

    public static MeasurementPeriodRange quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter);
        }
        LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
        return new MeasurementPeriodRange(MeasurementPeriod.CALENDAR_QUARTER,
                start, start.plusMonths(3));
    }

    /** The ISO week (Monday to Sunday) that contains {@code day}. */
    public static MeasurementPeriodRange weekContaining(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new MeasurementPeriodRange(MeasurementPeriod.WEEK, monday, monday.plusDays(7));
    }

    /**
     * The period of a calendar kind that contains {@code day}. A fixed 30-day month has no calendar of its own,
     * so it needs the day its first period started.
     */
    public static MeasurementPeriodRange containing(MeasurementPeriod kind, LocalDate day,
                                                    LocalDate fixedMonthAnchor) {
        switch (kind) {
            case CALENDAR_MONTH:
                return calendarMonth(YearMonth.from(day));
            case CALENDAR_MONTH_AS_30_DAYS:
                return calendarMonthAsThirtyDays(YearMonth.from(day));
            case CALENDAR_QUARTER:
                return quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
            case WEEK:
                return weekContaining(day);
            default:
                if (fixedMonthAnchor == null) {
                    throw new IllegalArgumentException("A fixed 30-day month needs the date the first one started");
                }
                long index = Math.floorDiv(day.toEpochDay() - fixedMonthAnchor.toEpochDay(), 30);
                return fixedThirtyDayMonth(fixedMonthAnchor.plusDays(30 * index));
        }
    }

    /** Reads "2025-03", "2025-Q1" or "2025-W13" (ISO week). */
    public static MeasurementPeriodRange parse(String text) {
        String t = text == null ? "" : text.trim();
        Matcher q = QUARTER.matcher(t);
        if (q.matches()) {
            return quarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)));
        }
        Matcher w = WEEK.matcher(t);
        if (w.matches()) {
            int week = Integer.parseInt(w.group(2));
            LocalDate fourthOfJanuary = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4);
            if (week < 1 || week > fourthOfJanuary.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                throw new IllegalArgumentException("There is no ISO week " + t);
            }
            return weekContaining(fourthOfJanuary.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week));
        }
        try {
            return calendarMonth(YearMonth.parse(t));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "Not a period: \"" + t + "\"; write a month as 2025-03, a quarter as 2025-Q1 or a week as 2025-W13");
        }
    }

    public Instant startIn(ZoneId zone) {
        return start.atStartOfDay(zone).toInstant();
    }

    public Instant endIn(ZoneId zone) {
        return end.atStartOfDay(zone).toInstant();
    }

    public LocalDate lastDay() {
        return end.minusDays(1);
    }

    public long days() {
        return end.toEpochDay() - start.toEpochDay();
    }

    public MeasurementPeriodRange next() {
        return following(1);
    }

    public MeasurementPeriodRange previous() {
        return following(-1);
    }

    /** The periods before this one, latest first, that start within the 12 months ending with it: a rolling cap's look-back. */
    public List<MeasurementPeriodRange> earlierInTwelveMonths() {
        LocalDate since = end.minusMonths(12);
        List<MeasurementPeriodRange> earlier = new ArrayList<>();
        for (MeasurementPeriodRange p = previous(); !p.start().isBefore(since); p = p.previous()) {
            earlier.add(p);
        }
        return earlier;
    }

    /** The period {@code n} periods after this one (before it when negative). */
    public MeasurementPeriodRange following(int n) {
        switch (kind) {
            case CALENDAR_MONTH:
                return calendarMonth(YearMonth.from(start).plusMonths(n));
            case CALENDAR_MONTH_AS_30_DAYS:
                return calendarMonthAsThirtyDays(YearMonth.from(start).plusMonths(n));
            case CALENDAR_QUARTER:
                LocalDate s = start.plusMonths(3L * n);
                return new MeasurementPeriodRange(kind, s, s.plusMonths(3));
            case WEEK:
                return weekContaining(start.plusWeeks(n));
            default:
                return fixedThirtyDayMonth(start.plusDays(30L * n));
        }
    }

    public String label() {
        switch (kind) {
            case CALENDAR_MONTH:
            case CALENDAR_MONTH_AS_30_DAYS:
                return YearMonth.from(start).toString();
            case CALENDAR_QUARTER:
                return start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3);
            case WEEK:
                return String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                        start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            default:
                return "30 days from " + start;
        }
    }

    @Override
    public String toString() {
        return label();
    }
}
