package org.slastudio.ui.wizard;

import org.slastudio.ui.fields.RowsModel;
import org.slastudio.ui.fields.TableEditor;
import org.slastudio.ui.fields.UniqueIds;

import java.util.List;
import java.util.Optional;

/**
 * A step whose part of the agreement is a list (parties, services, windows, metrics): a table of rows, and the
 * selected row's details. The step's key is also the draft's field name for the list, e.g. "parties".
 */
public abstract class TableStepModel<T> extends StepModel implements TableEditor.Actions {
    public final RowsModel<T> rows = new RowsModel<>();
    private final String noun;

    /** {@code noun} starts the id of a copy whose original has none, e.g. "party-1". */
    protected TableStepModel(String key, String title, String noun, DraftModel draft) {
        super(key, title, "$." + key, draft);
        this.noun = noun;
        rows.selected().addListener((o, was, is) -> quietly(this::showSelected));
    }

    /** Shows the selected row, or empty details when none is selected. */
    protected abstract void showSelected();

    /** The selected row as it was, with what is typed in the details. */
    protected abstract T fromInputs(T before);

    /** A row for Add; it is built after the typed details are kept, so ids already taken include them. */
    protected abstract T newRow();

    protected abstract String idOf(T row);

    protected abstract T withId(T row, String id);

    /** Puts what is typed in the details into the selected row. */
    protected final void keepTyped() {
        rows.selectedRow().ifPresent(row -> rows.replaceSelected(fromInputs(row)));
    }

    protected final String nextId(String prefix) {
        return UniqueIds.next(prefix, ids());
    }

    @Override
    protected void showRowOf(String path) {
        JsonPaths.index(path, key()).ifPresent(rows::select);
    }

    @Override
    public boolean onScreen(String path) {
        return JsonPaths.index(path, key()).map(i -> i == rows.selected().get()).orElse(true);
    }

    @Override
    public void select(int index) {
        if (index != rows.selected().get() && commitAndRelease()) {
            rows.select(index);
        }
    }

    @Override
    public void add() {
        edit(() -> rows.add(newRow()));
    }

    @Override
    public void duplicate() {
        edit(() -> rows.duplicateSelected(row -> withId(row,
                UniqueIds.next(Optional.ofNullable(idOf(row)).orElse(noun), ids()))));
    }

    @Override
    public void remove() {
        edit(rows::removeSelected);
    }

    @Override
    public void move(int delta) {
        edit(() -> rows.moveSelected(delta));
    }

    /** Keeps what is typed in the details, then changes the rows, as one undoable edit. */
    private void edit(Runnable change) {
        if (!commitAndRelease()) {
            return;
        }
        quietly(() -> {
            keepTyped();
            change.run();
            // The same position may now hold another row, so the details are shown afresh.
            showSelected();
        });
        commit();
    }

    private List<String> ids() {
        return rows.rows().stream().map(this::idOf).toList();
    }
}
