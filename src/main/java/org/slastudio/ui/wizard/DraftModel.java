package org.slastudio.ui.wizard;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slastudio.model.Agreement;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The draft being edited: the current agreement, its undo history, the file it belongs to and whether it has
 * unsaved changes. Every committed edit is one immutable snapshot, so undo works across all steps.
 */
public final class DraftModel {
    private static final int HISTORY_LIMIT = 200;

    private final ObjectProperty<Agreement> agreement = new SimpleObjectProperty<>(Agreement.blank());
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<Agreement> saved = new SimpleObjectProperty<>(Agreement.blank());
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final IntegerProperty replacements = new SimpleIntegerProperty();
    private final IntegerProperty starts = new SimpleIntegerProperty();
    private final Deque<Agreement> undo = new ArrayDeque<>();
    private final Deque<Agreement> redo = new ArrayDeque<>();
    private final StringBinding windowTitle;

    public DraftModel() {
        dirty.bind(Bindings.createBooleanBinding(() -> !Objects.equals(agreement.get(), saved.get()), agreement, saved));
        windowTitle = Bindings.createStringBinding(() -> (dirty.get() ? "*" : "")
                + (file.get() == null ? "Untitled draft" : file.get().getFileName().toString())
                + " — SLA Studio", dirty, file);
    }

    public Agreement agreement() {
        return agreement.get();
    }

    public ReadOnlyObjectProperty<Agreement> agreementProperty() {
        return agreement;
    }

    public ReadOnlyObjectProperty<Path> file() {
        return file;
    }

    public ReadOnlyBooleanProperty dirty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty canUndo() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedo() {
        return canRedo;
    }

    /** Counts undo, redo and opening another draft: the moments a step must reload what it shows. */
    public ReadOnlyIntegerProperty replacements() {
        return replacements;
    }

    /** Counts drafts started (blank, template or opened file): what was said about one draft ends with it. */
    public ReadOnlyIntegerProperty starts() {
        return starts;
    }

    /** "*contract.sla.json — SLA Studio": the file name, with a star while there are unsaved changes. */
    public StringBinding windowTitle() {
        return windowTitle;
    }

    /** Records one edit. An edit that changes nothing leaves no trace in the history. */
    public void commit(Agreement next) {
        if (next == null || next.equals(agreement.get())) {
            return;
        }
        undo.push(agreement.get());
        if (undo.size() > HISTORY_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        agreement.set(next);
        updateHistoryFlags();
    }

    public boolean undo() {
        return step(undo, redo);
    }

    public boolean redo() {
        return step(redo, undo);
    }

    /** Starts over with another draft (new, template or opened file); the history starts empty. */
    public void start(Agreement draft, Path origin) {
        undo.clear();
        redo.clear();
        saved.set(origin == null ? Agreement.blank() : draft);
        file.set(origin);
        agreement.set(draft);
        updateHistoryFlags();
        starts.set(starts.get() + 1);
        replacements.set(replacements.get() + 1);
    }

    public void markSaved(Path to) {
        file.set(to);
        saved.set(agreement.get());
    }

    private boolean step(Deque<Agreement> from, Deque<Agreement> to) {
        if (from.isEmpty()) {
            return false;
        }
        to.push(agreement.get());
        agreement.set(from.pop());
        updateHistoryFlags();
        replacements.set(replacements.get() + 1);
        return true;
    }

    private void updateHistoryFlags() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
