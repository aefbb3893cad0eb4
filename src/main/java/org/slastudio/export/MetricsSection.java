package org.slastudio.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slastudio.model.DataSource;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricClassification;
import org.slastudio.model.MetricKind;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.ReportingFrequency;
import org.slastudio.model.Section;
import org.slastudio.model.TargetComparator;

/** The Metrics section (response and resolution times by priority, other measures) and the Reporting section. */
final class MetricsSection {
    private final AgreementDocument document;
    private final ExportOptions options;
    private final Pages layout;

    MetricsSection(AgreementDocument document, Pages layout) {
        this.document = document;
        this.options = document.options();
        this.layout = layout;
    }

    private List<Metric> metrics() {
        return document.agreement().metrics().stream().filter(Objects::nonNull).toList();
    }

    private static boolean timed(Metric m) {
        return m.kind() == MetricKind.RESPONSE_TIME || m.kind() == MetricKind.RESOLUTION_TIME;
    }

    void writeMetrics() {
        if (metrics().isEmpty() && document.clauses(Section.METRICS).isEmpty()) {
            return;
        }
        document.sectionBeforeTable("Metrics");
        document.prose(Section.METRICS);
        List<Metric> timed = metrics().stream().filter(MetricsSection::timed).toList();
        if (!timed.isEmpty()) {
            document.tableClauseHeading("Response and resolution times");
            layout.text("Incidents shall be responded to and resolved by the targets below, by priority. Times run "
                    + "on the clock shown: around the clock, or only within the hours of the named Availability Window.");
            record Row(PriorityTarget target, Metric metric, String path) {
            }
            List<Row> rows = new ArrayList<>();
            for (Metric metric : timed) {
                for (int i = 0; i < metric.priorityTargets().size(); i++) {
                    PriorityTarget target = metric.priorityTargets().get(i);
                    if (target != null) {
                        rows.add(new Row(target, metric, document.path(metric) + ".priorityTargets[" + i + "]"));
                    }
                }
            }
            rows.sort(Comparator.comparing((Row r) -> r.target().priority() == null ? Integer.MAX_VALUE
                    : r.target().priority().ordinal()).thenComparing(r -> r.metric().kind()));
            Pages.Rows table = layout.rows("Table " + document.tableNumber() + ": Response and resolution times by priority",
                    Columns.of(new float[] {1.5f, 1.4f, 2.6f, 1.4f, 1.6f, 1.4f, 1.8f},
                            "Priority", "Measure", "Metric", "Target", "Compliance", "Clock", "Type"));
            for (Row row : rows) {
                table.add(Cell.bold(row.target().priority() == null ? Wording.NOT_STATED
                        : "Priority\u00a0" + (row.target().priority().ordinal() + 1)));
                table.add(Cell.of(row.metric().kind() == MetricKind.RESPONSE_TIME ? "Response Time" : "Resolution Time"));
                table.add(Cell.of(Wording.text(row.metric().name())));
                String target = Wording.target(row.target(), row.metric());
                table.add(Cell.of(row.target().dueBy() == null && target.startsWith("within ")
                        ? Words.of("within ").term(row.path() + ".within", target.substring("within ".length()))
                        : Words.of(target)));
                table.add(Cell.right(row.target().compliancePercent() == null ? Words.of("every Incident")
                        : Words.ofTerm(row.path() + ".compliancePercent", Wording.percent(row.target().compliancePercent()))
                                .plain(" of Incidents")));
                table.add(Cell.of(row.metric().clockWindowId() == null ? "Around the clock"
                        : document.windowName(row.metric().clockWindowId())));
                table.add(Cell.of(classification(row.metric().classification())));
            }
            table.end();
        }
        List<Metric> others = metrics().stream().filter(m -> !timed(m) && !aServiceLevel(m)).toList();
        if (!others.isEmpty()) {
            document.tableClauseHeading("Other service measures");
            layout.text("The following measures are reported for each period shown:");
            Pages.Rows table = layout.rows("Table " + document.tableNumber() + ": Other service measures",
                    Columns.of(new float[] {2.6f, 1.9f, 1.7f, 1.1f, 1.5f, 1.8f, 1.8f},
                            "Metric", "Service", "Target", "Period", "Source", "Responsible", "Type"));
            for (Metric metric : others) {
                table.add(Cell.of(Words.ofTerm(document.path(metric) + ".name", Wording.text(metric.name())).in(Words.Emphasis.BOLD)));
                table.add(Cell.of(document.serviceName(metric.serviceId())));
                table.add(Cell.of(target(metric)));
                table.add(Cell.of(periodShort(metric.period())));
                table.add(Cell.of(metric.dataSource() == DataSource.MANUAL ? "Manual" : "Automated"));
                table.add(Cell.of(document.partyName(metric.responsiblePartyId())));
                table.add(Cell.of(classification(metric.classification())));
            }
            table.end();
        }
    }

    /** An availability measure of a Service at one of its targets: the table of service levels states it already. */
    private boolean aServiceLevel(Metric m) {
        return m.kind() == MetricKind.AVAILABILITY && m.target() != null && m.serviceId() != null
                && document.agreement().service(m.serviceId()).stream().flatMap(s -> s.levels().stream())
                .anyMatch(l -> l != null && l.targetPercent() != null && l.targetPercent().compareTo(m.target()) == 0);
    }

    private String target(Metric metric) {
        if (metric.target() == null) {
            return Wording.NOT_STATED;
        }
        String comparator = metric.comparator() == TargetComparator.AT_MOST ? "at most " : "at least ";
        String unit = metric.unit() == null || metric.unit().isBlank() ? "" : metric.unit().strip();
        String value = unit.startsWith("%") ? metric.target().toPlainString() : Wording.quantity(metric.target(), options.locale());
        return comparator + (unit.startsWith("%") ? value + unit : value + (unit.isEmpty() ? "" : " " + unit));
    }

    private static String classification(MetricClassification c) {
        return c == MetricClassification.CRITICAL ? "Critical Service Level" : "Key Measurement";
    }

    private static String periodShort(MeasurementPeriod period) {
        if (period == null) {
            return Wording.NOT_STATED;
        }
        return switch (period) {
            case CALENDAR_MONTH -> "Month";
            case FIXED_30_DAY_MONTH -> "30 days";
            case CALENDAR_MONTH_AS_30_DAYS -> "Month (as 30 days)";
            case CALENDAR_QUARTER -> "Quarter";
            case WEEK -> "Week";
        };
    }

    void writeReporting() {
        Map<ReportingFrequency, List<String>> byFrequency = new EnumMap<>(ReportingFrequency.class);
        for (Metric metric : metrics()) {
            if (metric.reporting() != null) {
                byFrequency.computeIfAbsent(metric.reporting(), f -> new ArrayList<>()).add(Wording.text(metric.name()));
            }
        }
        if (byFrequency.isEmpty() && document.clauses(Section.REPORTING).isEmpty()) {
            return;
        }
        document.section("Reporting");
        document.prose(Section.REPORTING);
        if (byFrequency.isEmpty()) {
            return;
        }
        document.clauseHeading("Reported measures");
        layout.text("The party responsible for each measure shall report it to the other "
                + (document.parties().size() > 2 ? "parties" : "party") + " as follows:");
        for (Map.Entry<ReportingFrequency, List<String>> entry : byFrequency.entrySet()) {
            layout.subNumbered(document.nextSubClause(), Words.bold(Wording.capitalised(entry.getKey().name()
                    .toLowerCase(Locale.ROOT)) + ": ").plain(Wording.list(entry.getValue()) + "."));
        }
        if (metrics().stream().anyMatch(m -> m.dataSource() == DataSource.MANUAL)) {
            layout.text("Measures compiled by hand are reported with the records they were compiled from, so that the "
                    + "other party can check them.");
        }
    }
}
