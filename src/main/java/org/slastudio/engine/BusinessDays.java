package org.slastudio.engine;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.WeeklyHours;

/**
 * The business days of a window: the dates, in its zone, on which it is open at some time (its weekly hours less
 * its holidays; maintenance does not close a day). A day's close of business is the end of its last open time that
 * day, so a day open until midnight closes at midnight. Notice in Business Days is counted on the local clock, 24
 * hours for each whole Business Day, so a daylight saving change does not shorten or lengthen a day of notice.
 */
public final class BusinessDays {
    private static final int GIVE_UP_DAYS = 400;
    private static final int LOOK_AHEAD_DAYS = 3_660;
    private static final Duration DAY = Duration.ofDays(1);

    private final AvailabilityWindow window;
    private final ZoneId zone;
    private final String source;

    public BusinessDays(AvailabilityWindow window) {
        this(window, "days with hours in window \"" + window.id() + "\"");
    }

    private BusinessDays(AvailabilityWindow window, String source) {
        if (window.zone() == null) {
            throw new IllegalArgumentException("Availability window \"" + window.id()
                    + "\" has no time zone; set its zone, e.g. Europe/Berlin");
        }
        this.window = window;
        this.zone = window.zone();
        this.source = source;
    }

    /** The Business Days the maintenance rules of {@code measured} name, looked up among the agreement's windows. */
    public static BusinessDays of(Agreement agreement, AvailabilityWindow measured) {
        String id = measured.maintenanceRules().businessDaysWindowId();
        if (id == null || id.isBlank()) {
            return standard(measured);
        }
        if (agreement == null) {
            throw new IllegalArgumentException("The window \"" + measured.id() + "\" counts notice in the Business Days of "
                    + "window \"" + id + "\"; measure it with the agreement that defines that window");
        }
        AvailabilityWindow named = agreement.window(id).orElse(null);
        if (named == null) {
            throw new IllegalArgumentException("The window \"" + measured.id() + "\" counts notice in the Business Days of "
                    + "window \"" + id + "\", which is not defined (maintenanceRules.businessDaysWindowId); name one of $.windows");
        }
        return new BusinessDays(named);
    }

    /** Monday to Friday, less the holidays of {@code measured}, in its zone (UTC where it has none). */
    public static BusinessDays standard(AvailabilityWindow measured) {
        ZoneId zone = measured.zone() == null ? ZoneOffset.UTC : measured.zone();
        AvailabilityWindow weekdays = new AvailabilityWindow(measured.id(), measured.name(), zone,
                List.of(new WeeklyHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)),
                measured.holidays().stream().filter(Objects::nonNull).toList(), List.of());
        return new BusinessDays(weekdays, "Monday to Friday");
    }

    /** The days on which {@code calendar} has hours, less its holidays. */
    public static BusinessDays ofWindow(AvailabilityWindow calendar) {
        return new BusinessDays(calendar);
    }

    /** "Monday to Friday" or "days with hours in window \"business-hours\"", less holidays. */
    public String source() {
        return source;
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

    /** The Business Day time between two instants, on the local clock: 24 hours for each whole Business Day. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDateTime a = LocalDateTime.ofInstant(from, zone);
        LocalDateTime b = LocalDateTime.ofInstant(to, zone);
        Duration total = Duration.ZERO;
        LocalDate day = a.toLocalDate();
        for (int guard = 0; !day.isAfter(b.toLocalDate()) && guard < LOOK_AHEAD_DAYS; day = day.plusDays(1), guard++) {
            if (isBusinessDay(day)) {
                LocalDateTime s = day.atStartOfDay().isBefore(a) ? a : day.atStartOfDay();
                LocalDateTime e = day.plusDays(1).atStartOfDay().isAfter(b) ? b : day.plusDays(1).atStartOfDay();
                if (e.isAfter(s)) {
                    total = total.plus(Duration.between(s, e));
                }
            }
        }
        return total;
    }

    /** Whether work starting at {@code start} had at least {@code businessDays} Business Days' notice; exactly that is enough. */
    public boolean noticeMet(Instant announced, Instant start, int businessDays) {
        return between(announced, start).compareTo(DAY.multipliedBy(businessDays)) >= 0;
    }

    /** "5 Business Days", "4 Business Days 23 h 59 min". */
    public static String describe(Duration notice) {
        long days = notice.toDays();
        Duration rest = notice.minusDays(days);
        String text = days + (days == 1 ? " Business Day" : " Business Days");
        if (!rest.isZero()) {
            text += (rest.toHours() > 0 ? " " + rest.toHours() + " h" : "")
                    + (rest.toMinutesPart() > 0 ? " " + rest.toMinutesPart() + " min" : "");
        }
        return text;
    }

    private Spans openOn(LocalDate date) {
        long from = date.atStartOfDay(zone).toInstant().toEpochMilli();
        long to = date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        return WindowCalendar.hoursAndHolidays(window, from, to).intersect(Spans.of(from, to));
    }
}
