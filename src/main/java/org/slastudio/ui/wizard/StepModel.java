package org.slastudio.ui.wizard;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.slastudio.model.Agreement;
import org.slastudio.ui.fields.Input;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The view model of one wizard step: it loads its part of the agreement into editable state, and builds that part
 * back into a new agreement when an edit is committed. Views only bind to it, so it is tested without a window.
 */
public abstract class StepModel {
    private final String key;
    private final String title;
    private final String pathPrefix;
    protected final DraftModel draft;
    private final List<Input<?>> inputs = new ArrayList<>();
    private final ReadOnlyBooleanWrapper inputErrors = new ReadOnlyBooleanWrapper();
    private boolean loading;
    private final IntegerProperty screenChanges = new SimpleIntegerProperty();
    private final IntegerProperty holds = new SimpleIntegerProperty();

    protected StepModel(String key, String title, String pathPrefix, DraftModel draft) {
        this.key = key;
        this.title = title;
        this.pathPrefix = pathPrefix;
        this.draft = draft;
    }

    /** Short name used in control ids, e.g. "overview". */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public DraftModel draft() {
        return draft;
    }

    /** Whether some field holds text that could not be read; the model kept its previous value there. */
    public ReadOnlyBooleanProperty inputErrors() {
        return inputErrors.getReadOnlyProperty();
    }

    /** Counts changes of what the step shows (another row selected, reloaded), so marks on fields can follow. */
    public ReadOnlyIntegerProperty screenChanges() {
        return screenChanges;
    }

    /** Counts the times the user was kept on a field whose text cannot be used, so the view can focus it. */
    public ReadOnlyIntegerProperty holds() {
        return holds;
    }

    /** The first field whose text could not be read, with its message and the id of its control. */
    public Optional<Input<?>> firstUnusable() {
        return allInputs().filter(Input::hasError).findFirst();
    }

    /**
     * Commits, and says whether the user may move on (to another step, another row): not while a field holds text
     * that cannot be used, since moving on would show the stored value in its place and the typing would be lost.
     */
    public final boolean commitAndRelease() {
        commit();
        if (inputErrors.get()) {
            holds.set(holds.get() + 1);
            return false;
        }
        return true;
    }

    /** Shows the step's part of {@code agreement}, dropping anything typed but not committed. */
    public abstract void load(Agreement agreement);

    /** The agreement with this step's part rebuilt from what is on screen. */
    protected abstract Agreement apply(Agreement agreement);

    /** This step's part of an agreement, to tell which step an undo changed. */
    public abstract Object part(Agreement agreement);

    /** Whether there is anything in this step's part yet. */
    public boolean hasContent(Agreement agreement) {
        Object part = part(agreement);
        return part instanceof List<?> list ? !list.isEmpty() : part != null;
    }

    /** Selects the row that holds {@code path} and returns the id of the control to focus. */
    public final Optional<String> reveal(String path) {
        showRowOf(path);
        return controlFor(path);
    }

    /** The id of the control that edits {@code path}, assuming its row is the one on screen. */
    public Optional<String> controlFor(String path) {
        return Optional.empty();
    }

    /** Whether the field at {@code path} is on screen now, i.e. its row is the selected one. */
    public boolean onScreen(String path) {
        return true;
    }

    protected void showRowOf(String path) {
    }

    public boolean owns(String path) {
        return path != null && (path.equals(pathPrefix) || path.startsWith(pathPrefix + ".")
                || path.startsWith(pathPrefix + "["));
    }

    /** Controls report changes while a step loads; those are not edits. */
    public final void commit() {
        if (loading) {
            return;
        }
        Agreement next = apply(draft.agreement());
        updateInputErrors();
        draft.commit(next);
    }

    public final void reload() {
        loading = true;
        try {
            load(draft.agreement());
        } finally {
            loading = false;
        }
        updateInputErrors();
        screenChanges.set(screenChanges.get() + 1);
    }

    /** Runs a change of what is shown (e.g. another row selected) without committing it as an edit. */
    protected final void quietly(Runnable change) {
        boolean was = loading;
        loading = true;
        try {
            change.run();
        } finally {
            loading = was;
        }
        updateInputErrors();
        screenChanges.set(screenChanges.get() + 1);
    }

    protected <T> Input<T> register(Input<T> input) {
        inputs.add(input);
        return input;
    }

    /** The typed text, stripped; blank text is stored as empty, as in a blank draft. */
    protected static String text(Input<String> input) {
        String value = input.valueOr(null);
        return value == null ? "" : value;
    }

    /** Inputs created per row (tiers, levels, hours) are not registered; a step adds them here. */
    protected List<Input<?>> extraInputs() {
        return List.of();
    }

    private java.util.stream.Stream<Input<?>> allInputs() {
        return java.util.stream.Stream.concat(inputs.stream(), extraInputs().stream());
    }

    private void updateInputErrors() {
        inputErrors.set(allInputs().anyMatch(Input::hasError));
    }
}
