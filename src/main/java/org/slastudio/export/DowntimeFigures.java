package org.slastudio.export;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.slastudio.engine.DowntimeBudget;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.engine.WindowCalendar;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Overview;

/**
 * The downtime an availability target allows in its window, computed by the engine on the real calendar: in the
 * first measurement period of the term and in its first twelve months.
 */
final class DowntimeFigures {

    /** Allowed downtime in words, e.g. "21 min 54 s". */
    record Allowance(String perPeriod, String perYear) {
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    private final MeasurementPeriodRange period;
    private final LocalDate yearStart;
    private final ZoneId zone;
    // Keyed by identity: a record's own hash walks all its hours and holidays, and each pass asks again.
    private final Map<AvailabilityWindow, Duration[]> openTime = new IdentityHashMap<>();
    private final Map<AvailabilityWindow, Map<BigDecimal, Allowance>> allowances = new IdentityHashMap<>();

    /**
     * @param reference the day the term starts; the issue date where the draft has no effective date yet
     */
    DowntimeFigures(Overview overview, LocalDate reference) {
        MeasurementPeriod kind = overview.measurementPeriod() == null ? MeasurementPeriod.CALENDAR_MONTH : overview.measurementPeriod();
        this.period = MeasurementPeriodRange.containing(kind, reference, reference);
        this.yearStart = reference;
        this.zone = overview.timeZone();
    }

    /** "4 h 19 min 40.8 s" may wrap between its parts, never between a number and its unit. */
    private static String unbroken(String figure) {
        return figure.replaceAll("(\\d) ", "$1\u00a0");
    }

    /** How the figures were measured, stated under the table. */
    String convention() {
        return "Allowed downtime is calculated on the real calendar of each window's time zone, after its public "
                + "holidays and maintenance windows are taken out, for the first Measurement Period of the term ("
                + label(period) + ", " + period.days() + " days) and for the first twelve months from "
                + Wording.date(yearStart) + ". Periods are cut at midnight " + (zone == null ? "in each window's time zone"
                : zone.getId() + " time") + ". Periods of other lengths allow proportionally more or less.";
    }

    private static String label(MeasurementPeriodRange period) {
        if (period.kind() == MeasurementPeriod.CALENDAR_MONTH) {
            return MONTH.format(period.start());
        }
        return Wording.date(period.start()) + " to " + Wording.date(period.lastDay());
    }

    /** Null where the window or target is too incomplete to compute. */
    Allowance of(AvailabilityWindow window, BigDecimal targetPercent) {
        Map<BigDecimal, Allowance> byTarget = allowances.computeIfAbsent(window, w -> new HashMap<>());
        if (!byTarget.containsKey(targetPercent)) {
            byTarget.put(targetPercent, compute(window, targetPercent));
        }
        return byTarget.get(targetPercent);
    }

    private Allowance compute(AvailabilityWindow window, BigDecimal targetPercent) {
        try {
            Duration[] open = openTime.computeIfAbsent(window, this::openTime);
            return new Allowance(unbroken(new DowntimeBudget(targetPercent, open[0]).describe()),
                    unbroken(new DowntimeBudget(targetPercent, open[1]).describe()));
        } catch (RuntimeException e) {
            // An unfinished window (no zone, no hours) or target has no figures yet; the review says what is missing.
            return null;
        }
    }

    /** The window's open time in the first period and the first year; laid on the calendar once per window. */
    private Duration[] openTime(AvailabilityWindow window) {
        ZoneId cut = zone != null ? zone : window.zone();
        return new Duration[] {
                WindowCalendar.of(window, period, cut).openTime(),
                WindowCalendar.of(window, yearStart.atStartOfDay(cut).toInstant(),
                        yearStart.plusYears(1).atStartOfDay(cut).toInstant()).openTime()};
    }
}
