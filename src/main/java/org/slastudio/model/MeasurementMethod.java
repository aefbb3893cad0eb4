package org.slastudio.model;

public enum MeasurementMethod {
    /** Minutes of downtime inside the window. */
    TIME_BASED,
    /** Share of intervals whose error rate is above the threshold. */
    INTERVAL_SHARE,
    /** 100% minus the average error rate over the intervals. */
    INTERVAL_AVERAGE_ERROR_RATE,
    /** Successful requests (or executions) divided by all valid requests in the period. */
    REQUEST_COUNTS;

    /** Measured over a grid of intervals of {@code intervalMinutes}. */
    public boolean byIntervals() {
        return this == INTERVAL_SHARE || this == INTERVAL_AVERAGE_ERROR_RATE;
    }

    /**
     * Whether a minimum outage changes the result: an outage of time, or a run of consecutive intervals down. An
     * average error rate and a count of requests have no outages to leave out.
     */
    public boolean hasOutages() {
        return this == TIME_BASED || this == INTERVAL_SHARE;
    }
}
