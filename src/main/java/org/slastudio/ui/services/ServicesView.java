package org.slastudio.ui.services;

import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.slastudio.model.ClockStart;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MinimumOutageBound;
import org.slastudio.model.Service;
import org.slastudio.ui.fields.Fields;
import org.slastudio.ui.fields.Form;
import org.slastudio.ui.fields.StepPage;
import org.slastudio.ui.fields.TableEditor;

/** The Services step: ids {@code services-<field>}, levels {@code services-level-<n>-target} per window. */
public final class ServicesView {
    private ServicesView() {
    }

    public static Node of(ServicesModel m) {
        Runnable commit = m::commit;
        TableEditor<Service> table = new TableEditor<>("services", "service", m.rows, m)
                .column("Name", 260, Service::name)
                .column("Id", 120, Service::id)
                .column("Monthly fee", 140, s -> s.monthlyFee() == null ? "" : s.monthlyFee().toString())
                .column("Levels", 220, s -> String.join(", ", s.levels().stream()
                        .filter(l -> l != null && l.targetPercent() != null)
                        .map(l -> l.targetPercent().toPlainString() + "% " + m.windowName(l.windowId())).toList()));
        GridPane levels = new GridPane();
        levels.setHgap(12);
        levels.setVgap(6);
        ColumnConstraints nameColumn = new ColumnConstraints();
        nameColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints allowanceColumn = new ColumnConstraints();
        allowanceColumn.setHgrow(Priority.ALWAYS);
        levels.getColumnConstraints().addAll(nameColumn, new ColumnConstraints(120, 140, 160), new ColumnConstraints(), allowanceColumn);
        m.levels.addListener((ListChangeListener<LevelRow>) c -> fillLevels(levels, m));
        fillLevels(levels, m);

        Form details = new Form()
                .field("Name", Fields.text("services-name", m.name, commit), m.name)
                .field("Id", Fields.text("services-id", m.id, commit), m.id)
                .wide("Description", Fields.area("services-description", m.description, commit), m.description)
                .field("Provider", Fields.choice("services-provider", "Provider of the service", m.partyIds, m::partyName, m.providerId, commit))
                .field("Recipient", Fields.choice("services-recipient", "Recipient of the service", m.partyIds, m::partyName, m.recipientId, commit))
                .field("Monthly fee", Fields.money("services-monthly-fee", m.monthlyFee, m.currencyCode, commit), m.monthlyFee)
                .field("Downtime cost / hour", Fields.money("services-downtime-cost", m.downtimeCost, m.currencyCode, commit), m.downtimeCost)
                .field("Business importance", Fields.text("services-importance", m.importance, commit), m.importance)
                .section("Availability promised in each window")
                .wide("", levels)
                .section("How downtime is measured")
                .field("Method", Fields.choice("services-method", "Measurement method", MeasurementMethod.values(), m.method, commit))
                .field("Clock starts", Fields.choice("services-clock-start", "Clock start", ClockStart.values(), m.clockStart, commit))
                .field("Minimum outage (min)", Fields.text("services-minimum-outage", m.minimumOutage, commit), m.minimumOutage)
                .field("Counts outages lasting", Fields.choice("services-minimum-outage-bound",
                        "Whether an outage of exactly the minimum counts: at least the minimum, or more than it", MinimumOutageBound.values(), m.minimumBound, commit))
                .field("Interval (min)", Fields.text("services-interval-minutes", m.intervalMinutes, commit), m.intervalMinutes)
                .field("Error rate threshold", Fields.percent("services-error-threshold", m.errorThreshold, commit), m.errorThreshold)
                .wide("", minimumMeaning(m));
        details.disableProperty().bind(m.rows.selected().lessThan(0));
        return StepPage.of("services", "Services",
                "What is provided, what it costs each month, and the availability promised in each window.",
                table, details);
    }

    /** What the minimum outage means under the method, e.g. in whole intervals. */
    private static Label minimumMeaning(ServicesModel m) {
        Label meaning = Fields.muted("");
        meaning.setId("services-minimum-outage-meaning");
        meaning.textProperty().bind(m.minimumMeaning);
        meaning.setWrapText(true);
        return meaning;
    }

    private static void fillLevels(GridPane grid, ServicesModel m) {
        grid.getChildren().clear();
        if (m.levels.isEmpty()) {
            grid.add(Fields.muted("Add availability windows first; each window gets a target here."), 0, 0, 3, 1);
            return;
        }
        grid.add(Fields.muted("Window"), 0, 0);
        grid.add(Fields.muted("Target"), 1, 0);
        for (int i = 0; i < m.levels.size(); i++) {
            LevelRow row = m.levels.get(i);
            Label name = new Label(row.windowName);
            name.setMinWidth(Region.USE_PREF_SIZE);
            var target = Fields.percent("services-level-" + i + "-target", row.target, m::commit);
            name.setLabelFor(target);
            var credit = Fields.check("services-level-" + i + "-credit", "Earns credits", row.creditBearing, m::commit);
            credit.setAccessibleText("A miss in " + row.windowName + " earns service credits");
            credit.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(name, 0, i + 1);
            grid.add(new VBox(2, target, Form.errorLabel(row.target)), 1, i + 1);
            grid.add(credit, 2, i + 1);
            Label allowance = Fields.muted("");
            allowance.setId("services-level-" + i + "-allowance");
            allowance.textProperty().bind(row.allowance);
            allowance.setWrapText(true);
            allowance.setMinWidth(160);
            grid.add(allowance, 3, i + 1);
            GridPane.setHalignment(name, HPos.LEFT);
        }
    }
}
