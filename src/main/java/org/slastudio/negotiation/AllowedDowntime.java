package org.slastudio.negotiation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.slastudio.engine.DowntimeBudget;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.engine.WindowCalendar;
import org.slastudio.model.AvailabilityWindow;

/**
 * What a target means in downtime, for comparing two drafts. One representative period for every agreement, so the
 * figures of both drafts are comparable: a 30-day month starting on Monday 1 June 2026 (22 weekdays, no daylight
 * saving change in either hemisphere's usual zones), in the window's zone, with its maintenance but without its
 * holidays, which the comparison lists on their own.
 */
final class AllowedDowntime {
    static final String PERIOD = "per 30-day month";
    private static final MeasurementPeriodRange MONTH = MeasurementPeriodRange.fixedThirtyDayMonth(LocalDate.of(2026, 6, 1));

    private AllowedDowntime() {
    }

    /** "13 min 12 s", or empty where the window or the target cannot be measured (the review says why). */
    static Optional<String> describe(AvailabilityWindow window, BigDecimal targetPercent) {
        if (window == null || targetPercent == null || targetPercent.signum() < 0
                || targetPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            return Optional.empty();
        }
        ZoneId zone = window.zone() == null ? ZoneOffset.UTC : window.zone();
        AvailabilityWindow withoutHolidays = new AvailabilityWindow(window.id(), window.name(), zone, window.hours(),
                java.util.List.of(), window.maintenance());
        try {
            return Optional.of(DowntimeBudget.of(targetPercent, WindowCalendar.of(withoutHolidays, MONTH, zone)).describe());
        } catch (RuntimeException e) {
            // A half-drafted window (a gap in its hours) has no figure yet; the change is still listed.
            return Optional.empty();
        }
    }
}
