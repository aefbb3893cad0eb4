package org.slastudio.engine;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.WeeklyHours;

/**
 * Business Days as the templates define them: a day on which there are Business Hours, i.e. a day on which the named
 * window has hours and which is not one of its holidays. Without a named window, Monday to Friday less the measured
 * window's holidays. Notice is counted on the local clock of the calendar's zone, whole Business Days of 24 hours
 * from the announcement, so a daylight saving change does not shorten or lengthen a day of notice.
 */
public final class BusinessDays {
    private static final Set<DayOfWeek> WEEKDAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final Duration DAY = Duration.ofDays(1);
    private static final int LOOK_AHEAD_DAYS = 3_660;

    private final Set<DayOfWeek> days;
    private final Set<LocalDate> holidays;
    private final ZoneId zone;
    private final String source;

    private BusinessDays(Set<DayOfWeek> days, Set<LocalDate> holidays, ZoneId zone, String source) {
        this.days = days;
        this.holidays = holidays;
        this.zone = zone;
        this.source = source;
    }

    /** The Business Days the rules of {@code measured} name, looked up among the agreement's windows. */
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
        return ofWindow(named);
    }

    /** Monday to Friday, less the holidays of {@code measured}, in its zone. */
    public static BusinessDays standard(AvailabilityWindow measured) {
        return new BusinessDays(WEEKDAYS, holidaysOf(measured), zoneOf(measured), "Monday to Friday");
    }

    /** The days on which {@code calendar} has hours, less its holidays. */
    public static BusinessDays ofWindow(AvailabilityWindow calendar) {
        Set<DayOfWeek> open = new HashSet<>();
        for (WeeklyHours h : calendar.hours()) {
            if (h != null && h.from() != null && h.until() != null) {
                open.addAll(h.days());
            }
        }
        return new BusinessDays(open, holidaysOf(calendar), zoneOf(calendar), "days with hours in window \"" + calendar.id() + "\"");
    }

    private static Set<LocalDate> holidaysOf(AvailabilityWindow w) {
        Set<LocalDate> set = new HashSet<>();
        w.holidays().stream().filter(Objects::nonNull).forEach(set::add);
        return set;
    }

    private static ZoneId zoneOf(AvailabilityWindow w) {
        return w.zone() == null ? ZoneOffset.UTC : w.zone();
    }

    public boolean isBusinessDay(LocalDate day) {
        return days.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** "Monday to Friday" or "days with hours in window \"business-hours\"", less holidays. */
    public String source() {
        return source;
    }

    public ZoneId zone() {
        return zone;
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
}
