package org.slastudio.model;

public enum MeasurementMethod {
    /** Minutes of downtime inside the window. */
    TIME_BASED,
    /** Share of intervals whose error rate is above the threshold. */
    INTERVAL_SHARE,
    /** 100% minus the average error rate over the intervals. */
    INTERVAL_AVERAGE_ERROR_RATE
}
