package org.slastudio.model;

/** What agreed maintenance (and planned work excused by notice) does to the measured time. */
public enum MaintenanceConvention {
    /** It leaves the measured time: the denominator is smaller. What drafts meant before the choice existed. */
    EXCLUDED_FROM_MEASURED_TIME,
    /** It stays in the measured time as available time: full denominator, and an outage in it is not downtime. */
    COUNTED_AS_AVAILABLE;

    public String plainName() {
        return switch (this) {
            case EXCLUDED_FROM_MEASURED_TIME -> "Excluded from the measured time";
            case COUNTED_AS_AVAILABLE -> "Counted as available time";
        };
    }
}
