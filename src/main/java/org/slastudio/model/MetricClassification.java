package org.slastudio.model;

public enum MetricClassification {
    /** A critical service level: a miss earns credits. */
    CRITICAL,
    /** A key measurement: reported, no credits. */
    KEY
}
