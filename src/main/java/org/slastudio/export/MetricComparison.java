package org.slastudio.export;

import static org.slastudio.export.ServiceComparison.party;
import static org.slastudio.export.ServiceComparison.window;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.slastudio.model.Agreement;
import org.slastudio.model.DataSource;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricClassification;
import org.slastudio.model.MetricKind;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.TargetComparator;
import org.slastudio.negotiation.Change;
import org.slastudio.negotiation.TermKey;

/** The comparison's words for metrics: their targets by priority, clocks, periods, reporting and classification. */
final class MetricComparison {
    private final Comparison c;

    MetricComparison(Comparison comparison) {
        this.c = comparison;
    }

    private static boolean timed(Metric m) {
        return m.kind() == MetricKind.RESPONSE_TIME || m.kind() == MetricKind.RESOLUTION_TIME;
    }

    private Comparison.Cite metricClause(AgreementOutline outline, Metric m) {
        return timed(m) ? Comparison.where(outline, "Metrics", "Response and resolution times", "Response and resolution times")
                : Comparison.where(outline, "Metrics", "Other service measures", "Other service measures");
    }

    Comparison.Entry entry(Change change) {
        TermKey key = change.term();
        Metric a = (Metric) Comparison.at(c.previous, key, 1);
        Metric b = (Metric) Comparison.at(c.next, key, 1);
        Metric named = b != null ? b : a;
        if (named == null) {
            return null;
        }
        String metric = "the metric " + Comparison.quoted(Comparison.name(named.name(), named.id()));
        List<TermKey.Step> steps = key.steps();
        if (steps.size() == 1) {
            return switch (change.kind()) {
                case ADDED -> c.says(metricClause(c.is, b), "a new metric " + Comparison.quoted(Comparison.name(b.name(), b.id()))
                        + " is inserted, with " + (timed(b) ? priorityTargets(b) : "a target of " + target(b, b.target())));
                case REMOVED -> c.says(metricClause(c.was, a), metric + " is deleted");
                case MOVED -> null; // the tables order metrics by priority and kind, not by the draft's list
                default -> null;
            };
        }
        if (a == null || b == null) {
            return null;
        }
        Comparison.Cite cite = metricClause(c.is, b);
        if (steps.get(1).field().equals("priorityTargets")) {
            return priorityTarget(change, cite, metric, a, b);
        }
        return switch (steps.get(1).field()) {
            case "name" -> c.says(cite, "the metric " + Comparison.quoted(Comparison.name(a.name(), a.id())) + " is renamed "
                    + Comparison.quoted(Comparison.name(b.name(), b.id())));
            case "kind" -> c.says(cite, metric + " now measures " + kind(b.kind()) + " instead of " + kind(a.kind()));
            case "serviceId" -> c.says(cite, metric + " now applies to " + service(c.next, b.serviceId()) + " instead of "
                    + service(c.previous, a.serviceId()));
            case "comparator" -> c.says(cite, "the target of " + metric + " is now " + target(b, b.target()) + " instead of "
                    + target(a, a.target()));
            case "target" -> c.says(cite, "the target of " + metric + " is " + Comparison.verb(a.target(), b.target())
                    + " from " + target(a, a.target()) + " to " + target(b, b.target()));
            case "unit" -> c.says(cite, "the target of " + metric + " is now " + target(b, b.target()) + " instead of "
                    + target(a, a.target()));
            case "clockWindowId" -> c.says(cite, "the clock of " + metric + " now runs " + clockWindow(c.next, b.clockWindowId())
                    + " instead of " + clockWindow(c.previous, a.clockWindowId()));
            case "period" -> c.says(cite, metric + " is now measured over each " + Wording.period(b.period()) + " instead of each "
                    + Wording.period(a.period()));
            case "reporting" -> c.says(Comparison.where(c.is, "Reporting", "Reported measures", null), b.reporting() == null
                    ? metric + " is no longer reported" : metric + " is now reported " + lower(b.reporting().name())
                    + (a.reporting() == null ? "" : " instead of " + lower(a.reporting().name())));
            case "dataSource" -> c.says(cite, metric + " is now " + source(b.dataSource()) + " instead of " + source(a.dataSource()));
            case "responsiblePartyId" -> c.says(cite, "the party responsible for " + metric + " is now "
                    + party(c.next, b.responsiblePartyId()) + " instead of " + party(c.previous, a.responsiblePartyId()));
            case "classification" -> c.says(cite, metric + " is now " + classification(b.classification()) + ", instead of "
                    + classification(a.classification()));
            default -> c.fallback(change);
        };
    }

    private Comparison.Entry priorityTarget(Change change, Comparison.Cite cite, String metric, Metric a, Metric b) {
        PriorityTarget x = (PriorityTarget) change.term().prefix(2).valueIn(c.previous);
        PriorityTarget y = (PriorityTarget) change.term().prefix(2).valueIn(c.next);
        PriorityTarget any = y != null ? y : x;
        if (any == null) {
            return null;
        }
        String which = "the " + (b.kind() == MetricKind.RESOLUTION_TIME ? "resolution" : "response") + " target for "
                + (any.priority() == null ? "Incidents of no stated priority" : any.priority().name() + " Incidents")
                + " under " + metric;
        return switch (change.kind()) {
            case ADDED -> y == null ? null : c.says(cite, "a " + which.substring(4) + " is inserted: " + priority(y, b));
            case REMOVED -> x == null ? null : c.says(cite, which + ", " + priority(x, a) + ", is deleted");
            case MOVED -> null;
            default -> {
                if (x == null || y == null) {
                    yield null;
                }
                if (Comparison.field(change).equals("compliancePercent")) {
                    yield c.says(cite, "the share of Incidents that must meet " + which + " is " + Comparison.verb(
                            x.compliancePercent(), y.compliancePercent()) + " from " + compliance(x) + " to " + compliance(y));
                }
                String verb = x.within() != null && y.within() != null && x.dueBy() == null && y.dueBy() == null
                        ? Comparison.verb(x.within(), y.within(), "lengthened", "shortened") : "changed";
                yield c.says(cite, which + " is " + verb + " from " + Wording.target(x, a) + " to " + Wording.target(y, b));
            }
        };
    }

    private static String priority(PriorityTarget t, Metric m) {
        return Wording.target(t, m) + (t.compliancePercent() == null ? "" : " in " + compliance(t));
    }

    private static String compliance(PriorityTarget t) {
        return t.compliancePercent() == null ? "every Incident" : Wording.percent(t.compliancePercent()) + " of Incidents";
    }

    private static String priorityTargets(Metric m) {
        List<String> each = m.priorityTargets().stream().filter(Objects::nonNull)
                .map(t -> (t.priority() == null ? "" : t.priority().name() + " ") + priority(t, m)).toList();
        return each.isEmpty() ? "no targets yet" : "the targets " + Wording.list(each);
    }

    /** "at least 99.5%", "at most 200 ms": as the agreement's table states a target. */
    private String target(Metric metric, BigDecimal value) {
        if (value == null) {
            return "no stated target";
        }
        String comparator = metric.comparator() == TargetComparator.AT_MOST ? "at most " : "at least ";
        String unit = metric.unit() == null || metric.unit().isBlank() ? "" : metric.unit().strip();
        return comparator + ("%".equals(unit) ? value.toPlainString() + "%"
                : Wording.quantity(value, c.options.locale()) + (unit.isEmpty() ? "" : " " + unit));
    }

    private static String kind(MetricKind kind) {
        if (kind == null) {
            return "a measure not stated";
        }
        return switch (kind) {
            case AVAILABILITY -> "availability";
            case RESPONSE_TIME -> "the time to respond to Incidents";
            case RESOLUTION_TIME -> "the time to resolve Incidents";
            case COUNT -> "a count";
            case ERROR_RATE -> "an error rate";
            case CUSTOM -> "a measure of its own";
        };
    }

    private static String service(Agreement agreement, String id) {
        return id == null ? "no particular Service" : agreement.service(id).map(ServiceComparison::the).orElse(id);
    }

    private static String clockWindow(Agreement agreement, String id) {
        return id == null ? "around the clock" : "within the hours of the Availability Window " + window(agreement, id);
    }

    private static String source(DataSource source) {
        return source == DataSource.MANUAL ? "compiled by hand" : "collected automatically";
    }

    private static String classification(MetricClassification classification) {
        return classification == MetricClassification.CRITICAL ? "a critical measure that bears Service Credits"
                : "a key measure that is reported only";
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }
}
