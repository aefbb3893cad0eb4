package org.slastudio.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.engine.Outage;
import org.slastudio.model.Agreement;
import org.slastudio.model.MeasurementPeriod;

/**
 * The measurement period a command was asked for, as the agreement measures, with the words that say which period
 * was chosen and why: "30-day period 5, 2025-05-01 to 2025-05-30, the one that holds 1 May 2025, counted from the
 * effective date 2025-01-01". A month names the 30-day period that holds its first day (every month has exactly
 * one such period, while a month may have none or two that start in it); a day names the period that holds it.
 */
record PeriodChoice(MeasurementPeriodRange period, String explanation) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    static PeriodChoice of(Agreement agreement, String text) {
        MeasurementPeriod kind = agreement.overview() == null ? null : agreement.overview().measurementPeriod();
        LocalDate day = day(text);
        MeasurementPeriodRange given = day == null ? MeasurementPeriodRange.parse(text) : null;
        if (kind == MeasurementPeriod.FIXED_30_DAY_MONTH && (day != null || given.kind() == MeasurementPeriod.CALENDAR_MONTH)) {
            LocalDate anchor = agreement.overview().effectiveDate();
            if (anchor == null) {
                throw new IllegalArgumentException("the agreement measures consecutive 30-day periods from its effective "
                        + "date, which is not set ($.overview.effectiveDate)");
            }
            LocalDate held = day != null ? day : given.start();
            MeasurementPeriodRange p = MeasurementPeriodRange.containing(kind, held, anchor);
            return new PeriodChoice(p, "30-day period " + p.numberFrom(anchor) + ", " + p.start() + " to " + p.lastDay()
                    + ", the one that holds " + DAY.format(held) + ", counted from the effective date " + anchor);
        }
        if (day != null) {
            MeasurementPeriodRange p = MeasurementPeriodRange.containing(kind == null ? MeasurementPeriod.CALENDAR_MONTH : kind, day, day);
            return new PeriodChoice(p, words(p) + ", the one that holds " + DAY.format(day));
        }
        if (kind == null || kind == given.kind()) {
            return new PeriodChoice(given, words(given));
        }
        if (kind == MeasurementPeriod.CALENDAR_MONTH_AS_30_DAYS && given.kind() == MeasurementPeriod.CALENDAR_MONTH) {
            MeasurementPeriodRange p = given.as(kind);
            return new PeriodChoice(p, words(p));
        }
        String example = switch (kind) {
            case CALENDAR_QUARTER -> given.start().getYear() + "-Q" + ((given.start().getMonthValue() + 2) / 3);
            case WEEK -> MeasurementPeriodRange.weekContaining(given.start()).label();
            default -> given.start().toString().substring(0, 7);
        };
        throw new IllegalArgumentException("the agreement measures by " + kind.plainName().toLowerCase(Locale.ROOT)
                + ", not by the period " + text + "; give --period " + example);
    }

    private static LocalDate day(String text) {
        String t = text == null ? "" : text.trim();
        if (!t.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + t + "\" is not a day; write e.g. 2025-05-14");
        }
    }

    private static String words(MeasurementPeriodRange p) {
        return switch (p.kind()) {
            case CALENDAR_MONTH -> "calendar month " + p.label();
            case CALENDAR_MONTH_AS_30_DAYS -> "calendar month " + p.label() + ", measured as 30 days (43,200 minutes)";
            case CALENDAR_QUARTER -> "calendar quarter " + p.label() + ", " + p.start() + " to " + p.lastDay();
            case WEEK -> "week " + p.label() + ", " + p.start() + " to " + p.lastDay();
            case FIXED_30_DAY_MONTH -> "30-day period " + p.start() + " to " + p.lastDay();
        };
    }

    /** Records wholly outside the period, cut in {@code zone}: they count in another period, never in this one. */
    List<Outage> outside(Collection<Outage> outages, ZoneId zone) {
        Instant from = period.startIn(zone);
        Instant to = period.endIn(zone);
        List<Outage> list = new ArrayList<>();
        for (Outage o : outages) {
            if (!o.end().isAfter(from) || !o.start().isBefore(to)) {
                list.add(o);
            }
        }
        return list;
    }

    /** Records that start before the period or end after it: only their part inside counts. */
    List<Outage> across(Collection<Outage> outages, ZoneId zone) {
        Instant from = period.startIn(zone);
        Instant to = period.endIn(zone);
        List<Outage> list = new ArrayList<>();
        for (Outage o : outages) {
            boolean inside = o.end().isAfter(from) && o.start().isBefore(to);
            if (inside && (o.start().isBefore(from) || o.end().isAfter(to))) {
                list.add(o);
            }
        }
        return list;
    }
}
