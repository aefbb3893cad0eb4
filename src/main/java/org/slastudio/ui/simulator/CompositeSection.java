package org.slastudio.ui.simulator;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.slastudio.ui.fields.Fields;

/**
 * The simulator's section on upstream dependencies, the tab {@code simulator-tab-composite} beside the charts: in
 * {@code simulator-composite}, {@code simulator-composite-summary} (what the figures come to),
 * {@code simulator-composite-basis} (the month the minutes are of) and the table {@code simulator-composite-table}, a
 * row per target of each service that has dependencies. Read only: the dependencies are kept in the draft file
 * (docs/composite.md).
 */
final class CompositeSection {

    private CompositeSection() {
    }

    static VBox of(CompositeModel m) {
        Label summary = new Label();
        summary.setId("simulator-composite-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(m.summary);
        Label basis = Fields.muted("");
        basis.setId("simulator-composite-basis");
        basis.setWrapText(true);
        basis.setMinHeight(Region.USE_PREF_SIZE);
        basis.textProperty().bind(m.basis);
        basis.visibleProperty().bind(m.basis.isNotEmpty());
        basis.managedProperty().bind(basis.visibleProperty());

        TableView<CompositeRow> table = table(m);
        VBox section = new VBox(6, summary, basis, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        section.setPadding(new Insets(8, 0, 0, 0));
        section.setId("simulator-composite");
        return section;
    }

    /** The tab's title: how many services, and how many credit-bearing targets their dependencies cannot carry. */
    static String title(CompositeModel m) {
        long services = m.rows.stream().map(CompositeRow::serviceId).distinct().count();
        long owing = m.rows.stream().filter(CompositeRow::owesCredits).count();
        if (services == 0) {
            return "Upstream dependencies: none";
        }
        return "Upstream dependencies: " + (services == 1 ? "1 service" : services + " services")
                + (owing == 0 ? "" : ", " + owing + (owing == 1 ? " target" : " targets") + " short");
    }

    private static TableView<CompositeRow> table(CompositeModel m) {
        TableView<CompositeRow> table = new TableView<>(m.rows);
        table.setId("simulator-composite-table");
        table.setAccessibleText("Each target of the services with upstream dependencies, beside what they compose to");
        table.setPlaceholder(new Label("No dependencies"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setStyle("-fx-font-size: 0.9em;");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setMinHeight(100);
        table.visibleProperty().bind(Bindings.isNotEmpty(m.rows));
        table.managedProperty().bind(table.visibleProperty());
        TableColumn<CompositeRow, String> tree = column("Dependencies", 250, CompositeRow::dependencies);
        // The tree is often longer than the column: the whole of it on hover.
        tree.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        table.getColumns().setAll(java.util.List.of(
                column("Service", 180, CompositeRow::service),
                column("Window", 90, CompositeRow::window),
                column("Target", 110, CompositeRow::target),
                column("Composite", 120, CompositeRow::compositeText),
                column("Feasible?", 260, CompositeRow::verdict),
                column("Margin a month", 180, CompositeRow::margin),
                tree));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CompositeRow row, boolean empty) {
                super.updateItem(row, empty);
                setAccessibleText(empty || row == null ? null : row.spoken());
                // A target the dependencies cannot carry, or dependencies that cannot be composed, in the danger colour.
                boolean wrong = !empty && row != null && (Boolean.FALSE.equals(row.feasible()) || row.composite() == null);
                setStyle(wrong ? "-fx-text-background-color: -color-danger-fg;" : "");
            }
        });
        return table;
    }

    private static TableColumn<CompositeRow, String> column(String title, double width, Function<CompositeRow, String> value) {
        TableColumn<CompositeRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
