package org.slastudio.ui.clauses;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.slastudio.clauses.Quantities;
import org.slastudio.model.AgreedFigure;
import org.slastudio.ui.fields.Fields;
import org.slastudio.ui.fields.Form;

/**
 * The agreed figures under the clause text: {@code clauses-figures}, {@code clauses-figure-add},
 * {@code clauses-figure-remove}, {@code clauses-figure-insert} (writes the selected figure's placeholder into the clause
 * text at the caret) and the selected figure's {@code clauses-figure-id}, {@code clauses-figure-name} and
 * {@code clauses-figure-value}.
 */
final class FiguresView {
    private FiguresView() {
    }

    static Node of(FiguresModel m, TextArea clauseText) {
        ListView<AgreedFigure> list = new ListView<>(m.figures());
        list.setId("clauses-figures");
        list.setAccessibleText("Figures the clauses state, such as notice periods and escalation times");
        list.setPlaceholder(new Label("No figures yet. Add one for a number only a clause states, such as a notice period."));
        list.setPrefHeight(150);
        list.setCellFactory(l -> new ListCell<>() {
            {
                // Wrapped to the list's width, so a long name never needs a horizontal scroll bar.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(AgreedFigure f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : (f.name() == null || f.name().isBlank() ? f.id() : f.name())
                        + (f.value() == null ? "" : ": " + Quantities.format(f.value())) + "  ·  {{figure." + f.id() + "}}");
            }
        });
        m.selected().addListener((o, was, is) -> {
            if (list.getSelectionModel().getSelectedIndex() != is.intValue()) {
                list.getSelectionModel().select(is.intValue());
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, is) -> m.selected().set(is.intValue()));

        Button add = Fields.button("clauses-figure-add", "Add figure", "Add a figure for a clause to state", m::add);
        Button remove = Fields.button("clauses-figure-remove", "Remove", "Remove the selected figure", m::remove);
        remove.disableProperty().bind(m.selected().lessThan(0));
        Button insert = Fields.button("clauses-figure-insert", "Write into the clause",
                "Write the selected figure's placeholder into the clause text at the cursor", () -> {
                    if (!clauseText.isDisabled()) {
                        clauseText.insertText(clauseText.getCaretPosition(), m.placeholder());
                        clauseText.requestFocus();
                    }
                });
        insert.disableProperty().bind(m.selected().lessThan(0).or(clauseText.disabledProperty()));
        HBox buttons = new HBox(6, add, remove, insert);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Form fields = new Form()
                .field("Name", Fields.text("clauses-figure-name", m.name(), m::commit), m.name())
                .field("Value", Fields.text("clauses-figure-value", m.value(), m::commit), m.value())
                .field("Id", Fields.text("clauses-figure-id", m.id(), m::commit), m.id());
        fields.disableProperty().bind(m.selected().lessThan(0));
        Label title = new Label("Figures the clauses state");
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = Fields.muted("A number only a clause states (a notice period, an escalation time) is a figure:"
                + " write {{figure.<id>}} where the clause states it, so the words follow the figure.");
        hint.setWrapText(true);
        return new VBox(8, title, hint, list, buttons, fields);
    }
}
