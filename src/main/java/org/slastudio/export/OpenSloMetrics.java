package org.slastudio.export;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.slastudio.clauses.ClockTime;
import org.slastudio.export.OpenSloChoices.Budgeting;
import org.slastudio.export.OpenSloChoices.Method;
import org.slastudio.export.OpenSloChoices.Unstatable;
import org.slastudio.export.OpenSloObjective.Counting;
import org.slastudio.export.OpenSloObjective.Indicator;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricClassification;
import org.slastudio.model.MetricKind;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.Service;
import org.slastudio.model.TargetComparator;

/**
 * The metrics OpenSLO can state, all as Occurrences (each event good or bad, the target a share of them):
 * <ul>
 *   <li>a percentage of events ("at least 80% of calls", "at most 5% of calls abandoned"): good (or bad) events over
 *       all of them; at most 5% bad is a target of 95% good;</li>
 *   <li>a response or resolution time by priority met in a share of cases ("P1 within 15 minutes in 95% of cases"):
 *       one SLO per priority, each ticket an event measured in seconds against the time allowed ({@code op: lte}),
 *       as in the spec's own latency example.</li>
 * </ul>
 * An availability metric restates a service level and is exported with it. Counts, amounts and scores (400 leads,
 * SEK 12 million, 4.2 out of 5) are not shares of events, a time every ticket must meet would need a target of 100%,
 * which OpenSLO's targets stop short of, and a business-day deadline is no length of time: these are left out, each
 * with its reason.
 */
final class OpenSloMetrics {
    private static final Budgeting OCCURRENCES = new Budgeting(Method.Occurrences, null, null);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final OpenSloPlan plan;

    private OpenSloMetrics(OpenSloPlan plan) {
        this.plan = plan;
    }

    static void addTo(OpenSloPlan plan) {
        OpenSloMetrics metrics = new OpenSloMetrics(plan);
        for (int i = 0; i < plan.agreement.metrics().size(); i++) {
            Metric m = plan.agreement.metrics().get(i);
            if (m != null) {
                metrics.add(i, m);
            }
        }
    }

    private void add(int i, Metric m) {
        String where = "metrics[" + i + "]";
        String name = OpenSloPlan.named(m.name(), m.id());
        try {
            if (m.kind() == MetricKind.AVAILABILITY) {
                if (!restatesALevel(m)) {
                    throw new Unstatable("an availability metric restates a service level, which is exported as such,"
                            + " but this one matches none of its service's levels");
                }
            } else if (!m.priorityTargets().isEmpty()) {
                for (int k = 0; k < m.priorityTargets().size(); k++) {
                    PriorityTarget t = m.priorityTargets().get(k);
                    if (t != null) {
                        priority(i, m, k, t, name);
                    }
                }
            } else if (isPercentage(m)) {
                percentage(i, m, name);
            } else {
                throw new Unstatable("its target" + (m.target() == null ? "" : ", " + m.target().toPlainString()
                        + (m.unit() == null ? "" : " " + m.unit().strip()) + ",") + " is not a share of events or time,"
                        + " which is all an OpenSLO objective states");
            }
        } catch (Unstatable e) {
            plan.leftOut.add(where + " (" + name + "): " + e.getMessage());
        }
    }

    private boolean restatesALevel(Metric m) {
        Service s = m.serviceId() == null ? null : plan.agreement.service(m.serviceId()).orElse(null);
        return s != null && m.target() != null && s.levels().stream()
                .anyMatch(l -> l != null && l.targetPercent() != null && l.targetPercent().compareTo(m.target()) == 0);
    }

    private static boolean isPercentage(Metric m) {
        return m.kind() == MetricKind.ERROR_RATE || m.unit() != null && m.unit().strip().startsWith("%");
    }

    private void percentage(int i, Metric m, String name) throws Unstatable {
        if (m.comparator() == null) {
            throw new Unstatable("it says neither at least nor at most");
        }
        if (m.target() == null || m.target().signum() < 0 || m.target().compareTo(HUNDRED) > 0) {
            throw new Unstatable("its percentage must be from 0 to 100, not "
                    + (m.target() == null ? "missing" : m.target().toPlainString()));
        }
        boolean atMost = m.comparator() == TargetComparator.AT_MOST;
        BigDecimal target = OpenSloChoices.target(atMost ? HUNDRED.subtract(m.target()) : m.target());
        String unit = m.unit() == null || m.unit().isBlank() ? "%" : m.unit().strip();
        String events = unit.startsWith("% of ") ? unit.substring("% of ".length()).strip() : "events";
        String objective = (atMost ? "at most " : "at least ") + m.target().toPlainString() + unit;
        MeasurementPeriod period = period(m);
        Indicator indicator = new Indicator(null, OpenSloNames.display(name), OpenSloPlan.INDICATOR,
                atMost ? Counting.BAD_OVER_TOTAL : Counting.GOOD_OVER_TOTAL, events + " that count as: " + name, "all " + events);
        String description = name + ": " + objective + ", " + OpenSloChoices.perPeriod(period, plan.anchor) + classification(m)
                + plan.agreed() + (atMost ? "Those " + events + " are the bad events, so the target is the share of all "
                + events + " that are not, " + target.toPlainString() + ". " : "") + plan.caveats(period) + OpenSloPlan.PLACEHOLDERS + ".";
        plan.add(new OpenSloObjective(null, OpenSloNames.display(name), serviceOf(m), description, OCCURRENCES,
                timeWindow(period), objective, target, null, indicator, annotations(m, "metrics[" + i + "].target")),
                OpenSloPlan.named(m.id(), "metric"));
    }

    private void priority(int i, Metric m, int k, PriorityTarget t, String name) throws Unstatable {
        String where = "metrics[" + i + "].priorityTargets[" + k + "]";
        String priority = t.priority() == null ? "priority " + (k + 1) : t.priority().name();
        try {
            if (t.dueBy() != null) {
                throw new Unstatable("it is due by a business day, not within a length of time");
            }
            if (t.within() == null || t.within().isNegative()) {
                throw new Unstatable("it names no time");
            }
            if (t.compliancePercent() == null) {
                throw new Unstatable("every ticket must meet it, a target of 100%, and OpenSLO's targets stop short of 100%");
            }
            BigDecimal target = OpenSloChoices.target(t.compliancePercent());
            String within = ClockTime.target(t, m);
            BigDecimal seconds = seconds(t.within());
            String what = m.kind() == MetricKind.RESOLUTION_TIME ? "resolution time" : m.kind() == MetricKind.RESPONSE_TIME
                    ? "response time" : "time";
            String clock = ClockTime.businessHours(m) ? plan.agreement.window(m.clockWindowId())
                    .map(w -> " on the clock of the window " + OpenSloPlan.named(w.name(), w.id()) + " ("
                            + WindowWording.window(w) + ")")
                    .orElse(" on the clock of the window \"" + m.clockWindowId() + "\"") : " around the clock";
            String objective = priority + " " + within + " in " + t.compliancePercent().toPlainString() + "% of cases";
            MeasurementPeriod period = period(m);
            String display = OpenSloNames.display(name + ": " + priority);
            Indicator indicator = new Indicator(null, display, OpenSloPlan.INDICATOR,
                    Counting.THRESHOLD, "the " + what + " of each " + priority + " ticket, in seconds" + clock, null);
            String description = name + ": " + objective + clock + ", " + OpenSloChoices.perPeriod(period, plan.anchor)
                    + classification(m) + plan.agreed() + "Each " + priority + " ticket is an event, good when its " + what
                    + " is at most " + seconds.toPlainString() + " seconds" + (ClockTime.businessHours(m)
                    ? " of the window's hours" : "") + ". " + plan.caveats(period) + OpenSloPlan.PLACEHOLDERS + ".";
            plan.add(new OpenSloObjective(null, display, serviceOf(m), description,
                    OCCURRENCES, timeWindow(period), objective, target, seconds, indicator,
                    annotations(m, where)), OpenSloPlan.named(m.id(), "metric") + "-" + priority);
        } catch (Unstatable e) {
            plan.leftOut.add(where + " (" + name + ", " + priority + "): " + e.getMessage());
        }
    }

    /** The time allowed, exact, in the seconds the indicator measures. */
    static BigDecimal seconds(Duration d) {
        BigDecimal s = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9)).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private MeasurementPeriod period(Metric m) {
        return m.period() != null ? m.period() : plan.period;
    }

    /** Metrics are measured in the agreement's zone: they name no window of their own whose zone could stand in. */
    private OpenSloChoices.TimeWindow timeWindow(MeasurementPeriod period) throws Unstatable {
        ZoneId zone = OpenSloChoices.periodZone(null, plan.zone(), null);
        return OpenSloChoices.timeWindow(period, plan.anchor, zone);
    }

    private String serviceOf(Metric m) {
        Service s = m.serviceId() == null ? null : plan.agreement.service(m.serviceId()).orElse(null);
        return s == null ? plan.agreementService() : plan.serviceOf(plan.agreement.services().indexOf(s));
    }

    private static String classification(Metric m) {
        if (m.classification() == MetricClassification.CRITICAL) {
            return "; a critical service level: a miss earns service credits. ";
        }
        return m.classification() == MetricClassification.KEY ? "; a key measurement, reported only. " : ". ";
    }

    private Map<String, String> annotations(Metric m, String term) {
        Map<String, String> a = plan.annotations(term);
        if (m.classification() != null) {
            a.put("sla-studio/credit-bearing", Boolean.toString(m.classification() == MetricClassification.CRITICAL));
        }
        return a;
    }
}
