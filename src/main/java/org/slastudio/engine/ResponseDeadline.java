package org.slastudio.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.stream.Collectors;
import org.slastudio.model.Agreement;
import org.slastudio.model.BusinessDayDeadline;
import org.slastudio.model.Metric;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;

/**
 * When a response or resolution is due for a ticket.
 *
 * @param zone          the zone the deadline is read in: the clock window's, or the agreement's for a 24x7 clock
 * @param within        the time the target allows; null where it names a business day instead
 * @param dueBy         the business day the target names, or null where it allows a time
 * @param businessHours whether the clock runs only in the window's hours
 */
public record ResponseDeadline(String metricId, Priority priority, Duration within, BusinessDayDeadline dueBy,
                               Instant raised, Instant due, ZoneId zone, boolean businessHours) {

    public ZonedDateTime raisedLocal() {
        return raised.atZone(zone);
    }

    public ZonedDateTime dueLocal() {
        return due.atZone(zone);
    }

    /**
     * The deadline for a ticket of the given priority; the priority may be null when the metric has a single
     * time target.
     */
    public static ResponseDeadline of(Agreement agreement, Metric metric, Priority priority, Instant raised) {
        String path = "$.metrics[" + agreement.metrics().indexOf(metric) + "].priorityTargets";
        PriorityTarget target = null;
        if (priority == null && metric.priorityTargets().size() == 1) {
            target = metric.priorityTargets().get(0);
        }
        for (PriorityTarget t : metric.priorityTargets()) {
            if (t != null && priority != null && priority == t.priority()) {
                target = t;
            }
        }
        if (target == null || !target.isSet()) {
            String known = metric.priorityTargets().stream()
                    .filter(t -> t != null && t.priority() != null && t.isSet())
                    .map(t -> t.priority().name()).collect(Collectors.joining(", "));
            if (known.isEmpty()) {
                throw new IllegalArgumentException("Metric \"" + metric.id() + "\" has no time targets by priority ("
                        + path + "); add one, e.g. P1 within PT4H");
            }
            throw new IllegalArgumentException(priority == null
                    ? "Metric \"" + metric.id() + "\" has targets for " + known + "; choose a priority"
                    : "Metric \"" + metric.id() + "\" has no target for " + priority + " (" + path + "); it has " + known);
        }
        ResponseClock clock = ResponseClock.forMetric(agreement, metric);
        boolean business = clock instanceof BusinessClock;
        ZoneId zone = zoneFor(agreement, metric);
        if (target.dueBy() != null) {
            if (!business) {
                throw new IllegalArgumentException("Metric \"" + metric.id() + "\" promises " + target.priority()
                        + " by the end of a business day, but its clock runs 24x7 with no business days ($.metrics["
                        + agreement.metrics().indexOf(metric) + "].clockWindowId); name the window of its business hours");
            }
            return new ResponseDeadline(metric.id(), target.priority(), null, target.dueBy(), raised,
                    ((BusinessClock) clock).dueBy(raised, target.dueBy()), zone, true);
        }
        return new ResponseDeadline(metric.id(), target.priority(), target.within(), null, raised,
                clock.due(raised, target.within()), zone, business);
    }

    /** The zone a ticket's times are read in: the clock window's zone, else the agreement's, else UTC. */
    public static ZoneId zoneFor(Agreement agreement, Metric metric) {
        if (metric.clockWindowId() != null) {
            var window = agreement.window(metric.clockWindowId());
            if (window.isPresent() && window.get().zone() != null) {
                return window.get().zone();
            }
        }
        ZoneId zone = agreement.overview() == null ? null : agreement.overview().timeZone();
        return zone == null ? ZoneId.of("UTC") : zone;
    }
}
