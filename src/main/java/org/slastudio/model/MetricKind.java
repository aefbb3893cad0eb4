package org.slastudio.model;

public enum MetricKind {
    AVAILABILITY,
    RESPONSE_TIME,
    RESOLUTION_TIME,
    COUNT,
    ERROR_RATE,
    CUSTOM
}
