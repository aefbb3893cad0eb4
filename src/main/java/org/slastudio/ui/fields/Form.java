package org.slastudio.ui.fields;

import atlantafx.base.theme.Styles;
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

/**
 * A form of labelled fields in two columns, filled left to right; wide fields take a whole line.
 * The message of a field's input shows under it.
 */
public final class Form extends GridPane {
    private int row;
    private int column;

    public Form() {
        setHgap(12);
        setVgap(10);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints label = new ColumnConstraints();
            label.setMinWidth(Control.USE_PREF_SIZE);
            label.setHalignment(HPos.RIGHT);
            ColumnConstraints field = new ColumnConstraints(160, 260, Double.MAX_VALUE);
            field.setHgrow(Priority.ALWAYS);
            getColumnConstraints().addAll(label, field);
        }
    }

    public Form field(String label, Control control, Input<?> input) {
        return place(label, control, input, 1);
    }

    public Form field(String label, Control control) {
        return place(label, control, null, 1);
    }

    public Form wide(String label, Control control, Input<?> input) {
        return place(label, control, input, 3);
    }

    public Form wide(String label, Node node) {
        return place(label, node, null, 3);
    }

    /** A heading that starts a new group of fields. */
    public Form section(String title) {
        newLine();
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setPadding(new Insets(8, 0, 0, 0));
        GridPane.setHalignment(heading, HPos.LEFT);
        add(heading, 0, row, 4, 1);
        row++;
        return this;
    }

    private Form place(String label, Node node, Input<?> input, int span) {
        if (span > 1 || column > 0 && column + span > 4) {
            newLine();
        }
        Label caption = new Label(label);
        caption.setMinWidth(Control.USE_PREF_SIZE);
        if (node instanceof Control control) {
            caption.setLabelFor(control);
            control.setMaxWidth(Double.MAX_VALUE);
        }
        GridPane.setValignment(caption, VPos.TOP);
        caption.setPadding(new Insets(8, 0, 0, 0));
        GridPane.setHalignment(caption, HPos.RIGHT);
        VBox box = new VBox(4, node);
        if (input != null) {
            box.getChildren().add(errorLabel(input));
        }
        add(caption, column, row);
        add(box, column + 1, row, span, 1);
        column += 1 + span;
        if (column >= 4) {
            newLine();
        }
        return this;
    }

    private void newLine() {
        if (column > 0) {
            row++;
            column = 0;
        }
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
    public static Label errorsOf(java.util.List<? extends Input<?>> inputs) {
        Label message = new Label();
        message.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        message.setWrapText(true);
        message.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> String.join("\n", inputs.stream().filter(Input::hasError).map(i -> i.error().get()).toList()),
                inputs.stream().map(Input::error).toArray(javafx.beans.Observable[]::new)));
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }
}
