package org.slastudio.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One outage record, as monitoring or a ticket reports it.
 *
 * @param reportedAt when the customer reported the fault; null when monitoring saw it at once
 * @param planned    planned work; it escapes counting inside an agreed maintenance window, and outside one only
 *                   where the window's rules excuse work announced with enough notice
 * @param announcedAt when planned work was announced to the customer; null when it was not (or is not known)
 */
public record Outage(Instant start, Instant end, Instant reportedAt, boolean planned, Instant announcedAt) {

    public Outage {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("An outage cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    public Outage(Instant start, Instant end, Instant reportedAt, boolean planned) {
        this(start, end, reportedAt, planned, null);
    }

    /** Planned work announced at {@code announcedAt}. */
    public static Outage plannedWork(Instant start, Instant end, Instant announcedAt) {
        return new Outage(start, end, null, true, announcedAt);
    }

    public static Outage unplanned(Instant start, Instant end) {
        return new Outage(start, end, null, false);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
