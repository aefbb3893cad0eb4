package org.slastudio.monitoring;

import org.slastudio.model.MeasurementMethod;

/** What records a service's measurement needs, whatever file they come from. */
public enum RecordKind {
    /** Outages (and planned work) with a start and an end, for a service measured by time. */
    OUTAGES("outage records", "by time"),
    /** An error rate per interval, for a service measured by intervals. */
    INTERVALS("per-interval error rates", "by intervals"),
    /** Valid and successful requests, for a service measured by request counts. */
    REQUESTS("request counts", "by request counts");

    private final String noun;
    private final String measuredBy;

    RecordKind(String noun, String measuredBy) {
        this.noun = noun;
        this.measuredBy = measuredBy;
    }

    public static RecordKind of(MeasurementMethod method) {
        return method == MeasurementMethod.REQUEST_COUNTS ? REQUESTS
                : method != null && method.byIntervals() ? INTERVALS : OUTAGES;
    }

    /** "outage records", "per-interval error rates", "request counts". */
    public String noun() {
        return noun;
    }

    /** "by time", "by intervals", "by request counts": as in "object-storage is measured by intervals". */
    public String measuredBy() {
        return measuredBy;
    }
}
