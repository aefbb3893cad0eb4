package org.slastudio.ui.help;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/** The glossary: {@code help-glossary-search} filters {@code help-glossary-terms}; {@code help-glossary-count} says how many match. */
final class GlossaryView {
    private final Glossary glossary;
    private final TextField search = new TextField();
    private final ListView<Glossary.Term> terms = new ListView<>();
    private final BorderPane root = new BorderPane();

    GlossaryView(Glossary glossary) {
        this.glossary = glossary;
        search.setId("help-glossary-search");
        search.setAccessibleText("Search the glossary");
        search.setPromptText("Search terms and meanings, e.g. earn-back, cap, clock");
        HBox.setHgrow(search, Priority.ALWAYS);
        Label count = new Label();
        count.setId("help-glossary-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        Label about = new Label("What each term of the wizard means in the agreement.");
        about.getStyleClass().add(Styles.TEXT_MUTED);
        terms.setId("help-glossary-terms");
        terms.setAccessibleText("Terms of the glossary");
        terms.setCellFactory(list -> new TermCell(list));
        terms.setPlaceholder(new Label("No term mentions that. Try fewer or other words."));
        search.textProperty().addListener((o, was, typed) -> {
            terms.getItems().setAll(glossary.matching(typed));
            count.setText(terms.getItems().size() + (terms.getItems().size() == 1 ? " term" : " terms"));
        });
        terms.getItems().setAll(glossary.terms());
        count.setText(terms.getItems().size() + " terms");
        HBox bar = new HBox(10, search, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label heading = new Label("Glossary");
        heading.getStyleClass().add(Styles.TITLE_3);
        VBox top = new VBox(6, heading, about, bar);
        top.setPadding(new Insets(14, 16, 10, 16));
        root.setTop(top);
        root.setCenter(terms);
    }

    Parent root() {
        return root;
    }

    /** Shows every term again and selects the one asked for. */
    void reveal(String name) {
        search.clear();
        glossary.term(name).ifPresent(t -> {
            terms.getSelectionModel().select(t);
            terms.scrollTo(t);
            terms.requestFocus();
        });
    }

    /** A Text wraps at a given width and reports the height it needs, which a Label in a cell does not. */
    private static final class TermCell extends ListCell<Glossary.Term> {
        private final Text name = new Text();
        private final Text meaning = new Text();
        private final Text where = new Text();
        private final VBox box = new VBox(3, name, meaning, where);

        TermCell(ListView<Glossary.Term> list) {
            name.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em; -fx-fill: -color-fg-default;");
            meaning.setStyle("-fx-fill: -color-fg-default;");
            where.setStyle("-fx-fill: -color-fg-muted; -fx-font-size: 0.92em;");
            for (Text t : new Text[]{name, meaning, where}) {
                t.wrappingWidthProperty().bind(list.widthProperty().subtract(44));
            }
            setPrefWidth(0);
            setPadding(new Insets(8, 10, 8, 10));
        }

        @Override
        protected void updateItem(Glossary.Term t, boolean empty) {
            super.updateItem(t, empty);
            setText(null);
            setGraphic(empty || t == null ? null : box);
            if (empty || t == null) {
                setAccessibleText(null);
                return;
            }
            name.setText(t.name());
            meaning.setText(t.meaning());
            where.setText(t.where());
            setAccessibleText(t.name() + ": " + t.meaning());
        }
    }
}
