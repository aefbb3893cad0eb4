package org.slastudio.ui.windows;

import atlantafx.base.theme.Styles;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MaintenanceConvention;
import org.slastudio.ui.fields.Fields;
import org.slastudio.ui.fields.Form;
import org.slastudio.ui.fields.Parsers;
import org.slastudio.ui.fields.StepPage;
import org.slastudio.ui.fields.TableEditor;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The Availability windows step: ids {@code windows-<field>}, the schedule {@code windows-monday-open},
 * {@code windows-monday-hours}, maintenance {@code windows-maintenance-<n>-<field>}.
 */
public final class WindowsView {
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private WindowsView() {
    }

    public static Node of(WindowsModel m) {
        Runnable commit = m::commit;
        TableEditor<AvailabilityWindow> table = new TableEditor<>("windows", "window", m.rows, m)
                .column("Name", 220, AvailabilityWindow::name)
                .column("Id", 120, AvailabilityWindow::id)
                .column("Time zone", 160, w -> w.zone() == null ? "" : w.zone().getId())
                .column("Hours", 260, w -> w.isTwentyFourSeven() ? "24x7" : String.join("; ", w.hours().stream()
                        .filter(Objects::nonNull)
                        .map(h -> Parsers.formatDays(h.days()) + " " + Parsers.formatTime(h.from()) + "–"
                                + (h.until().equals(LocalTime.MIDNIGHT) ? "24:00" : Parsers.formatTime(h.until())))
                        .toList()));

        GridPane schedule = new GridPane();
        schedule.setHgap(10);
        schedule.setVgap(6);
        for (int i = 0; i < m.days.size(); i++) {
            DayRow d = m.days.get(i);
            String day = d.day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String key = "windows-" + day.toLowerCase(Locale.ROOT);
            var open = Fields.check(key + "-open", day, d.open, commit);
            open.setMinWidth(110);
            TextField hours = Fields.text(key + "-hours", d.hours, commit);
            hours.setPrefColumnCount(18);
            hours.setPromptText("all day, or e.g. 08:00-18:00");
            hours.disableProperty().bind(d.open.not());
            schedule.addRow(i, open, hours);
        }
        Label scheduleErrors = Form.errorsOf(m.days.stream().map(d -> d.hours).toList());
        Button allWeek = Fields.button("windows-preset-24x7", "24 × 7", "Open every day around the clock", m::twentyFourSeven);
        Button office = Fields.button("windows-preset-business-hours", "Mon–Fri 08:00–18:00", "Open on weekdays from 08:00 to 18:00", m::businessHours);
        Label summary = Fields.muted("");
        summary.textProperty().bind(m.summary);
        VBox scheduleBox = new VBox(8, new HBox(8, allWeek, office), schedule, scheduleErrors, summary);

        VBox maintenance = new VBox(6);
        Button addMaintenance = Fields.button("windows-maintenance-add", "Add maintenance window", "Add a maintenance window", m::addMaintenance);
        m.maintenance.addListener((ListChangeListener<MaintenanceRow>) c -> fillMaintenance(maintenance, addMaintenance, m));
        fillMaintenance(maintenance, addMaintenance, m);

        var holidays = Fields.area("windows-holidays", m.holidays, commit);
        holidays.setPromptText("One date a line, e.g. 2026-12-25");
        Form details = new Form()
                .field("Name", Fields.text("windows-name", m.name, commit), m.name)
                .field("Id", Fields.text("windows-id", m.id, commit), m.id)
                .field("Time zone", Fields.suggest("windows-zone", m.zone, ZONES, commit), m.zone)
                .section("Weekly hours")
                .wide("", scheduleBox)
                .section("Closed on")
                .wide("Holidays", holidays, m.holidays)
                .section("Planned maintenance")
                .wide("", maintenance)
                .field("Maintenance", Fields.choice("windows-maintenance-convention", "What maintenance does to the measured time",
                        FXCollections.observableArrayList(MaintenanceConvention.values()), MaintenanceConvention::plainName,
                        m.maintenanceConvention, commit))
                .field("Planned work excused with notice of (Business Days)",
                        withPrompt(Fields.text("windows-planned-work-notice", m.plannedWorkNotice, commit), "none: it is downtime"),
                        m.plannedWorkNotice)
                .field("Business Days are the days of", Fields.choice("windows-business-days-window",
                        "Window whose days are Business Days", m.windowIds, m::describeCalendar, m.businessDaysWindowId, commit))
                .wide("", maintenanceMeaning(m));
        details.disableProperty().bind(m.rows.selected().lessThan(0));
        return StepPage.of("windows", "Availability windows",
                "When each service must be available: the weekly hours in a time zone, minus holidays, and how announced maintenance is measured.",
                table, details);
    }

    private static void fillMaintenance(VBox box, Button add, WindowsModel m) {
        box.getChildren().clear();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        if (!m.maintenance.isEmpty()) {
            grid.addRow(0, Fields.muted("Name"), Fields.muted("Days"), Fields.muted("From"), Fields.muted("Until"),
                    Fields.muted("Notice (hours)"));
        }
        for (int i = 0; i < m.maintenance.size(); i++) {
            MaintenanceRow row = m.maintenance.get(i);
            String key = "windows-maintenance-" + i;
            Button remove = Fields.button(key + "-remove", "Remove", "Remove maintenance window " + (i + 1), () -> m.removeMaintenance(row));
            grid.addRow(i + 1, sized(Fields.text(key + "-name", row.name, m::commit), 14),
                    sized(Fields.text(key + "-days", row.days, m::commit), 9),
                    sized(Fields.text(key + "-from", row.from, m::commit), 5),
                    sized(Fields.text(key + "-until", row.until, m::commit), 5),
                    sized(Fields.text(key + "-notice", row.noticeHours, m::commit), 5), remove);
        }
        box.getChildren().addAll(grid, Form.errorsOf(m.maintenance.stream()
                .flatMap(r -> Stream.of(r.name, r.days, r.from, r.until, r.noticeHours)).toList()), add);
    }

    private static TextField withPrompt(TextField field, String prompt) {
        field.setPromptText(prompt);
        return field;
    }

    private static Label maintenanceMeaning(WindowsModel m) {
        Label meaning = Fields.muted("");
        meaning.setId("windows-maintenance-meaning");
        meaning.setWrapText(true);
        meaning.textProperty().bind(m.maintenanceSummary);
        return meaning;
    }

    private static TextField sized(TextField field, int columns) {
        field.setPrefColumnCount(columns);
        return field;
    }
}
