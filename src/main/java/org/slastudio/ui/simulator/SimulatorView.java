package org.slastudio.ui.simulator;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.slastudio.model.Money;
import org.slastudio.ui.fields.Fields;

/**
 * The simulator: sliders {@code simulator-mttr}, {@code simulator-margin}, {@code simulator-multiplier} and
 * {@code simulator-trials}; the table {@code simulator-table} of every level of every service; the cost curves
 * {@code simulator-curves} and the credit histogram {@code simulator-histogram} of the selected row;
 * {@code simulator-apply} and {@code simulator-back}; {@code simulator-error} says what stops a run. Under the table,
 * {@code simulator-explained} says what the breach chances and the histogram mean, {@code simulator-explained-selected}
 * the selected level's in months, and {@code simulator-export-csv} writes the table as shown. The charts are in the tab
 * {@code simulator-tab-charts} of {@code simulator-tabs}; beside it, {@code simulator-tab-composite} holds each target
 * against what its service's upstream dependencies compose to ({@link CompositeSection}).
 */
public final class SimulatorView {
    private SimulatorView() {
    }

    public static Node of(SimulatorModel m, CompositeModel composite, Runnable back, Runnable exportCsv) {
        Label heading = new Label("Simulate service levels");
        heading.getStyleClass().add(Styles.TITLE_2);
        Label about = Fields.muted("What each candidate level costs the provider and the customer under this draft's windows, "
                + "credit tiers and caps. Amounts per month unless marked a year. Move a slider to see the numbers change.");
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);

        HBox sliders = new HBox(24,
                slider("simulator-mttr", "Mean time to repair", 5, 480, m.meanTimeToRepairMinutes().doubleValue(), m,
                        m::setMeanTimeToRepair, v -> Math.round(v) + " min"),
                slider("simulator-margin", "Engineering margin", 0, 90, m.engineeringMarginPercent().doubleValue(), m,
                        m::setEngineeringMargin, v -> Math.round(v) + "% less downtime"),
                slider("simulator-multiplier", "Cost multiplier per nine", 1, 10, m.multiplierPerNine().doubleValue(), m,
                        m::setMultiplierPerNine, v -> String.format(java.util.Locale.ROOT, "× %.1f", v)),
                slider("simulator-trials", "Trials (service-months)", SimulatorModel.MIN_TRIALS, SimulatorModel.MAX_TRIALS,
                        m.trials(), m, m::setTrials, v -> String.format(java.util.Locale.ROOT, "%,d", Math.round(v / 1000) * 1000)));
        sliders.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));

        Label status = Fields.muted("");
        status.setId("simulator-status");
        status.textProperty().bind(m.timing);
        Label error = new Label();
        error.setId("simulator-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(m.error);
        error.visibleProperty().bind(m.error.isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        TableView<LevelRow> table = table(m);
        LineChart<String, Number> curves = curves(m);
        BarChart<String, Number> histogram = histogram(m);
        HBox charts = new HBox(12, curves, histogram);
        HBox.setHgrow(curves, Priority.ALWAYS);
        HBox.setHgrow(histogram, Priority.ALWAYS);
        curves.setPrefWidth(600);
        histogram.setPrefWidth(460);

        Button apply = Fields.button("simulator-apply", "Apply this level",
                "Write the selected level into the draft as the service's target", m::applySelectedLevel);
        apply.getStyleClass().add(Styles.ACCENT);
        apply.disableProperty().bind(Bindings.createBooleanBinding(
                () -> m.selected.get() == null || m.selected.get().drafted(), m.selected));
        Button done = Fields.button("simulator-back", "Back to the wizard", "Close the simulator and return to the wizard", back);
        Label selection = new Label();
        selection.setId("simulator-selection");
        selection.textProperty().bind(Bindings.createStringBinding(() -> m.selected.get() == null ? "Select a level in the table"
                : m.selected.get().serviceName() + " at " + m.selected.get().levelText(), m.selected));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(10, status, gap, selection, apply, done);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(10, 28, 10, 28));
        buttons.getStyleClass().add("wizard-buttons");

        Label explained = Fields.muted(Explanations.GENERAL);
        explained.setId("simulator-explained");
        explained.setWrapText(true);
        explained.setMinHeight(Region.USE_PREF_SIZE);
        Label selectedExplained = new Label();
        selectedExplained.setId("simulator-explained-selected");
        selectedExplained.setWrapText(true);
        selectedExplained.setMinHeight(Region.USE_PREF_SIZE);
        selectedExplained.textProperty().bind(Bindings.createStringBinding(() -> Explanations.of(m.selected.get()), m.selected));
        Button csv = Fields.button("simulator-export-csv", "Export CSV…",
                "Write the table as shown, every column with its heading, to a CSV file for a spreadsheet", exportCsv);
        csv.disableProperty().bind(Bindings.isEmpty(m.rows));
        csv.setMinWidth(Region.USE_PREF_SIZE);
        selectedExplained.setMaxWidth(820);
        Label csvOutcome = Fields.muted("");
        csvOutcome.setId("simulator-csv-outcome");
        csvOutcome.textProperty().bind(m.csvOutcome);
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox underTable = new HBox(10, selectedExplained, push, csvOutcome, csv);
        underTable.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(selectedExplained, Priority.SOMETIMES);

        Label legend = Fields.muted("● drafted   ★ customer's best: the least total cost to the customer (fee + loss − credits)   "
                + "◆ joint best: the greatest surplus for both (least provider cost + customer loss), the chart's sweet spot");
        legend.setWrapText(true);
        legend.setStyle("-fx-font-size: 0.9em;");
        VBox page = new VBox(10, heading, about, sliders, error, table, underTable, explained, legend, tabs(charts, composite));
        VBox.setVgrow(table, Priority.ALWAYS);
        page.setPadding(new Insets(16, 28, 8, 28));
        BorderPane root = new BorderPane(page);
        root.setId("simulator");
        root.setBottom(buttons);
        return root;
    }

    /** The charts of the selected level, and beside them what each service's upstream dependencies compose to. */
    private static TabPane tabs(Node charts, CompositeModel composite) {
        Tab costs = new Tab("Cost curves and credits", charts);
        costs.setId("simulator-tab-charts");
        costs.setClosable(false);
        Tab upstream = new Tab("", CompositeSection.of(composite));
        upstream.setId("simulator-tab-composite");
        upstream.setClosable(false);
        upstream.textProperty().bind(Bindings.createStringBinding(() -> CompositeSection.title(composite), composite.rows));
        TabPane tabs = new TabPane(costs, upstream);
        tabs.setId("simulator-tabs");
        tabs.setAccessibleText("The selected level's cost curves and credits, or what the services' upstream dependencies"
                + " compose to");
        tabs.getStyleClass().add(Styles.DENSE);
        // The charts at their least height under the tab headers: the room the tabs take is the level table's.
        tabs.setPrefHeight(232);
        tabs.setMinHeight(232);
        return tabs;
    }

    private static VBox slider(String id, String name, double min, double max, double value, SimulatorModel m,
                               DoubleConsumer change, Function<Double, String> format) {
        Slider slider = new Slider(min, max, Math.max(min, Math.min(max, value)));
        slider.setId(id);
        slider.setAccessibleText(name);
        Label label = new Label(name);
        label.setLabelFor(slider);
        Label shown = new Label(format.apply(slider.getValue()));
        shown.getStyleClass().add(Styles.TEXT_BOLD);
        // Set while the slider follows the model (undo, another draft), so that is not taken for the user's move.
        boolean[] following = {false};
        slider.valueProperty().addListener((o, was, is) -> {
            shown.setText(format.apply(is.doubleValue()));
            if (following[0]) {
                return;
            }
            change.accept(is.doubleValue());
            if (!slider.isValueChanging()) {
                m.keepAssumptions();
            }
        });
        // One undoable edit per drag, kept when the thumb is let go.
        slider.valueChangingProperty().addListener((o, was, is) -> {
            if (!is) {
                m.keepAssumptions();
            }
        });
        m.assumptions.addListener((o, was, is) -> {
            if (!slider.isValueChanging()) {
                double now = switch (id) {
                    case "simulator-mttr" -> m.meanTimeToRepairMinutes().doubleValue();
                    case "simulator-margin" -> m.engineeringMarginPercent().doubleValue();
                    case "simulator-multiplier" -> m.multiplierPerNine().doubleValue();
                    default -> m.trials();
                };
                if (Math.abs(now - slider.getValue()) > 1e-9 && !sameStep(id, now, slider.getValue())) {
                    following[0] = true;
                    slider.setValue(now);
                    following[0] = false;
                }
            }
        });
        HBox top = new HBox(8, label, shown);
        return new VBox(4, top, slider);
    }

    /** A slider between two steps shows the model's rounded value already; moving it there would fight the drag. */
    private static boolean sameStep(String id, double model, double slider) {
        return switch (id) {
            case "simulator-multiplier" -> Math.abs(model - slider) < 0.05;
            case "simulator-trials" -> Math.abs(model - slider) < 500;
            default -> Math.abs(model - slider) < 0.5;
        };
    }

    private static TableView<LevelRow> table(SimulatorModel m) {
        TableView<LevelRow> table = new TableView<>(m.rows);
        table.setId("simulator-table");
        table.setAccessibleText("Candidate levels of every service; select one to see its curves and credits");
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> m.error.get() == null ? "Simulating…"
                : "No results until the problem above is fixed in the wizard.", m.error));
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setStyle("-fx-font-size: 0.9em;");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setPrefHeight(240);
        table.setMinHeight(140);
        Runnable columns = () -> table.getColumns().setAll(columns(LevelColumns.of(m.currency.get())));
        columns.run();
        m.currency.addListener((o, was, is) -> columns.run());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LevelRow row, boolean empty) {
                super.updateItem(row, empty);
                setStyle(empty || row == null || !row.best() ? "" : "-fx-font-weight: bold;");
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null && is != m.selected.get()) {
                m.select(is);
            }
        });
        // A new table replaces the rows; the selection follows the model's.
        m.selected.addListener((o, was, is) -> {
            if (is != null && table.getSelectionModel().getSelectedItem() != is) {
                table.getSelectionModel().select(is);
            }
        });
        return table;
    }

    /** The columns in order, those of one group under one heading. */
    private static List<TableColumn<LevelRow, ?>> columns(List<LevelColumns.Column> columns) {
        List<TableColumn<LevelRow, ?>> top = new java.util.ArrayList<>();
        TableColumn<LevelRow, String> group = null;
        for (LevelColumns.Column c : columns) {
            TableColumn<LevelRow, String> column = new TableColumn<>(c.title());
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(c.value().apply(cell.getValue())));
            column.setPrefWidth(c.width());
            column.setSortable(false);
            if (c.money()) {
                column.setStyle("-fx-alignment: CENTER-RIGHT;");
            }
            if (c.group() == null) {
                top.add(column);
                group = null;
                continue;
            }
            if (group == null || !group.getText().equals(c.group())) {
                group = new TableColumn<>(c.group());
                top.add(group);
            }
            group.getColumns().add(column);
        }
        return top;
    }

    private static LineChart<String, Number> curves(SimulatorModel m) {
        CategoryAxis x = new CategoryAxis();
        x.setLabel("Level");
        NumberAxis y = new NumberAxis();
        y.labelProperty().bind(Bindings.createStringBinding(
                () -> m.currency.get().isEmpty() ? "Per month" : m.currency.get() + " per month", m.currency));
        y.setForceZeroInRange(true);
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setId("simulator-curves");
        chart.setAccessibleText("Cost curves of the selected service against its level");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setMinHeight(200);
        chart.setPrefHeight(260);
        Runnable fill = () -> {
            var rows = m.selectedServiceRows();
            chart.getData().setAll(
                    series("Provider cost", rows, r -> r.outlook().providerCost()),
                    series("Expected credits", rows, r -> r.outlook().expectedCreditPerMonth()),
                    series("Customer loss", rows, r -> r.outlook().expectedCustomerLoss()),
                    series("Total (cost + loss)", rows, r -> r.outlook().jointCost()));
            rows.stream().filter(LevelRow::greatestJointSurplus).findFirst().ifPresent(best -> {
                XYChart.Series<String, Number> spot = new XYChart.Series<>();
                spot.setName("Sweet spot " + best.level().toPlainString() + "%");
                spot.getData().add(new XYChart.Data<>(label(best), best.outlook().jointCost().amount()));
                chart.getData().add(spot);
            });
            chart.setTitle(rows.isEmpty() ? "" : rows.get(0).serviceName() + ": cost against level");
        };
        m.selected.addListener((o, was, is) -> fill.run());
        m.rows.addListener((ListChangeListener<LevelRow>) c -> fill.run());
        return chart;
    }

    private static XYChart.Series<String, Number> series(String name, List<LevelRow> rows, Function<LevelRow, Money> value) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        rows.forEach(r -> series.getData().add(new XYChart.Data<>(label(r), value.apply(r).amount())));
        return series;
    }

    private static String label(LevelRow r) {
        return r.level().toPlainString() + "%";
    }

    private static BarChart<String, Number> histogram(SimulatorModel m) {
        CategoryAxis x = new CategoryAxis();
        x.labelProperty().bind(Bindings.createStringBinding(() -> "Credit in a month"
                + (m.currency.get().isEmpty() ? "" : " (" + m.currency.get() + ")") + ", up to", m.currency));
        NumberAxis y = new NumberAxis();
        y.setLabel("Share of months (%)");
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("simulator-histogram");
        chart.setAccessibleText("How the monthly credits of the selected level are spread");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setBarGap(0);
        chart.setCategoryGap(1);
        chart.setMinHeight(200);
        chart.setPrefHeight(260);
        Runnable fill = () -> {
            LevelRow row = m.selected.get();
            chart.getData().clear();
            if (row == null) {
                chart.setTitle("");
                return;
            }
            chart.getData().add(Histograms.series(row.outlook().histogram()));
            chart.setTitle("Monthly credits at " + row.levelText());
        };
        m.selected.addListener((o, was, is) -> fill.run());
        return chart;
    }
}
