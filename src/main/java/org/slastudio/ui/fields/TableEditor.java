package org.slastudio.ui.fields;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * A table of rows with Add, Duplicate, Remove, Move up and Move down, kept in step with a {@link RowsModel}.
 * Ids: {@code <key>-table}, {@code <key>-add}, {@code <key>-duplicate}, {@code <key>-remove}, {@code <key>-up},
 * {@code <key>-down}.
 */
public final class TableEditor<T> extends VBox {
    private final TableView<T> table;
    private final HBox toolbar = new HBox(6);

    public TableEditor(String key, String noun, RowsModel<T> rows, Actions actions) {
        super(8);
        table = new TableView<>(rows.rows());
        table.setId(key + "-table");
        table.setAccessibleText(noun + " table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No " + noun + " yet. Use Add to create one."));
        table.setPrefHeight(190);
        table.setMinHeight(140);
        table.getStyleClass().addAll(Styles.BORDERED);
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, is) -> {
            if (is.intValue() >= 0) {
                actions.select(is.intValue());
                if (rows.selected().get() != is.intValue()) {
                    // The step kept the row whose typing must be corrected first; the table follows it.
                    Platform.runLater(() -> selectInTable(rows.selected().get()));
                }
            }
        });
        rows.selected().addListener((o, was, is) -> selectInTable(is.intValue()));
        rows.rows().addListener((ListChangeListener<T>) change -> selectInTable(rows.selected().get()));
        toolbar.getChildren().addAll(
                Fields.button(key + "-add", "Add", "Add " + noun, actions::add),
                Fields.button(key + "-duplicate", "Duplicate", "Duplicate the selected " + noun, actions::duplicate),
                Fields.button(key + "-remove", "Remove", "Remove the selected " + noun, actions::remove),
                Fields.button(key + "-up", "Move up", "Move the selected " + noun + " up", () -> actions.move(-1)),
                Fields.button(key + "-down", "Move down", "Move the selected " + noun + " down", () -> actions.move(1)));
        getChildren().addAll(toolbar, table);
        selectInTable(rows.selected().get());
    }

    /** What the buttons and the selection do; the step's view model implements these. */
    public interface Actions {
        void select(int index);

        void add();

        void duplicate();

        void remove();

        void move(int delta);
    }

    public TableEditor<T> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue() == null ? "" : value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        table.getColumns().add(column);
        return this;
    }

    public TableView<T> table() {
        return table;
    }

    private void selectInTable(int index) {
        if (index >= 0 && index < table.getItems().size() && table.getSelectionModel().getSelectedIndex() != index) {
            table.getSelectionModel().select(index);
        }
    }
}
