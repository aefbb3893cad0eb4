package org.slastudio.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One outage record, as monitoring or a ticket reports it.
 *
 * @param reportedAt when the customer reported the fault; null when monitoring saw it at once
 * @param planned    planned maintenance; it only escapes counting inside an agreed maintenance window
 */
public record Outage(Instant start, Instant end, Instant reportedAt, boolean planned) {

    public Outage {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("An outage cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    public static Outage unplanned(Instant start, Instant end) {
        return new Outage(start, end, null, false);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
