package org.slastudio.engine;

import java.time.Duration;
import java.time.Instant;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.Metric;

/** The clock a response or resolution target runs on: around the clock, or only in business hours. */
public interface ResponseClock {

    /** When a ticket raised at {@code raised} is due if the target allows {@code within} on this clock. */
    Instant due(Instant raised, Duration within);

    static ResponseClock twentyFourSeven() {
        return (raised, within) -> raised.plus(within);
    }

    /** The clock of a metric: its clock window's hours, holidays and zone, or 24x7 when it names none. */
    static ResponseClock forMetric(Agreement agreement, Metric metric) {
        if (metric.clockWindowId() == null || metric.clockWindowId().isBlank()) {
            return twentyFourSeven();
        }
        AvailabilityWindow window = agreement.window(metric.clockWindowId()).orElseThrow(() ->
                new IllegalArgumentException("Metric \"" + metric.id() + "\" runs its clock in window \""
                        + metric.clockWindowId() + "\", which the agreement does not define ($.metrics["
                        + agreement.metrics().indexOf(metric) + "].clockWindowId); name one of $.windows"));
        return new BusinessClock(window);
    }
}
