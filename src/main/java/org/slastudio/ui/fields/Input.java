package org.slastudio.ui.fields;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.DateTimeException;
import java.util.function.Function;

/**
 * A typed value edited as text. What the user typed is kept even when it does not parse; the model then keeps its
 * previous value and {@link #error()} says what to type instead.
 */
public final class Input<T> {
    private final String label;
    private final Parser<T> parser;
    private final Function<T, String> format;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private String controlId;

    /** Turns stripped, non-empty text into a value, or throws IllegalArgumentException with a short hint. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String text);
    }

    public Input(String label, Parser<T> parser, Function<T, String> format) {
        this.label = label;
        this.parser = parser;
        this.format = format;
    }

    public static Input<String> text(String label) {
        return new Input<>(label, s -> s, s -> s);
    }

    public String label() {
        return label;
    }

    /** The id of the control that edits this input, so a step can send the user back to what needs correcting. */
    public String controlId() {
        return controlId;
    }

    public void editedBy(String id) {
        controlId = id;
    }

    public StringProperty text() {
        return text;
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public boolean hasError() {
        return error.get() != null;
    }

    public void show(T value) {
        text.set(value == null ? "" : format.apply(value));
        error.set(null);
    }

    /** The parsed value; blank is null (the review reports what is missing); unparseable text gives {@code previous}. */
    public T valueOr(T previous) {
        String typed = text.get() == null ? "" : text.get().strip();
        if (typed.isEmpty()) {
            error.set(null);
            return null;
        }
        try {
            T value = parser.parse(typed);
            error.set(null);
            return value;
        } catch (IllegalArgumentException | DateTimeException e) {
            error.set(label + ": " + e.getMessage());
            return previous;
        }
    }
}
