package org.slastudio.engine;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Dates;
import org.slastudio.model.Overview;

/**
 * "Allowed downtime per month" of a service level, defined once for every screen, document and command: the target
 * applied to the window's open time in the first measurement period of the term (the one that holds the effective
 * date), on the real calendar of the window, with its maintenance windows and public holidays taken out, and the
 * period cut where the service's measurement cuts it. A draft without an effective date uses the period that holds
 * today, and {@link #basis()} says so.
 */
public final class AllowedDowntime {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    private final MeasurementPeriodRange period;
    private final boolean firstOfTerm;
    private final ZoneId agreementZone;
    private final Locale locale;
    // Keyed by identity: a window's own hash walks all its hours and holidays, and a document asks once per level.
    private final Map<AvailabilityWindow, Map<ZoneId, Duration>> openTime = new IdentityHashMap<>();

    private AllowedDowntime(MeasurementPeriodRange period, boolean firstOfTerm, ZoneId agreementZone, Locale locale) {
        this.period = period;
        this.firstOfTerm = firstOfTerm;
        this.agreementZone = agreementZone;
        this.locale = locale;
    }

    /** @param today the day whose period stands in while the draft has no effective date */
    public static AllowedDowntime of(Overview overview, LocalDate today) {
        MeasurementPeriod kind = overview == null || overview.measurementPeriod() == null
                ? MeasurementPeriod.CALENDAR_MONTH : overview.measurementPeriod();
        LocalDate effective = overview == null ? null : overview.effectiveDate();
        LocalDate day = effective == null ? today : effective;
        return new AllowedDowntime(MeasurementPeriodRange.containing(kind, day, day), effective != null,
                overview == null ? null : overview.timeZone(), overview == null ? Locale.UK : overview.locale());
    }

    public MeasurementPeriodRange period() {
        return period;
    }

    /** The allowance of a target in a window; empty while the window or the target is too unfinished to measure. */
    public Optional<DowntimeBudget> budget(AvailabilityWindow window, BigDecimal targetPercent, MeasurementRule rule) {
        if (window == null || targetPercent == null || targetPercent.signum() < 0
                || targetPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            return Optional.empty();
        }
        ZoneId cut = rule != null && rule.periodsInUtc() ? ZoneOffset.UTC
                : agreementZone != null ? agreementZone : window.zone() != null ? window.zone() : ZoneOffset.UTC;
        try {
            Duration open = openTime.computeIfAbsent(window, w -> new java.util.HashMap<>())
                    .computeIfAbsent(cut, z -> WindowCalendar.of(window, period, z).measuredTime());
            return Optional.of(new DowntimeBudget(targetPercent, open));
        } catch (RuntimeException e) {
            // A half-drafted window (no zone, a gap in its hours) has no figure yet; the review says what is missing.
            return Optional.empty();
        }
    }

    /**
     * E.g. "22 min 19.2 s"; for a level measured by request counts, which allows a share of requests and no stretch of
     * time, e.g. "0.05% of requests may fail".
     */
    public Optional<String> describe(AvailabilityWindow window, BigDecimal targetPercent, MeasurementRule rule) {
        if (byRequests(rule)) {
            return budget(window, targetPercent, rule).map(b -> failingRequests(targetPercent));
        }
        return budget(window, targetPercent, rule).map(DowntimeBudget::describe);
    }

    /** Whether the rule measures by request counts, so that a target allows failed requests rather than downtime. */
    public static boolean byRequests(MeasurementRule rule) {
        return rule != null && rule.method() == MeasurementMethod.REQUEST_COUNTS;
    }

    /** "0.05%": the share of requests a target lets fail, exact. */
    public static String failingShare(BigDecimal targetPercent) {
        BigDecimal share = BigDecimal.valueOf(100).subtract(targetPercent);
        return (share.signum() == 0 ? "0" : share.stripTrailingZeros().toPlainString()) + "%";
    }

    /** "0.05% of requests may fail", whatever the number of requests in the period. */
    public static String failingRequests(BigDecimal targetPercent) {
        return failingShare(targetPercent) + " of requests may fail";
    }

    /** "in January 2026", "in Q2 2026", "from 20 January 2026 to 18 February 2026": the period the figures are for. */
    public String when() {
        return switch (period.kind()) {
            case CALENDAR_MONTH, CALENDAR_MONTH_AS_30_DAYS -> "in " + MONTH.format(period.start());
            case CALENDAR_QUARTER -> "in Q" + ((period.start().getMonthValue() + 2) / 3) + " " + period.start().getYear();
            default -> "from " + Dates.longDate(period.start(), locale) + " to " + Dates.longDate(period.lastDay(), locale);
        };
    }

    /** "a month", "a quarter", "a week", "a 30-day period": what "per month" means for this draft. */
    public String perPeriod() {
        return switch (period.kind()) {
            case CALENDAR_MONTH, CALENDAR_MONTH_AS_30_DAYS -> "a month";
            case FIXED_30_DAY_MONTH -> "a 30-day period";
            case CALENDAR_QUARTER -> "a quarter";
            case WEEK -> "a week";
        };
    }

    /**
     * The words that stand beside every figure, e.g. "in January 2026 (31 days), the first month of the term, with
     * maintenance windows and public holidays taken out".
     */
    public String basis() {
        String noun = switch (period.kind()) {
            case CALENDAR_MONTH, CALENDAR_MONTH_AS_30_DAYS -> "month";
            case FIXED_30_DAY_MONTH -> "30-day period";
            case CALENDAR_QUARTER -> "quarter";
            case WEEK -> "week";
        };
        return when() + " (" + period.days() + " days" + (period.measuredAsThirtyDays()
                ? ", measured as 30 days of 43,200 minutes" : "") + "), " + (firstOfTerm ? "the first " + noun + " of the term"
                : "the current " + noun + ", as the draft has no effective date yet")
                + ", with maintenance windows and public holidays taken out";
    }

    /**
     * {@link #basis()} for one window, naming its own maintenance convention and, for a month measured as 30 days,
     * that a window not open around the clock is measured against its real hours.
     */
    public String basis(AvailabilityWindow window) {
        String general = basis();
        if (window == null) {
            return general;
        }
        if (window.maintenanceRules().conventionOrDefault() == org.slastudio.model.MaintenanceConvention.COUNTED_AS_AVAILABLE) {
            general = general.replace("with maintenance windows and public holidays taken out",
                    "with public holidays taken out and maintenance windows counted as available time");
        }
        if (period.measuredAsThirtyDays() && !window.isTwentyFourSeven()) {
            general = general.replace(", measured as 30 days of 43,200 minutes", ", on the window's real hours (43,200"
                    + " minutes apply only around the clock)");
        }
        return general;
    }
}
