package org.slastudio.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slastudio.model.AvailabilityWindow;

/**
 * The business days of a window: the dates, in its zone, on which it is open at some time (its weekly hours less
 * its holidays; maintenance does not close a day). A day's close of business is the end of its last open time that
 * day, so a day open until midnight closes at midnight.
 */
public final class BusinessDays {
    private static final int GIVE_UP_DAYS = 400;

    private final AvailabilityWindow window;
    private final ZoneId zone;

    public BusinessDays(AvailabilityWindow window) {
        if (window.zone() == null) {
            throw new IllegalArgumentException("Availability window \"" + window.id()
                    + "\" has no time zone; set its zone, e.g. Europe/Berlin");
        }
        this.window = window;
        this.zone = window.zone();
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isBusinessDay(LocalDate date) {
        return !openOn(date).isEmpty();
    }

    /** The {@code n}-th business day after {@code date}; {@code date} itself where n is 0. */
    public LocalDate nthAfter(LocalDate date, int n) {
        LocalDate day = date;
        for (int found = 0; found < n; found++) {
            day = next(day);
        }
        return day;
    }

    /** The first business day after {@code date}. */
    public LocalDate next(LocalDate date) {
        LocalDate day = date.plusDays(1);
        for (int i = 0; i < GIVE_UP_DAYS; i++, day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                return day;
            }
        }
        throw new IllegalArgumentException("Window \"" + window.id() + "\" has no business day in the " + GIVE_UP_DAYS
                + " days after " + date + "; give it weekly hours ($.windows[].hours)");
    }

    /** The end of the window's last open time on a business day. */
    public Instant closeOfBusiness(LocalDate date) {
        Spans open = openOn(date);
        if (open.isEmpty()) {
            throw new IllegalArgumentException(date + " is not a business day of window \"" + window.id() + "\"");
        }
        return Instant.ofEpochMilli(open.end(open.size() - 1));
    }

    /** The business day an instant falls on, reading it in the window's zone. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private Spans openOn(LocalDate date) {
        long from = date.atStartOfDay(zone).toInstant().toEpochMilli();
        long to = date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        return WindowCalendar.hoursAndHolidays(window, from, to).intersect(Spans.of(from, to));
    }
}
