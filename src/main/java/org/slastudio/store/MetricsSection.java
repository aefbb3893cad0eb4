package org.slastudio.store;

import java.time.DateTimeException;
import java.time.Duration;
import org.slastudio.model.BusinessDayDeadline;
import org.slastudio.model.DataSource;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricClassification;
import org.slastudio.model.MetricKind;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.ReportingFrequency;
import org.slastudio.model.TargetComparator;
import tools.jackson.databind.JsonNode;

/**
 * The metrics of a draft file, with their targets by priority. Read and write sit together in one class per
 * section, as a wizard step loads and builds its own part, so that a new term is one edit in one small file.
 */
final class MetricsSection {

    private MetricsSection() {
    }

    static Metric readMetric(Fields o) {
        return new Metric(
                o.text("id"),
                o.text("name"),
                o.choice("kind", MetricKind.class),
                o.text("serviceId"),
                o.choice("comparator", TargetComparator.class),
                o.decimal("target", "99.9"),
                o.text("unit"),
                o.list("priorityTargets", false, p -> new PriorityTarget(p.choice("priority", Priority.class),
                        readDuration(p, "within"), p.decimal("compliancePercent", "95"),
                        p.choice("dueBy", BusinessDayDeadline.class))),
                o.text("clockWindowId"),
                o.choice("period", MeasurementPeriod.class),
                o.choice("reporting", ReportingFrequency.class),
                o.choice("dataSource", DataSource.class),
                o.text("responsiblePartyId"),
                o.choice("classification", MetricClassification.class));
    }

    static void writeMetric(Out o, Metric v) {
        o.text("id", v.id());
        o.text("name", v.name());
        o.choice("kind", v.kind());
        o.text("serviceId", v.serviceId());
        o.choice("comparator", v.comparator());
        o.decimal("target", v.target());
        o.text("unit", v.unit());
        o.list("priorityTargets", v.priorityTargets(), null, MetricsSection::writePriorityTarget);
        o.text("clockWindowId", v.clockWindowId());
        o.choice("period", v.period());
        o.choice("reporting", v.reporting());
        o.choice("dataSource", v.dataSource());
        o.text("responsiblePartyId", v.responsiblePartyId());
        o.choice("classification", v.classification());
    }

    private static void writePriorityTarget(Out o, PriorityTarget v) {
        o.choice("priority", v.priority());
        o.text("within", v.within() == null ? null : v.within().toString());
        o.decimal("compliancePercent", v.compliancePercent());
        o.choice("dueBy", v.dueBy());
    }

    private static Duration readDuration(Fields o, String name) {
        JsonNode node = o.get(name);
        if (node == null) {
            return null;
        }
        String example = "a duration in ISO 8601 such as \"PT15M\" (15 minutes), \"PT4H\" (4 hours) or \"PT100H\" (100 hours)";
        if (!node.isString()) {
            return o.expected(name, example, node);
        }
        Duration value;
        try {
            value = Duration.parse(node.asString());
        } catch (DateTimeException e) {
            return o.notValid(name, node, example);
        }
        if (value.abs().compareTo(PriorityTarget.LONGEST) > 0) {
            return o.reject(name, Json.describe(node) + " is out of range; a time target is at most "
                    + PriorityTarget.LONGEST.toDays() + " days (\"P" + PriorityTarget.LONGEST.toDays() + "D\"), e.g. \"PT4H\""
                    + Fields.KEPT);
        }
        return value;
    }
}
