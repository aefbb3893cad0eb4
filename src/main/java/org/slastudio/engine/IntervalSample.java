package org.slastudio.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** The error rate measured over one interval of an interval-based service, e.g. 0.8% of requests failed. */
public record IntervalSample(Instant start, BigDecimal errorRatePercent) {

    public IntervalSample {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(errorRatePercent, "errorRatePercent");
    }
}
