package org.slastudio.ui.overview;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.slastudio.engine.DowntimeBudget;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.model.MeasurementPeriod;

/** The numbers a measurement period implies, shown beside the choice: what 99.9% allows around the clock. */
final class PeriodMeaning {
    private static final BigDecimal EXAMPLE = new BigDecimal("99.9");

    private PeriodMeaning() {
    }

    static String of(MeasurementPeriod period, LocalDate effective) {
        if (period == null) {
            return "";
        }
        return switch (period) {
            case CALENDAR_MONTH -> "Each month as long as it is: around the clock 99.9% allows " + allows(28)
                    + " in February and " + allows(31) + " in a 31-day month.";
            case CALENDAR_MONTH_AS_30_DAYS -> "Downtime counts in the calendar month, but every month is measured as 43,200"
                    + " minutes: around the clock 99.9% allows " + allows(30) + " in February and in a 31-day month alike."
                    + " A window not open around the clock keeps its real hours.";
            case FIXED_30_DAY_MONTH -> effective == null
                    ? "Periods of 30 days counted from the effective date, which is not set yet; 99.9% allows " + allows(30) + " in each."
                    : thirtyDayPeriods(effective);
            case CALENDAR_QUARTER -> "Each calendar quarter: around the clock 99.9% allows " + allows(90) + " in January to March"
                    + " of a common year and " + allows(92) + " in July to September.";
            case WEEK -> "Each week from Monday to Sunday: around the clock 99.9% allows " + allows(7) + ".";
        };
    }

    private static String thirtyDayPeriods(LocalDate effective) {
        MeasurementPeriodRange first = MeasurementPeriodRange.fixedThirtyDayMonth(effective);
        MeasurementPeriodRange second = first.next();
        MeasurementPeriodRange thirteenth = first.following(12);
        return "Periods of 30 days from the effective date: period 1 runs " + first.start() + " to " + first.lastDay()
                + ", period 2 " + second.start() + " to " + second.lastDay() + ", period 13 starts " + thirteenth.start()
                + "; around the clock 99.9% allows " + allows(30) + " in each.";
    }

    private static String allows(int days) {
        return new DowntimeBudget(EXAMPLE, Duration.ofDays(days)).describe();
    }
}
