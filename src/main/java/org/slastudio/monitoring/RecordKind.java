package org.slastudio.monitoring;

import org.slastudio.model.MeasurementMethod;

/** What records a service's measurement needs, whatever file they come from. */
public enum RecordKind {
    /** Outages (and planned work) with a start and an end, for a service measured by time. */
    OUTAGES("outage records"),
    /** An error rate per interval, for a service measured by intervals. */
    INTERVALS("per-interval error rates"),
    /** Valid and successful requests, for a service measured by request counts. */
    REQUESTS("request counts");

    private final String noun;

    RecordKind(String noun) {
        this.noun = noun;
    }

    public static RecordKind of(MeasurementMethod method) {
        return method == MeasurementMethod.REQUEST_COUNTS ? REQUESTS
                : method != null && method.byIntervals() ? INTERVALS : OUTAGES;
    }

    /** "outage records", "per-interval error rates", "request counts". */
    public String noun() {
        return noun;
    }
}
