package org.slastudio.export;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.slastudio.engine.AllowedDowntime;
import org.slastudio.engine.DowntimeBudget;
import org.slastudio.engine.WindowCalendar;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Overview;

/**
 * The downtime an availability target allows in its window, from the engine: per period as {@link AllowedDowntime}
 * defines it for every screen and document, and in the first twelve months of the term.
 */
final class DowntimeFigures {

    /** Allowed downtime in words, e.g. "21 min 54 s". */
    record Allowance(String perPeriod, String perYear) {
    }

    private final AllowedDowntime perPeriod;
    private final LocalDate yearStart;
    private final ZoneId zone;
    private final java.util.Locale locale;
    // Keyed by identity: a record's own hash walks all its hours and holidays, and each pass asks again.
    private final Map<AvailabilityWindow, Duration> yearOpenTime = new IdentityHashMap<>();
    private final Map<AvailabilityWindow, Map<List<Object>, Allowance>> allowances = new IdentityHashMap<>();

    /** @param issueDate the day whose period stands in while the draft has no effective date */
    DowntimeFigures(Overview overview, LocalDate issueDate) {
        this.perPeriod = AllowedDowntime.of(overview, issueDate);
        this.yearStart = perPeriod.period().start();
        this.zone = overview.timeZone();
        this.locale = overview.locale();
    }

    /** "4 h 19 min 40.8 s" may wrap between its parts, never between a number and its unit. */
    private static String unbroken(String figure) {
        return figure.replaceAll("(\\d) ", "$1\u00a0");
    }

    /** How the figures were measured, stated beside the table. */
    String convention() {
        return "Allowed downtime per " + perPeriod.perPeriod().substring(2) + " is stated " + perPeriod.basis()
                + "; per year, for the first twelve months from " + Wording.date(yearStart, locale) + ". Other periods allow"
                + " proportionally more or less.";
    }

    /** Null where the window or target is too incomplete to compute. */
    Allowance of(AvailabilityWindow window, BigDecimal targetPercent, MeasurementRule rule) {
        // The rule decides where periods are cut and whether the target allows time or failed requests.
        List<Object> key = List.of(targetPercent, rule != null && rule.periodsInUtc(), AllowedDowntime.byRequests(rule));
        Map<List<Object>, Allowance> byTarget = allowances.computeIfAbsent(window, w -> new HashMap<>());
        if (!byTarget.containsKey(key)) {
            byTarget.put(key, compute(window, targetPercent, rule));
        }
        return byTarget.get(key);
    }

    private Allowance compute(AvailabilityWindow window, BigDecimal targetPercent, MeasurementRule rule) {
        if (AllowedDowntime.byRequests(rule)) {
            // A share of requests, the same in every period and in the year.
            return perPeriod.describe(window, targetPercent, rule).map(share -> new Allowance(share, share)).orElse(null);
        }
        return perPeriod.describe(window, targetPercent, rule).map(month -> {
            try {
                Duration year = yearOpenTime.computeIfAbsent(window, this::yearOpenTime);
                return new Allowance(unbroken(month), unbroken(new DowntimeBudget(targetPercent, year).describe()));
            } catch (RuntimeException e) {
                return new Allowance(unbroken(month), null);
            }
        }).orElse(null);
    }

    private Duration yearOpenTime(AvailabilityWindow window) {
        ZoneId cut = zone != null ? zone : window.zone() != null ? window.zone() : ZoneOffset.UTC;
        return WindowCalendar.of(window, yearStart.atStartOfDay(cut).toInstant(),
                yearStart.plusYears(1).atStartOfDay(cut).toInstant()).openTime();
    }
}
