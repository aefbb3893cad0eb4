package org.slastudio.engine;

import java.time.Instant;
import java.util.Objects;

/**
 * The requests (or executions) of a service counted over a stretch of time that starts at {@code start}, e.g. the
 * 1,200 requests of one 5-minute interval of which 1,194 succeeded.
 *
 * @param total      the valid requests
 * @param successful those of them that succeeded; never more than the total
 */
public record RequestCount(Instant start, long total, long successful) {

    public RequestCount {
        Objects.requireNonNull(start, "start");
        RequestTotals.check(total, successful);
    }
}
