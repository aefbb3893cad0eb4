package org.slastudio.ui.fields;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * A form of labelled fields, in two columns filled left to right when there is room and in one column when the
 * window is narrow; wide fields take a whole line. The message of a field's input shows under it.
 */
public final class Form extends GridPane {
    /** Below this width two columns would squeeze fields until their values are cut off. */
    private static final double TWO_COLUMNS_FROM = 820;

    /** A heading when {@code node} is null. */
    private record Entry(String label, Node node, boolean wide) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private int pairs;

    public Form() {
        setHgap(12);
        setVgap(10);
        // Rearranging children in the middle of a layout pass leaves them unstyled, so it waits for the next pulse.
        widthProperty().addListener((o, was, is) -> Platform.runLater(
                () -> arrange(getWidth() < TWO_COLUMNS_FROM ? 1 : 2)));
        arrange(2);
    }

    public Form field(String label, Control control, Input<?> input) {
        return add(label, withMessage(control, input), false);
    }

    public Form field(String label, Control control) {
        return add(label, control, false);
    }

    public Form wide(String label, Control control, Input<?> input) {
        return add(label, withMessage(control, input), true);
    }

    public Form wide(String label, Node node) {
        return add(label, node, true);
    }

    /** A heading that starts a new group of fields. */
    public Form section(String title) {
        entries.add(new Entry(title, null, true));
        rebuild();
        return this;
    }

    private Form add(String label, Node node, boolean wide) {
        if (node instanceof Control control) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        entries.add(new Entry(label, node, wide));
        rebuild();
        return this;
    }

    private void arrange(int columnPairs) {
        if (columnPairs == pairs) {
            return;
        }
        pairs = columnPairs;
        getColumnConstraints().clear();
        for (int i = 0; i < pairs; i++) {
            ColumnConstraints label = new ColumnConstraints();
            label.setMinWidth(Control.USE_PREF_SIZE);
            label.setHalignment(HPos.RIGHT);
            ColumnConstraints field = new ColumnConstraints(160, 260, Double.MAX_VALUE);
            field.setHgrow(Priority.ALWAYS);
            getColumnConstraints().addAll(label, field);
        }
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        int columns = pairs * 2;
        int row = 0;
        int column = 0;
        for (Entry e : entries) {
            if (column > 0 && (e.wide() || e.node() == null || column >= columns)) {
                row++;
                column = 0;
            }
            if (e.node() == null) {
                add(heading(e.label()), 0, row++, columns, 1);
                continue;
            }
            Label caption = new Label(e.label());
            caption.setMinWidth(Control.USE_PREF_SIZE);
            caption.setPadding(new Insets(8, 0, 0, 0));
            GridPane.setValignment(caption, VPos.TOP);
            GridPane.setHalignment(caption, HPos.RIGHT);
            Node control = e.node() instanceof VBox box && box.getStyleClass().contains("with-message")
                    ? box.getChildren().get(0) : e.node();
            if (control instanceof Control c) {
                caption.setLabelFor(c);
            }
            int span = e.wide() ? columns - 1 : 1;
            add(caption, column, row);
            add(e.node(), column + 1, row, span, 1);
            column += 1 + span;
        }
    }

    private static Label heading(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setPadding(new Insets(8, 0, 0, 0));
        GridPane.setHalignment(heading, HPos.LEFT);
        return heading;
    }

    private static VBox withMessage(Control control, Input<?> input) {
        VBox box = new VBox(4, control, errorLabel(input));
        box.getStyleClass().add("with-message");
        return box;
    }

    public static Label errorLabel(Input<?> input) {
        Label message = new Label();
        message.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        message.setWrapText(true);
        message.textProperty().bind(input.error());
        message.visibleProperty().bind(input.error().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    /** The messages of several inputs in one label, for rows of small fields (hours, tiers). */
    public static Label errorsOf(List<? extends Input<?>> inputs) {
        Label message = new Label();
        message.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        message.setWrapText(true);
        message.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", inputs.stream().filter(Input::hasError).map(i -> i.error().get()).toList()),
                inputs.stream().map(Input::error).toArray(Observable[]::new)));
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }
}
