package org.slastudio.engine;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MaintenanceConvention;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.WeeklyHours;

/**
 * The time a window is open within a stretch of time, as sorted intervals: its weekly hours laid on the real
 * calendar of the window's own zone (so a 23- or 25-hour day counts as it is), minus its holidays (whole days
 * in that zone) and minus its maintenance windows where they leave the measured time (where they count as
 * available time they stay in, but no outage in them is downtime).
 */
public final class WindowCalendar {

    /** One stretch of open time, start inclusive, end exclusive. */
    public record OpenInterval(Instant start, Instant end) {
        public Duration length() {
            return Duration.between(start, end);
        }
    }

    private static final long THIRTY_DAYS_MILLIS = 30L * 24 * 60 * 60_000;

    private final AvailabilityWindow window;
    private final Instant from;
    private final Instant to;
    private final Spans open;
    private final Spans countable;
    private final Spans maintenance;
    private final long nominalCutMillis;

    private WindowCalendar(AvailabilityWindow window, Instant from, Instant to, Spans open, Spans countable,
                           Spans maintenance, long nominalCutMillis) {
        this.window = window;
        this.from = from;
        this.to = to;
        this.open = open;
        this.countable = countable;
        this.maintenance = maintenance;
        this.nominalCutMillis = nominalCutMillis;
    }

    /** The window's open time in a measurement period cut in {@code periodZone}. */
    public static WindowCalendar of(AvailabilityWindow window, MeasurementPeriodRange period, ZoneId periodZone) {
        return of(window, period, periodZone, Spans.EMPTY);
    }

    /**
     * As {@link #of(AvailabilityWindow, MeasurementPeriodRange, ZoneId)}, with planned work excused by notice treated
     * as maintenance. A calendar month measured as 30 days is measured against 43,200 minutes less what the window
     * takes out of it, but only for a window open around the clock: for any other window the fixed month has no
     * meaning (the review says so) and its real open time is the measure.
     */
    static WindowCalendar of(AvailabilityWindow window, MeasurementPeriodRange period, ZoneId periodZone, Spans excusedWork) {
        Instant a = period.startIn(periodZone);
        Instant b = period.endIn(periodZone);
        long cut = period.measuredAsThirtyDays() && window.isTwentyFourSeven()
                ? b.toEpochMilli() - a.toEpochMilli() - THIRTY_DAYS_MILLIS : 0;
        return of(window, a, b, excusedWork, cut);
    }

    public static WindowCalendar of(AvailabilityWindow window, Instant from, Instant to) {
        return of(window, from, to, Spans.EMPTY, 0);
    }

    private static WindowCalendar of(AvailabilityWindow window, Instant from, Instant to, Spans excusedWork, long cut) {
        long a = from.toEpochMilli();
        long b = to.toEpochMilli();
        Spans range = Spans.of(a, b);
        Spans hours = hoursAndHolidays(window, a, b).intersect(range);
        Spans maintenance = maintenance(window, a, b).intersect(hours);
        Spans countable = hours.minus(maintenance.union(excusedWork.intersect(hours)));
        Spans measured = window.maintenanceRules().conventionOrDefault() == MaintenanceConvention.COUNTED_AS_AVAILABLE
                ? hours : countable;
        return new WindowCalendar(window, from, to, measured, countable, maintenance, cut);
    }

    /** The weekly hours minus holidays, not yet cut to [from, to); maintenance is left in (a support clock runs through it). */
    static Spans hoursAndHolidays(AvailabilityWindow window, long from, long to) {
        ZoneId zone = zoneOf(window);
        LocalDate first = Instant.ofEpochMilli(from).atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = Instant.ofEpochMilli(to).atZone(zone).toLocalDate();
        SpanBuilder open = new SpanBuilder();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            for (WeeklyHours h : window.hours()) {
                if (h != null) {
                    open.addDaily(d, h.days(), h.from(), h.until(), zone);
                }
            }
        }
        SpanBuilder closed = new SpanBuilder();
        for (LocalDate holiday : window.holidays()) {
            // Only the days laid out above matter; one far outside them (year 999999999) has no instant in millis.
            if (holiday != null && !holiday.isBefore(first) && !holiday.isAfter(last)) {
                closed.add(holiday.atStartOfDay(zone).toInstant().toEpochMilli(),
                        holiday.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
            }
        }
        return open.build().minus(closed.build());
    }

    private static Spans maintenance(AvailabilityWindow window, long from, long to) {
        ZoneId zone = zoneOf(window);
        LocalDate first = Instant.ofEpochMilli(from).atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = Instant.ofEpochMilli(to).atZone(zone).toLocalDate();
        SpanBuilder spans = new SpanBuilder();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            for (MaintenanceWindow m : window.maintenance()) {
                if (m != null) {
                    spans.addDaily(d, m.days(), m.from(), m.until(), zone);
                }
            }
        }
        return spans.build();
    }

    private static ZoneId zoneOf(AvailabilityWindow window) {
        if (window.zone() == null) {
            throw new IllegalArgumentException("Availability window \"" + window.id()
                    + "\" has no time zone; set its zone, e.g. Europe/Berlin");
        }
        return window.zone();
    }

    public AvailabilityWindow window() {
        return window;
    }

    public Instant from() {
        return from;
    }

    public Instant to() {
        return to;
    }

    /** The open time that is measured: without maintenance where it leaves the measured time, with it where it counts as available. */
    public Duration openTime() {
        return Duration.ofMillis(open.totalMillis());
    }

    /**
     * The time availability is measured against: the open time, except in a calendar month measured as 30 days,
     * where the month counts as 43,200 minutes whatever its length (a 31-day month loses a day, February gains two);
     * never below zero.
     */
    public Duration measuredTime() {
        return Duration.ofMillis(measuredMillis());
    }

    long measuredMillis() {
        return Math.max(0, open.totalMillis() - nominalCutMillis);
    }

    /** Measured minutes, exact. */
    public BigDecimal measuredMinutes() {
        return Durations.minutes(measuredMillis());
    }

    /** Open minutes, exact (a window drawn to the second gives a fraction). */
    public BigDecimal openMinutes() {
        return Durations.minutes(open.totalMillis());
    }

    /** Time taken out of the window's hours by its maintenance windows. */
    public Duration maintenanceTime() {
        return Duration.ofMillis(maintenance.totalMillis());
    }

    public List<OpenInterval> intervals() {
        List<OpenInterval> list = new ArrayList<>(open.size());
        for (int i = 0; i < open.size(); i++) {
            list.add(new OpenInterval(Instant.ofEpochMilli(open.start(i)), Instant.ofEpochMilli(open.end(i))));
        }
        return list;
    }

    Spans spans() {
        return open;
    }

    /** Where an outage is downtime: the open time less maintenance and excused planned work, whichever convention. */
    Spans countable() {
        return countable;
    }

    /** The maintenance windows within the window's hours. */
    Spans maintenanceSpans() {
        return maintenance;
    }

    /** Collects daily ranges; until 00:00 is the end of the day, until before from runs past midnight. */
    private static final class SpanBuilder {
        private long[] starts = new long[64];
        private long[] ends = new long[64];
        private int count;

        void addDaily(LocalDate day, Set<DayOfWeek> days, LocalTime from, LocalTime until, ZoneId zone) {
            if (from == null || until == null || !days.contains(day.getDayOfWeek())) {
                return;
            }
            ZonedDateTime start = ZonedDateTime.of(day, from, zone);
            ZonedDateTime end;
            if (LocalTime.MIDNIGHT.equals(until)) {
                end = day.plusDays(1).atStartOfDay(zone);
            } else if (until.isAfter(from)) {
                end = ZonedDateTime.of(day, until, zone);
            } else {
                end = ZonedDateTime.of(day.plusDays(1), until, zone);
            }
            add(start.toInstant().toEpochMilli(), end.toInstant().toEpochMilli());
        }

        void add(long start, long end) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, 2 * count);
                ends = java.util.Arrays.copyOf(ends, 2 * count);
            }
            starts[count] = start;
            ends[count] = end;
            count++;
        }

        Spans build() {
            return Spans.union(starts, ends, count);
        }
    }
}
