package org.slastudio.model;

/**
 * The period over which availability and metrics are measured and credits fall due. The constant names are the
 * file format; {@link #plainName()} is what people read.
 */
public enum MeasurementPeriod {
    CALENDAR_MONTH,
    /** Consecutive periods of 30 days counted from the effective date, whatever the calendar says. */
    FIXED_30_DAY_MONTH,
    CALENDAR_QUARTER,
    WEEK,
    /**
     * The calendar month, measured against a fixed month of 30 days (43,200 minutes): downtime falls in the calendar
     * month, but availability is (43,200 - downtime) / 43,200 whether the month has 28 or 31 days.
     */
    CALENDAR_MONTH_AS_30_DAYS;

    /** The words shown beside the choice, in the PDF and by the commands. */
    public String plainName() {
        return switch (this) {
            case CALENDAR_MONTH -> "Calendar month";
            case FIXED_30_DAY_MONTH -> "Consecutive 30-day periods from the effective date";
            case CALENDAR_QUARTER -> "Calendar quarter";
            case WEEK -> "Week (Monday to Sunday)";
            case CALENDAR_MONTH_AS_30_DAYS -> "Calendar month, measured as 30 days (43,200 minutes)";
        };
    }
}
