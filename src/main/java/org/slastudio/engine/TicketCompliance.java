package org.slastudio.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slastudio.model.Agreement;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricKind;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;

/**
 * Tickets measured against the response and resolution targets of the agreement's metrics: each ticket against the
 * target for its priority, on the metric's clock (around the clock, or the business hours of its window), and the
 * share of tickets that met it against the share the target requires, over a run of periods and in each of them.
 *
 * <p>A ticket belongs to the period in which it was raised, periods cut in the agreement's zone. A ticket not yet
 * responded to (or resolved) has missed its target once its due time is before the moment the tickets are read;
 * until then it is open and counts neither way. A metric of one service measures only the tickets raised against it;
 * a metric of no service measures every ticket.
 */
public final class TicketCompliance {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TicketCompliance() {
    }

    public enum Outcome { MET, MISSED, OPEN }

    /** One ticket against one metric's target: when it was due, when it was done (null: not yet), and the outcome. */
    public record Measured(Ticket ticket, Metric metric, ResponseDeadline deadline, Instant done, Outcome outcome) {
    }

    /** Tickets counted under one target, in a period or over the whole run. */
    public record Tally(int met, int missed, int open) {
        static final Tally NONE = new Tally(0, 0, 0);

        public int tickets() {
            return met + missed + open;
        }

        /** The share of decided tickets that met the target, unrounded; null while none is decided. */
        public BigDecimal compliancePercent() {
            int decided = met + missed;
            return decided == 0 ? null : Durations.divide(BigDecimal.valueOf(met).multiply(HUNDRED), BigDecimal.valueOf(decided));
        }

        Tally plus(Outcome outcome) {
            return new Tally(met + (outcome == Outcome.MET ? 1 : 0), missed + (outcome == Outcome.MISSED ? 1 : 0),
                    open + (outcome == Outcome.OPEN ? 1 : 0));
        }
    }

    /**
     * One metric's target for one priority: its tickets over the run and in each period (in the order of the periods).
     */
    public record Line(Metric metric, PriorityTarget target, Tally overall, List<Tally> byPeriod) {
        /** The share of tickets the target requires to meet it: its compliance percent, or every ticket. */
        public BigDecimal requiredPercent() {
            return target.compliancePercent() == null ? HUNDRED : target.compliancePercent();
        }

        /** Whether the decided tickets of a tally met the required share; null while none is decided. */
        public Boolean achieved(Tally tally) {
            BigDecimal share = tally.compliancePercent();
            return share == null ? null : share.compareTo(requiredPercent()) >= 0;
        }

        public boolean response() {
            return metric.kind() == MetricKind.RESPONSE_TIME;
        }
    }

    /**
     * @param lines         by priority, responses before resolutions, then in the agreement's order of metrics
     * @param measured      each ticket under each target that applies to it, in the order of the tickets
     * @param outsideRun    tickets raised before or after the run, left out
     * @param notMeasured   priorities of tickets in the run that no response or resolution target covers
     */
    public record Result(List<Line> lines, List<Measured> measured, int outsideRun, Set<Priority> notMeasured) {
    }

    /**
     * @param readAt the moment the tickets are read: a ticket still waiting is late only once its due time is before it
     */
    public static Result of(Agreement agreement, List<Ticket> tickets, List<MeasurementPeriodRange> periods, Instant readAt) {
        Objects.requireNonNull(readAt, "readAt");
        ZoneId zone = agreement.overview() != null && agreement.overview().timeZone() != null
                ? agreement.overview().timeZone() : ZoneOffset.UTC;
        List<Metric> timed = agreement.metrics().stream().filter(m -> m != null
                && (m.kind() == MetricKind.RESPONSE_TIME || m.kind() == MetricKind.RESOLUTION_TIME)).toList();
        record Key(Metric metric, PriorityTarget target) {
        }
        Map<Key, Tally[]> tallies = new LinkedHashMap<>();
        for (Metric metric : timed) {
            for (PriorityTarget target : metric.priorityTargets()) {
                if (target != null && target.priority() != null && target.isSet()) {
                    Tally[] byPeriod = new Tally[periods.size()];
                    java.util.Arrays.fill(byPeriod, Tally.NONE);
                    tallies.putIfAbsent(new Key(metric, target), byPeriod);
                }
            }
        }
        long[] starts = new long[periods.size() + 1];
        for (int p = 0; p < periods.size(); p++) {
            starts[p] = periods.get(p).startIn(zone).toEpochMilli();
        }
        starts[periods.size()] = periods.isEmpty() ? 0 : periods.get(periods.size() - 1).endIn(zone).toEpochMilli();

        List<Measured> measured = new ArrayList<>();
        Set<Priority> notMeasured = EnumSet.noneOf(Priority.class);
        int outside = 0;
        for (Ticket ticket : tickets) {
            int p = periodOf(starts, ticket.raised().toEpochMilli());
            if (p < 0) {
                outside++;
                continue;
            }
            boolean any = false;
            for (Map.Entry<Key, Tally[]> e : tallies.entrySet()) {
                Metric metric = e.getKey().metric();
                if (e.getKey().target().priority() != ticket.priority()
                        || metric.serviceId() != null && !metric.serviceId().equals(ticket.serviceId())) {
                    continue;
                }
                any = true;
                ResponseDeadline deadline = ResponseDeadline.of(agreement, metric, ticket.priority(), ticket.raised());
                Instant done = metric.kind() == MetricKind.RESPONSE_TIME ? ticket.responded() : ticket.resolved();
                Outcome outcome = done != null ? (done.isAfter(deadline.due()) ? Outcome.MISSED : Outcome.MET)
                        : deadline.due().isBefore(readAt) ? Outcome.MISSED : Outcome.OPEN;
                e.getValue()[p] = e.getValue()[p].plus(outcome);
                measured.add(new Measured(ticket, metric, deadline, done, outcome));
            }
            if (!any) {
                notMeasured.add(ticket.priority());
            }
        }

        List<Line> lines = new ArrayList<>();
        tallies.forEach((key, byPeriod) -> {
            Tally overall = Tally.NONE;
            for (Tally t : byPeriod) {
                overall = new Tally(overall.met() + t.met(), overall.missed() + t.missed(), overall.open() + t.open());
            }
            lines.add(new Line(key.metric(), key.target(), overall, List.of(byPeriod)));
        });
        lines.sort(Comparator.comparing((Line l) -> l.target().priority()).thenComparing(l -> !l.response()));
        return new Result(List.copyOf(lines), List.copyOf(measured), outside, java.util.Collections.unmodifiableSet(notMeasured));
    }

    /** The index of the period holding the instant, or -1 outside them all. */
    private static int periodOf(long[] starts, long instant) {
        int n = starts.length - 1;
        if (n <= 0 || instant < starts[0] || instant >= starts[n]) {
            return -1;
        }
        int at = java.util.Arrays.binarySearch(starts, 0, n, instant);
        return at >= 0 ? at : -at - 2;
    }
}
