package org.slastudio.ui.performance;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.ui.fields.Fields;

/**
 * The Performance view: {@code performance-load} (or a file dropped on the view), {@code performance-file};
 * {@code performance-from}, {@code performance-to}, {@code performance-as-of} and {@code performance-level}, which
 * narrows the table and chart to one level; while a file is read {@code performance-working}, holding {@code performance-progress},
 * {@code performance-progress-text} and {@code performance-cancel}; {@code performance-message},
 * {@code performance-problems} (each bad row with its line) and {@code performance-notes}; the table
 * {@code performance-table}, the chart {@code performance-chart}, the totals {@code performance-total-owed},
 * {@code -pending} and {@code -claims}; for the selected row {@code performance-selected}, {@code performance-measured}
 * and {@code performance-steps}; {@code performance-status}, {@code performance-report-outcome},
 * {@code performance-report-final}, {@code performance-export-report} and {@code performance-back}.
 */
public final class PerformanceView {
    static final String ALL_LEVELS = "All service levels";

    private PerformanceView() {
    }

    public static Node of(PerformanceModel m, ReportExport report, Runnable back) {
        Label heading = new Label("Performance");
        heading.getStyleClass().add(Styles.TITLE_2);
        Label about = Fields.muted("How the term went under this draft's terms, period by period: each service level's measured "
                + "availability, its credit with every step, earn-back and claim deadline, worked out from the services' records. "
                + "Load a records file or drop one here. Nothing in the draft changes.");
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);

        ObservableList<String> levels = FXCollections.observableArrayList(ALL_LEVELS);
        ComboBox<String> level = new ComboBox<>(levels);
        Fields.identify(level, "performance-level", "Service level shown in the table and the chart");
        level.setValue(ALL_LEVELS);
        FilteredList<PerformanceRow> shown = new FilteredList<>(m.rows());
        Runnable filter = () -> {
            String chosen = level.getValue();
            shown.setPredicate(r -> chosen == null || chosen.equals(ALL_LEVELS) || r.level().equals(chosen));
        };
        level.valueProperty().addListener((o, was, is) -> filter.run());
        m.rows().addListener((ListChangeListener<PerformanceRow>) c -> {
            String chosen = level.getValue();
            levels.setAll(ALL_LEVELS);
            m.rows().stream().map(PerformanceRow::level).distinct().forEach(levels::add);
            level.setValue(levels.contains(chosen) ? chosen : ALL_LEVELS);
            filter.run();
        });

        ComboBox<MeasurementPeriodRange> from = period(m, "performance-from", true);
        ComboBox<MeasurementPeriodRange> to = period(m, "performance-to", false);
        DatePicker asOf = asOf(m);
        HBox range = new HBox(10, loadButton(m), fileLabel(m), gap(8), label("From", from), from, label("to", to), to,
                gap(8), label("As of", asOf), asOf, gap(8), label("Show", level), level);
        range.setAlignment(Pos.CENTER_LEFT);

        VBox top = new VBox(10, heading, about, range, working(m), message(m), problems(m), notes(m));
        top.setPadding(new Insets(16, 28, 8, 28));

        // The table across the whole width, so every column reads in full; under it the chart, and beside the chart
        // the totals and the selected row's steps.
        AvailabilityChart chart = chart(shown);
        HBox.setHgrow(chart, Priority.ALWAYS);
        VBox side = new VBox(12, PerformanceTotals.of(m), PerformanceSteps.of(m));
        side.setPrefWidth(440);
        side.setMinWidth(340);
        HBox under = new HBox(16, chart, side);
        VBox body = new VBox(10, PerformanceTable.of(m, shown), under);
        VBox.setVgrow(body.getChildren().get(0), Priority.ALWAYS);
        body.setPadding(new Insets(0, 28, 8, 28));

        Label status = Fields.muted("");
        status.setId("performance-status");
        status.textProperty().bind(m.status());
        Button done = Fields.button("performance-back", "Back to the draft", "Close the Performance view and return to the draft", back);
        done.getStyleClass().remove(Styles.SMALL);
        done.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(10, status, gap(0), reportOutcome(report), finalCopy(report), exportButton(report), done);
        HBox.setHgrow(buttons.getChildren().get(1), Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(10, 28, 10, 28));
        buttons.getStyleClass().add("wizard-buttons");

        BorderPane root = new BorderPane(body);
        root.setId("performance");
        root.setTop(top);
        root.setBottom(buttons);
        acceptDrops(root, m);
        return root;
    }

    private static Button loadButton(PerformanceModel m) {
        Button load = Fields.button("performance-load", "Load records…",
                "Choose a file of the services' records (outages, interval error rates or request counts) to measure the term against",
                m::loadRecords);
        load.getStyleClass().remove(Styles.SMALL);
        load.getStyleClass().add(Styles.ACCENT);
        load.setMinWidth(Region.USE_PREF_SIZE);
        return load;
    }

    private static Button exportButton(ReportExport report) {
        Button export = Fields.button("performance-export-report", "Export report…",
                "Write the service report of the range shown, as a PDF in the agreement's typography", report::export);
        export.getStyleClass().remove(Styles.SMALL);
        export.disableProperty().bind(report.unavailable());
        export.setMinWidth(Region.USE_PREF_SIZE);
        return export;
    }

    private static CheckBox finalCopy(ReportExport report) {
        CheckBox finalCopy = new CheckBox("Final copy");
        Fields.identify(finalCopy, "performance-report-final", "Write the service report without the DRAFT mark");
        finalCopy.selectedProperty().bindBidirectional(report.finalCopy());
        finalCopy.setMinWidth(Region.USE_PREF_SIZE);
        return finalCopy;
    }

    private static Label reportOutcome(ReportExport report) {
        Label outcome = Fields.muted("");
        outcome.setId("performance-report-outcome");
        outcome.textProperty().bind(report.outcome());
        outcome.setAccessibleText("What the last report export wrote");
        return outcome;
    }

    private static Label fileLabel(PerformanceModel m) {
        Label file = new Label();
        file.setId("performance-file");
        file.textProperty().bind(m.file().map(f -> f.getFileName().toString()).orElse("No records loaded"));
        file.setAccessibleText("The records file loaded");
        file.getStyleClass().add(Styles.TEXT_BOLD);
        file.setMinWidth(Region.USE_PREF_SIZE);
        return file;
    }

    private static ComboBox<MeasurementPeriodRange> period(PerformanceModel m, String id, boolean first) {
        ComboBox<MeasurementPeriodRange> box = new ComboBox<>(m.periods());
        Fields.identify(box, id, first ? "First period of the range" : "Last period of the range; periods not over on the"
                + " as-of day are left out");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(MeasurementPeriodRange p) {
                return p == null ? "" : p.label();
            }

            @Override
            public MeasurementPeriodRange fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(first ? m.from() : m.to());
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static DatePicker asOf(PerformanceModel m) {
        DatePicker picker = new DatePicker();
        Fields.identify(picker, "performance-as-of", "The day the term is read on: periods not over on it are left out,"
                + " and claim deadlines are read on it");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : day.toString();
            }

            // Text that is not a day keeps the day shown, rather than emptying the field.
            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? picker.getValue()
                            : LocalDate.parse(text.trim(), DateTimeFormatter.ISO_LOCAL_DATE);
                } catch (DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
        picker.setPromptText("yyyy-mm-dd");
        picker.setPrefWidth(150);
        picker.setMinWidth(Region.USE_PREF_SIZE);
        picker.valueProperty().bindBidirectional(m.asOf());
        return picker;
    }

    private static Label label(String text, Node labelled) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(labelled);
        return label;
    }

    private static Region gap(double width) {
        Region gap = new Region();
        gap.setMinWidth(width);
        return gap;
    }

    /** The bar, what is being read and how far, and the way to stop it; only while a file is read. */
    private static HBox working(PerformanceModel m) {
        ProgressBar bar = new ProgressBar();
        bar.setId("performance-progress");
        bar.setAccessibleText("How much of the records file has been read");
        bar.setPrefWidth(260);
        bar.progressProperty().bind(m.jobs().progress());
        Label text = Fields.muted("");
        text.setId("performance-progress-text");
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            String running = m.jobs().running().get();
            double share = m.jobs().progress().get();
            return (running == null ? "" : running) + (share < 0 ? "" : " " + Math.round(share * 100) + "%");
        }, m.jobs().running(), m.jobs().progress()));
        Button cancel = Fields.button("performance-cancel", "Cancel", "Stop reading the records file", m::cancel);
        HBox working = new HBox(10, bar, text, cancel);
        working.setId("performance-working");
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(m.jobs().busy());
        working.managedProperty().bind(working.visibleProperty());
        return working;
    }

    private static Label message(PerformanceModel m) {
        Label message = new Label();
        message.setId("performance-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(m.message());
        message.visibleProperty().bind(m.message().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    private static ListView<String> problems(PerformanceModel m) {
        ListView<String> problems = new ListView<>(m.problems());
        problems.setId("performance-problems");
        problems.setAccessibleText("The rows of the records file that cannot be used, each with its line");
        problems.getStyleClass().add(Styles.DENSE);
        problems.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(220, 8 + 26.0 * m.problems().size()), m.problems()));
        problems.visibleProperty().bind(Bindings.isNotEmpty(m.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        return problems;
    }

    private static VBox notes(PerformanceModel m) {
        VBox notes = new VBox(2);
        notes.setId("performance-notes");
        notes.setAccessibleText("What was left out, and times read one way of two");
        Runnable fill = () -> {
            notes.getChildren().clear();
            int i = 0;
            for (String note : m.notes()) {
                Label label = new Label(note);
                label.setId("performance-note-" + i++);
                label.setWrapText(true);
                label.getStyleClass().add(Styles.WARNING);
                notes.getChildren().add(label);
            }
        };
        m.notes().addListener((ListChangeListener<String>) c -> fill.run());
        notes.visibleProperty().bind(Bindings.isNotEmpty(m.notes()));
        notes.managedProperty().bind(notes.visibleProperty());
        return notes;
    }

    private static AvailabilityChart chart(ObservableList<PerformanceRow> shown) {
        AvailabilityChart chart = new AvailabilityChart();
        chart.setId("performance-chart");
        chart.setAccessibleText("Availability of each service level per period, with its target");
        chart.setMinHeight(220);
        chart.setPrefHeight(270);
        // Without rows there is no scale worth drawing; the space stays, so the view does not jump when they come.
        chart.visibleProperty().bind(Bindings.isNotEmpty(shown));
        Runnable fill = () -> chart.show(AvailabilityLines.of(List.copyOf(shown)));
        shown.addListener((ListChangeListener<PerformanceRow>) c -> fill.run());
        fill.run();
        return chart;
    }

    /** A records file dropped anywhere on the view is loaded; a draft dropped goes on to the window, which opens it. */
    private static void acceptDrops(Node root, PerformanceModel m) {
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (records(e).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
                root.getStyleClass().remove("performance-drop-target");
                root.getStyleClass().add("performance-drop-target");
                e.consume();
            }
        });
        root.addEventHandler(DragEvent.DRAG_EXITED, e -> root.getStyleClass().remove("performance-drop-target"));
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Optional<Path> file = records(e);
            if (file.isPresent()) {
                e.setDropCompleted(true);
                e.consume();
                root.getStyleClass().remove("performance-drop-target");
                m.load(file.get());
            }
        });
    }

    private static Optional<Path> records(DragEvent e) {
        List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        return files.stream().filter(f -> !f.getName().endsWith(".sla.json")).findFirst().map(File::toPath);
    }
}
