package org.slastudio.ui.metrics;

import javafx.collections.ListChangeListener;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.slastudio.model.DataSource;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricClassification;
import org.slastudio.model.MetricKind;
import org.slastudio.model.Priority;
import org.slastudio.model.ReportingFrequency;
import org.slastudio.model.TargetComparator;
import org.slastudio.ui.fields.Fields;
import org.slastudio.ui.fields.Form;
import org.slastudio.ui.fields.Parsers;
import org.slastudio.ui.fields.StepPage;
import org.slastudio.ui.fields.TableEditor;
import org.slastudio.ui.fields.Words;

/** The Metrics step: ids {@code metrics-<field>}, priority targets {@code metrics-priority-<n>-<field>}. */
public final class MetricsView {
    private MetricsView() {
    }

    public static Node of(MetricsModel m) {
        Runnable commit = m::commit;
        TableEditor<Metric> table = new TableEditor<>("metrics", "metric", m.rows, m)
                .column("Name", 240, Metric::name)
                .column("Kind", 130, x -> Words.of(x.kind()))
                .column("Target", 200, MetricsView::targetText)
                .column("Classification", 120, x -> Words.of(x.classification()));
        VBox priorities = new VBox(6);
        Button add = Fields.button("metrics-priority-add", "Add priority target", "Add a priority target", m::addPriority);
        m.priorities.addListener((ListChangeListener<PriorityRow>) c -> fillPriorities(priorities, add, m));
        fillPriorities(priorities, add, m);
        Form details = new Form()
                .field("Name", Fields.text("metrics-name", m.name, commit), m.name)
                .field("Id", Fields.text("metrics-id", m.id, commit), m.id)
                .field("Kind", Fields.choice("metrics-kind", "Metric kind", MetricKind.values(), m.kind, commit))
                .field("Classification", Fields.choice("metrics-classification", "Classification", MetricClassification.values(), m.classification, commit))
                .field("Service", Fields.choice("metrics-service", "Service measured", m.serviceIds, m::describe, m.serviceId, commit))
                .field("Responsible party", Fields.choice("metrics-responsible-party", "Responsible party", m.partyIds, m::describe, m.responsiblePartyId, commit))
                .section("Target")
                .field("Comparison", Fields.choice("metrics-comparator", "Comparison with the target", TargetComparator.values(), m.comparator, commit))
                .field("Target", Fields.text("metrics-target", m.target, commit), m.target)
                .field("Unit", Fields.text("metrics-unit", m.unit, commit), m.unit)
                .field("Clock runs in", Fields.choice("metrics-clock-window", "Window the clock runs in", m.windowIds, m::describe, m.clockWindowId, commit))
                .wide("By priority", priorities)
                .section("Measuring and reporting")
                .field("Period", Fields.choice("metrics-period", "Measurement period",
                        javafx.collections.FXCollections.observableArrayList(MeasurementPeriod.values()), MeasurementPeriod::plainName, m.period, commit))
                .field("Reported", Fields.choice("metrics-reporting", "Reporting frequency", ReportingFrequency.values(), m.reporting, commit))
                .field("Data source", Fields.choice("metrics-data-source", "Data source", DataSource.values(), m.dataSource, commit));
        details.disableProperty().bind(m.rows.selected().lessThan(0));
        return StepPage.of("metrics", "Metrics",
                "What is measured and reported: response and resolution times by priority, counts, error rates.",
                table, details);
    }

    private static String targetText(Metric x) {
        if (!x.priorityTargets().isEmpty()) {
            return String.join(", ", x.priorityTargets().stream().filter(p -> p != null && p.isSet())
                    .map(p -> Words.of(p.priority()) + " " + (p.dueBy() != null ? TargetForm.of(p.dueBy()).words.toLowerCase()
                            : Parsers.formatDuration(p.within()))).toList());
        }
        return x.target() == null ? "" : (x.comparator() == TargetComparator.AT_MOST ? "≤ " : "≥ ")
                + x.target().toPlainString() + (x.unit() == null ? "" : " " + x.unit());
    }

    private static <C extends Control> C fixed(C control) {
        control.setMinWidth(Region.USE_PREF_SIZE);
        return control;
    }

    private static void fillPriorities(VBox box, Button add, MetricsModel m) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        if (!m.priorities.isEmpty()) {
            grid.addRow(0, fixed(Fields.muted("Priority")), fixed(Fields.muted("Due")), fixed(Fields.muted("Within")),
                    fixed(Fields.muted("Of cases")));
        }
        for (int i = 0; i < m.priorities.size(); i++) {
            PriorityRow row = m.priorities.get(i);
            String key = "metrics-priority-" + i;
            int index = i;
            var within = Fields.text(key + "-within", row.within, m::commit);
            within.disableProperty().bind(row.form.isNotEqualTo(TargetForm.WITHIN_A_TIME));
            var form = Fields.choice(key + "-form", "How priority target " + (i + 1) + " is due",
                    FXCollections.observableArrayList(TargetForm.values()), f -> f.words, row.form, m::commit);
            form.setMinWidth(120);
            within.setPrefColumnCount(7);
            within.setPromptText("15m");
            var compliance = Fields.percent(key + "-compliance", row.compliance, m::commit);
            compliance.setPrefColumnCount(5);
            Label due = Fields.muted("");
            due.textProperty().bind(row.due);
            due.setWrapText(true);
            var priority = Fields.choice(key + "-priority", "Priority", Priority.values(), row.priority, m::commit);
            priority.setMinWidth(80);
            within.setMinWidth(70);
            compliance.setMinWidth(80);
            grid.addRow(1 + 2 * i, priority, form, within, compliance,
                    fixed(Fields.button(key + "-remove", "×", "Remove priority target " + (i + 1), () -> m.removePriority(index))));
            grid.add(due, 0, 2 + 2 * i, 5, 1);
        }
        box.getChildren().setAll(grid, Form.errorsOf(m.priorities.stream().flatMap(p -> p.inputs().stream()).toList()), add);
    }
}
