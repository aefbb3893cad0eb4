package org.slastudio.ui.fields;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.slastudio.ui.help.FieldHelp;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The wizard's controls, each bound to a view model property, given an id and accessible text, and committing
 * the edit when the user leaves it. Errors show as the theme's danger state with the message as tooltip.
 */
public final class Fields {
    private static final String HELP = "field-help";

    private Fields() {
    }

    public static TextField text(String id, Input<?> input, Runnable commit) {
        return bind(new TextField(), id, input, commit);
    }

    public static TextArea area(String id, Input<?> input, Runnable commit) {
        TextArea area = bind(new TextArea(), id, input, commit);
        area.setWrapText(true);
        area.setPrefRowCount(4);
        return area;
    }

    /** Accepts "99.95" and "99.95%"; shows a % sign after the number. */
    public static CustomTextField percent(String id, Input<?> input, Runnable commit) {
        CustomTextField field = bind(new CustomTextField(), id, input, commit);
        field.setRight(muted("%"));
        return field;
    }

    /** An amount in the agreement's currency, whose code shows before the number. */
    public static CustomTextField money(String id, Input<?> input, ObservableStringValue currencyCode, Runnable commit) {
        CustomTextField field = bind(new CustomTextField(), id, input, commit);
        Label code = muted("");
        code.textProperty().bind(currencyCode);
        field.setLeft(code);
        return field;
    }

    /** A text field that suggests matching entries of a long list (time zones, currencies) as the user types. */
    public static TextField suggest(String id, Input<?> input, List<String> candidates, Runnable commit) {
        TextField field = text(id, input, commit);
        ContextMenu menu = new ContextMenu();
        menu.setId(id + "-suggestions");
        field.textProperty().addListener((o, was, typed) -> {
            if (!field.isFocused() || typed == null || typed.isBlank()) {
                menu.hide();
                return;
            }
            String needle = typed.strip().toLowerCase(Locale.ROOT);
            List<String> matches = candidates.stream()
                    .filter(c -> c.toLowerCase(Locale.ROOT).contains(needle)).limit(10).toList();
            if (matches.isEmpty() || matches.equals(List.of(typed.strip()))) {
                menu.hide();
                return;
            }
            menu.getItems().setAll(matches.stream().map(m -> {
                MenuItem item = new MenuItem(m);
                item.setOnAction(e -> {
                    field.setText(m);
                    field.end();
                    commit.run();
                });
                return item;
            }).toList());
            if (!menu.isShowing()) {
                Point2D below = field.localToScreen(0, field.getHeight());
                menu.show(field, below.getX(), below.getY());
            }
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                menu.hide();
            }
        });
        return field;
    }

    public static <E extends Enum<E>> ComboBox<E> choice(String id, String label, E[] values, ObjectProperty<E> value,
                                                         Runnable commit) {
        return choice(id, label, FXCollections.observableList(Arrays.asList(values)), Words::of, value, commit);
    }

    /** A pick from a list that can change, e.g. the ids of the parties, shown by {@code names}. */
    public static <T> ComboBox<T> choice(String id, String label, ObservableList<T> values, Function<T, String> names,
                                         ObjectProperty<T> value, Runnable commit) {
        ComboBox<T> box = new ComboBox<>(values);
        identify(box, id, label);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : names.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        box.valueProperty().addListener((o, was, is) -> commit.run());
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    public static CheckBox check(String id, String text, BooleanProperty value, Runnable commit) {
        CheckBox box = new CheckBox(text);
        identify(box, id, text);
        box.selectedProperty().bindBidirectional(value);
        box.selectedProperty().addListener((o, was, is) -> commit.run());
        return box;
    }

    /**
     * A date typed (as {@link Parsers#date} reads it) or picked from the calendar. Text that is not a date stays as
     * typed, with its message, like every other field; the picker's own conversion would quietly put the old date back.
     */
    public static DatePicker date(String id, Input<LocalDate> input, Runnable commit) {
        DatePicker picker = new DatePicker();
        identify(picker, id, input.label());
        input.editedBy(id);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setPromptText("yyyy-mm-dd");
        picker.setConverter(new StringConverter<>() {
            // What the user typed stays on screen, in their own form, unless the date has changed under it.
            @Override
            public String toString(LocalDate date) {
                String typed = input.text().get();
                return !readable(typed) || Objects.equals(dateIn(typed), date) ? typed : date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                return readable(text) ? dateIn(text) : picker.getValue();
            }
        });
        picker.getEditor().textProperty().bindBidirectional(input.text());
        // A date loaded into the text moves the calendar; one being typed is taken when the user leaves the field.
        input.text().addListener((o, was, typed) -> {
            if (!picker.getEditor().isFocused() && readable(typed) && !Objects.equals(dateIn(typed), picker.getValue())) {
                picker.setValue(dateIn(typed));
            }
        });
        picker.valueProperty().addListener((o, was, is) -> {
            String typed = input.text().get();
            if (!readable(typed) || !Objects.equals(dateIn(typed), is)) {
                input.text().set(is == null ? "" : is.toString());
            }
            commit.run();
        });
        picker.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        input.error().addListener((o, was, error) -> {
            picker.pseudoClassStateChanged(Styles.STATE_DANGER, error != null);
            picker.getEditor().pseudoClassStateChanged(Styles.STATE_DANGER, error != null);
            picker.getTooltip().setText(error == null ? help(picker) : error);
        });
        return picker;
    }

    private static LocalDate dateIn(String text) {
        return text == null || text.isBlank() ? null : Parsers.date(text);
    }

    private static boolean readable(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        try {
            Parsers.date(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    /**
     * Gives a control its id, its accessible text (its name) and, from {@link FieldHelp}, what it means in the
     * contract as tooltip and accessible help; a control the help does not know shows its name.
     */
    public static void identify(Control control, String id, String accessibleText) {
        control.setId(id);
        control.setAccessibleText(accessibleText);
        String help = FieldHelp.standard().text(id).orElse(null);
        control.getProperties().put(HELP, help != null ? help : accessibleText);
        control.setAccessibleHelp(help);
        // A check box's own text is its name: only help worth reading earns it a tooltip.
        if (help != null || accessibleText != null && !accessibleText.isBlank() && !(control instanceof CheckBox)) {
            control.setTooltip(tooltip(help(control)));
        }
    }

    /** What a control's tooltip says while no error or finding is shown on it. */
    public static String help(Control control) {
        return control.getProperties().get(HELP) instanceof String help ? help : control.getAccessibleText();
    }

    /** A tooltip long enough to read a sentence or three: wrapped, shown soon, kept while the pointer stays. */
    public static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(440);
        tooltip.setShowDelay(Duration.millis(500));
        tooltip.setShowDuration(Duration.seconds(30));
        return tooltip;
    }

    private static <F extends TextInputControl> F bind(F field, String id, Input<?> input, Runnable commit) {
        identify(field, id, input.label());
        input.editedBy(id);
        field.textProperty().bindBidirectional(input.text());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        if (field instanceof TextField textField) {
            textField.setOnAction(e -> commit.run());
        }
        input.error().addListener((o, was, error) -> {
            field.getProperties().put("input-error", error != null);
            field.pseudoClassStateChanged(Styles.STATE_DANGER, error != null);
            field.getTooltip().setText(error == null ? help(field) : error);
        });
        return field;
    }

    public static Button button(String id, String text, String accessible, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(accessible);
        button.getStyleClass().add(Styles.SMALL);
        button.setOnAction(e -> action.run());
        return button;
    }
}
