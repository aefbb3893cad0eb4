package org.slastudio.model;

/** The period over which availability and metrics are measured and credits fall due. */
public enum MeasurementPeriod {
    CALENDAR_MONTH,
    /** A nominal 30-day month, whatever the calendar says. */
    FIXED_30_DAY_MONTH,
    CALENDAR_QUARTER,
    WEEK
}
