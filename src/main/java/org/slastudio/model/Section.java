package org.slastudio.model;

/** The sections of an agreement, in document order. */
public enum Section {
    OVERVIEW,
    DEFINITIONS,
    PARTIES,
    SERVICES,
    AVAILABILITY,
    MEASUREMENT,
    EXCLUSIONS,
    SERVICE_CREDITS,
    METRICS,
    REPORTING,
    ESCALATION,
    TERMINATION,
    REVIEW_OF_SERVICE_LEVELS
}
