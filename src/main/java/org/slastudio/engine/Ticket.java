package org.slastudio.engine;

import java.time.Instant;
import java.util.Objects;
import org.slastudio.model.Priority;

/**
 * An Incident as the service desk recorded it.
 *
 * @param serviceId the service it was raised against, or null; a metric of one service measures only its tickets
 * @param responded when it was first responded to, or null while it waits for a response
 * @param resolved  when it was resolved, or null while it is open
 */
public record Ticket(String id, Priority priority, String serviceId, Instant raised, Instant responded, Instant resolved) {

    public Ticket {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(raised, "raised");
    }
}
