package org.slastudio.ui.fields;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The rows of a table step (parties, services, windows, metrics) and which one is selected. */
public final class RowsModel<T> {
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);

    public ObservableList<T> rows() {
        return rows;
    }

    public IntegerProperty selected() {
        return selected;
    }

    public List<T> snapshot() {
        return new ArrayList<>(rows);
    }

    public Optional<T> selectedRow() {
        int i = selected.get();
        return i >= 0 && i < rows.size() ? Optional.ofNullable(rows.get(i)) : Optional.empty();
    }

    /** Replaces all rows, keeping the selection on the same position where it still exists. */
    public void load(List<T> items) {
        int keep = selected.get();
        rows.setAll(items);
        selected.set(rows.isEmpty() ? -1 : Math.max(0, Math.min(keep, rows.size() - 1)));
    }

    public void select(int index) {
        if (index >= 0 && index < rows.size()) {
            selected.set(index);
        }
    }

    public void replaceSelected(T row) {
        int i = selected.get();
        if (i >= 0 && i < rows.size() && !Objects.equals(rows.get(i), row)) {
            rows.set(i, row);
        }
    }

    public void add(T row) {
        rows.add(row);
        selected.set(rows.size() - 1);
    }

    public void removeSelected() {
        int i = selected.get();
        if (i >= 0 && i < rows.size()) {
            rows.remove(i);
            selected.set(rows.isEmpty() ? -1 : Math.min(i, rows.size() - 1));
        }
    }

    public void duplicateSelected(UnaryOperator<T> copy) {
        selectedRow().ifPresent(row -> {
            int i = selected.get() + 1;
            rows.add(i, copy.apply(row));
            selected.set(i);
        });
    }

    /** Moves the selected row up (-1) or down (+1); the selection follows it. */
    public void moveSelected(int delta) {
        int i = selected.get();
        int j = i + delta;
        if (i >= 0 && i < rows.size() && j >= 0 && j < rows.size()) {
            T row = rows.get(i);
            rows.set(i, rows.get(j));
            rows.set(j, row);
            selected.set(j);
        }
    }
}
