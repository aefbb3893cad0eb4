package org.slastudio.ui.performance;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** A row per service level per period: what was measured, the credit, its earn-back and the claim deadline. */
final class PerformanceTable {
    private PerformanceTable() {
    }

    static TableView<PerformanceRow> of(PerformanceModel m, ObservableList<PerformanceRow> shown) {
        TableView<PerformanceRow> table = new TableView<>(shown);
        table.setId("performance-table");
        table.setAccessibleText("Each service level in each period: availability, downtime, tier, credit, earn-back and"
                + " claim deadline; select a row to see how its credit was worked out");
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        // On the job's message itself: busy() makes a new binding on each call, which would tell of one change only.
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> m.jobs().running().get() != null
                ? "Reading the records…"
                : m.file().get() == null ? "Load the services' records, or drop a records file here, to see how the term went."
                : "Nothing to show: see the message above.", m.jobs().running(), m.file()));
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setStyle("-fx-font-size: 0.9em;");
        table.setMinHeight(150);
        table.setPrefHeight(240);
        table.getColumns().addAll(
                column("Period", 70, PerformanceRow::period, null),
                column("Service level", 300, PerformanceRow::level, null),
                column("Target", 70, PerformanceRow::target, null),
                column("Availability", 100, PerformanceRow::availability, r -> !r.met()),
                column("Downtime", 90, PerformanceRow::downtime, null),
                column("Tier", 50, PerformanceRow::tier, null),
                column("Credit", 120, PerformanceRow::credit, r -> r.entry().owed().signum() > 0),
                column("Earn-back", 100, PerformanceRow::earnBack, null),
                column("Claim by", 150, PerformanceRow::claimBy, PerformanceRow::claimOpen));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null && is != m.selected().get()) {
                m.selected().set(is);
            }
        });
        m.selected().addListener((o, was, is) -> {
            if (is != null && table.getSelectionModel().getSelectedItem() != is && shown.contains(is)) {
                table.getSelectionModel().select(is);
            }
        });
        return table;
    }

    /** @param marked rows whose cell stands out: a missed target, a credit owed, a claim still open */
    private static TableColumn<PerformanceRow, String> column(String title, double width, Function<PerformanceRow, String> value,
                                                             Predicate<PerformanceRow> marked) {
        TableColumn<PerformanceRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        if (marked != null) {
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    setText(empty ? null : text);
                    PerformanceRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                    boolean mark = row != null && marked.test(row);
                    setStyle(!mark ? "" : title.equals("Availability") ? "-fx-font-weight: bold; -fx-text-fill: -color-danger-fg;"
                            : "-fx-font-weight: bold;");
                }
            });
        }
        return column;
    }
}
