package org.slastudio.export;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;

/**
 * How the terms of an agreement map onto OpenSLO v1 (github.com/OpenSLO/OpenSLO, README "SLO" and "Objectives").
 *
 * <p>Budgeting method, from the spec's three: Occurrences is "a ratio of counts of good events to the total count",
 * Timeslices "a ratio of good time slices to total time slices", RatioTimeslices "an average of all time slices'
 * success ratios". So:
 * <ul>
 *   <li>request counts are Occurrences: successful valid requests over all valid requests, as the agreement says;</li>
 *   <li>a share of intervals is Timeslices with the interval as {@code timeSliceWindow}; an interval is down when its
 *       error rate is above the threshold, so it is good when its success ratio is at least 1 - threshold, which is
 *       exactly the spec's {@code timeSliceTarget} ("below the target counts as a bad slice");</li>
 *   <li>100% minus the average error rate of the intervals is RatioTimeslices, the average of the slices' ratios,
 *       with the interval as {@code timeSliceWindow} (the spec asks for no {@code timeSliceTarget} there);</li>
 *   <li>time-based downtime is Timeslices of one minute with {@code timeSliceTarget} 1: the agreement counts minutes
 *       of downtime, not requests, so a quiet night weighs as much as a busy morning, which Occurrences would not
 *       give (the spec's own example for "available 99% of time" is Timeslices). A minute is bad when any check in
 *       it fails; a short outage the agreement leaves out is counted, so the SLO errs on the strict side.</li>
 * </ul>
 *
 * <p>Time window: calendar-aligned, as the agreement's measurement periods are ({@code isRolling: false}): a
 * calendar month is {@code 1M}, a quarter {@code 1Q}, a week {@code 1w} from a Monday, and consecutive 30-day periods
 * {@code 30d} from the effective date. {@code calendar.startTime} is the start of the period holding the effective
 * date, in the spec's format without zone, and {@code calendar.timeZone} the zone periods are cut in.
 */
final class OpenSloChoices {
    static final String MINUTE_SLICE = "1m";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    enum Method { Occurrences, Timeslices, RatioTimeslices }

    /** @param timeSliceTarget null unless the method is Timeslices; timeSliceWindow null under Occurrences */
    record Budgeting(Method method, BigDecimal timeSliceTarget, String timeSliceWindow) {
    }

    /**
     * @param duration  the spec's duration shorthand, e.g. {@code 1M}
     * @param startTime the start of one period, local to {@code timeZone}
     * @param timeZone  an IANA zone name
     */
    record TimeWindow(String duration, LocalDateTime startTime, String timeZone) {
    }

    /** A term OpenSLO cannot state, and why. */
    static final class Unstatable extends Exception {
        Unstatable(String reason) {
            super(reason, null, false, false);
        }
    }

    private OpenSloChoices() {
    }

    /** The budgeting method of a service's measurement; a service that names none is measured by time. */
    static Budgeting budgeting(MeasurementRule rule) throws Unstatable {
        MeasurementRule r = rule == null || rule.method() == null ? MeasurementRule.timeBased() : rule;
        if (r.method() == MeasurementMethod.TIME_BASED) {
            return new Budgeting(Method.Timeslices, BigDecimal.ONE, MINUTE_SLICE);
        }
        if (r.method() == MeasurementMethod.REQUEST_COUNTS) {
            return new Budgeting(Method.Occurrences, null, null);
        }
        if (r.intervalMinutes() == null || r.intervalMinutes() < 1) {
            throw new Unstatable("the measurement by intervals names no interval length");
        }
        String slice = r.intervalMinutes() + "m";
        if (r.method() == MeasurementMethod.INTERVAL_AVERAGE_ERROR_RATE) {
            return new Budgeting(Method.RatioTimeslices, null, slice);
        }
        BigDecimal threshold = r.errorRateThresholdPercent();
        if (threshold == null || threshold.signum() < 0 || threshold.compareTo(HUNDRED) >= 0) {
            throw new Unstatable("the error-rate threshold of an interval must be from 0 to below 100%, not "
                    + (threshold == null ? "missing" : threshold.toPlainString() + "%"));
        }
        return new Budgeting(Method.Timeslices, fraction(HUNDRED.subtract(threshold)), slice);
    }

    /**
     * The objective's {@code target}: the percentage as the exact decimal fraction, 99.95 as 0.9995. The spec takes
     * targets from 0 up to, not including, 1.
     */
    static BigDecimal target(BigDecimal percent) throws Unstatable {
        if (percent == null) {
            throw new Unstatable("the target is missing");
        }
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) >= 0) {
            throw new Unstatable("an OpenSLO target lies from 0 up to but not including 100%, and "
                    + percent.toPlainString() + "% does not");
        }
        return fraction(percent);
    }

    /** 99.95 as 0.9995, with no trailing zeros and never through a double. */
    static BigDecimal fraction(BigDecimal percent) {
        BigDecimal f = percent.movePointLeft(2).stripTrailingZeros();
        return f.scale() < 0 ? f.setScale(0) : f;
    }

    /**
     * The zone the periods are cut in, as the engine cuts them: UTC where the measurement says so, else the
     * agreement's zone, else (a draft still without one) the window's.
     */
    static ZoneId periodZone(MeasurementRule rule, ZoneId agreementZone, ZoneId windowZone) throws Unstatable {
        if (rule != null && rule.periodsInUtc()) {
            return ZoneOffset.UTC;
        }
        if (agreementZone != null) {
            return agreementZone;
        }
        if (windowZone != null) {
            return windowZone;
        }
        throw new Unstatable("the agreement has no time zone to cut its periods in ($.overview.timeZone)");
    }

    /** The zone's name in the IANA database; a whole-hour offset becomes its Etc/GMT zone (whose sign is reversed). */
    static String ianaName(ZoneId zone) throws Unstatable {
        ZoneId z = zone.normalized();
        if (!(z instanceof ZoneOffset offset)) {
            return z.getId();
        }
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int hours = seconds / 3600;
        if (seconds % 3600 != 0 || hours < -12 || hours > 14) {
            throw new Unstatable("the time zone " + zone.getId() + " has no name in the IANA time zone database,"
                    + " which OpenSLO asks for; use a named zone such as Europe/Berlin");
        }
        return "Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours);
    }

    /**
     * The calendar-aligned window of the measurement period, anchored on the period that holds {@code day} (the
     * effective date, or a stand-in while there is none).
     */
    static TimeWindow timeWindow(MeasurementPeriod period, LocalDate day, ZoneId zone) throws Unstatable {
        MeasurementPeriod p = period == null ? MeasurementPeriod.CALENDAR_MONTH : period;
        String timeZone = ianaName(zone);
        return switch (p) {
            case CALENDAR_MONTH, CALENDAR_MONTH_AS_30_DAYS ->
                    new TimeWindow("1M", day.withDayOfMonth(1).atStartOfDay(), timeZone);
            case CALENDAR_QUARTER -> new TimeWindow("1Q",
                    LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1).atStartOfDay(), timeZone);
            case WEEK -> new TimeWindow("1w",
                    day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(), timeZone);
            case FIXED_30_DAY_MONTH -> new TimeWindow("30d", day.atStartOfDay(), timeZone);
        };
    }

    /** "per calendar month" and the like: how often the SLO's budget starts again. */
    static String perPeriod(MeasurementPeriod period, LocalDate anchor) {
        MeasurementPeriod p = period == null ? MeasurementPeriod.CALENDAR_MONTH : period;
        return switch (p) {
            case CALENDAR_MONTH -> "per calendar month";
            case CALENDAR_MONTH_AS_30_DAYS -> "per calendar month, measured as 30 days";
            case CALENDAR_QUARTER -> "per calendar quarter";
            case WEEK -> "per week, Monday to Sunday";
            case FIXED_30_DAY_MONTH -> "per period of 30 days counted from " + anchor;
        };
    }

    /** What OpenSLO cannot follow in the period itself, or empty. */
    static Optional<String> periodCaveat(MeasurementPeriod period) {
        if (period == MeasurementPeriod.CALENDAR_MONTH_AS_30_DAYS) {
            return Optional.of("The agreement measures each calendar month against a fixed 43,200 minutes (30 days);"
                    + " this SLO measures the month's real length, so it is more lenient than the agreement in 31-day"
                    + " months and stricter in February.");
        }
        return Optional.empty();
    }
}
