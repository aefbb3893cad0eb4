package org.slastudio.ui.clauses;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.slastudio.clauses.LibraryClause;
import org.slastudio.model.Section;
import org.slastudio.review.Finding;
import org.slastudio.review.Severity;
import org.slastudio.ui.fields.Fields;
import org.slastudio.ui.fields.StepPage;
import org.slastudio.ui.fields.Words;

/**
 * The clauses panel: {@code clauses-section}; the library's {@code clauses-library}, the selected one read in full
 * ({@code clauses-library-heading}, {@code clauses-library-favours}, {@code clauses-library-note},
 * {@code clauses-library-text} filled from the draft, {@code clauses-library-overlap}) and {@code clauses-insert};
 * the draft's {@code clauses-draft}, the selected one's {@code clauses-text} and {@code clauses-preview};
 * {@code clauses-close}.
 */
public final class ClausesView {
    private ClausesView() {
    }

    public static Node of(ClausesModel m) {
        ComboBox<Section> section = new ComboBox<>();
        section.getItems().setAll(Section.values());
        section.setId("clauses-section");
        section.setAccessibleText("Section of the agreement");
        section.valueProperty().bindBidirectional(m.section());
        section.setConverter(new StringConverter<>() {
            @Override
            public String toString(Section s) {
                return s == null ? "" : Words.of(s);
            }

            @Override
            public Section fromString(String text) {
                return null;
            }
        });
        Button close = new Button("Back to the draft");
        close.setId("clauses-close");
        close.setOnAction(e -> m.close());
        HBox top = new HBox(12, new Label("Section"), section, close);
        top.setAlignment(Pos.CENTER_LEFT);

        ListView<LibraryClause> library = new ListView<>(m.library());
        library.setId("clauses-library");
        library.setAccessibleText("Clauses of the library for this section");
        library.setPlaceholder(new Label("The library has no clauses for this section."));
        library.setPrefHeight(190);
        library.setMinHeight(120);
        library.setCellFactory(list -> new ListCell<>() {
            // A Text wraps at a given width and reports the height that needs, which a Label in a cell does not.
            private final Text heading = new Text();
            private final Text note = new Text();
            private final VBox box = new VBox(2, heading, note);

            {
                heading.wrappingWidthProperty().bind(list.widthProperty().subtract(40));
                heading.setStyle("-fx-font-weight: bold; -fx-fill: -color-fg-default;");
                note.wrappingWidthProperty().bind(list.widthProperty().subtract(40));
                note.setStyle("-fx-fill: -color-fg-muted;");
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(LibraryClause c, boolean empty) {
                super.updateItem(c, empty);
                setText(null);
                setGraphic(empty || c == null ? null : box);
                if (c != null && !empty) {
                    heading.setText(c.heading() + " · " + c.favours().label());
                    note.setText(c.note());
                }
            }
        });
        Button insert = new Button("Insert clause");
        insert.setId("clauses-insert");
        insert.getStyleClass().add(Styles.ACCENT);
        insert.disableProperty().bind(library.getSelectionModel().selectedItemProperty().isNull());
        insert.setOnAction(e -> m.insert(library.getSelectionModel().getSelectedItem()));
        library.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && library.getSelectionModel().getSelectedItem() != null) {
                m.insert(library.getSelectionModel().getSelectedItem());
            }
        });
        library.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> m.chosen().set(is));
        m.chosen().addListener((o, was, is) -> {
            if (is != null && library.getSelectionModel().getSelectedItem() != is) {
                library.getSelectionModel().select(is);
            }
        });
        m.library().addListener((javafx.collections.ListChangeListener<LibraryClause>) c ->
                m.chosen().set(library.getSelectionModel().getSelectedItem()));
        VBox left = new VBox(8, title("Library"), library, insert, chosen(m));

        ListView<ClausesModel.DraftClause> drafted = new ListView<>(m.drafted());
        drafted.setId("clauses-draft");
        drafted.setAccessibleText("Clauses of the draft in this section");
        drafted.setPlaceholder(new Label("The draft has no clauses in this section yet."));
        drafted.setPrefHeight(96);
        drafted.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ClausesModel.DraftClause c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.clause().heading() == null || c.clause().heading().isBlank()
                        ? "Clause " + (c.index() + 1) : c.clause().heading());
            }
        });
        m.selected().addListener((o, was, is) -> {
            if (drafted.getSelectionModel().getSelectedIndex() != is.intValue()) {
                drafted.getSelectionModel().select(is.intValue());
            }
        });
        drafted.getSelectionModel().selectedIndexProperty().addListener((o, was, is) -> {
            m.commitText();
            m.selected().set(is.intValue());
        });
        TextArea text = new TextArea();
        text.setId("clauses-text");
        text.setAccessibleText("Text of the selected clause; placeholders such as {{customer.legalName}} are filled from the draft");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.textProperty().bindBidirectional(m.text());
        text.disableProperty().bind(m.selected().lessThan(0));
        text.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                m.commitText();
            }
        });
        Label preview = new Label();
        preview.setId("clauses-preview");
        preview.setWrapText(true);
        preview.textProperty().bind(m.preview());
        preview.setPadding(new Insets(8));
        preview.getStyleClass().add("clause-preview");
        VBox findings = new VBox(4);
        findings.setId("clauses-findings");
        findings.setAccessibleText("What the review says of this clause");
        Runnable showFindings = () -> findings.getChildren().setAll(m.findings().stream().map(f -> {
            Label l = new Label((f.severity() == Severity.INFO ? "Note: " : f.severity() == Severity.WARNING ? "Warning: " : "Error: ")
                    + f.message() + (f.suggestedFix() == null ? "" : " " + f.suggestedFix()));
            l.setWrapText(true);
            l.getStyleClass().addAll(Styles.TEXT_SMALL, f.severity() == Severity.INFO ? Styles.TEXT_MUTED
                    : f.severity() == Severity.WARNING ? Styles.WARNING : Styles.DANGER);
            return l;
        }).toList());
        m.findings().addListener((javafx.collections.ListChangeListener<Finding>) c -> showFindings.run());
        showFindings.run();
        VBox right = new VBox(8, title("In this draft"), drafted, Fields.muted("Text"), text,
                Fields.muted("As it reads in the agreement"), preview, findings, FiguresView.of(m.figures(), text));
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(420);
        right.setPrefWidth(480);
        HBox columns = new HBox(24, left, right);
        return StepPage.of("clauses", "Clauses",
                "Insert clauses from the library, and edit the text of the draft's own. Placeholders such as "
                        + "{{provider.legalName}} are filled from the draft, so words and numbers never disagree.",
                top, columns);
    }

    /** The selected library clause in full, as it would read in this draft, before it is inserted. */
    private static Node chosen(ClausesModel m) {
        Label heading = new Label();
        heading.setId("clauses-library-heading");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        heading.setWrapText(true);
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.chosen().get() == null ? "Select a clause above to read it in full." : m.chosen().get().heading(), m.chosen()));
        Label favours = Fields.muted("");
        favours.setId("clauses-library-favours");
        favours.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.chosen().get() == null ? "" : "Leans: " + m.chosen().get().favours().label(), m.chosen()));
        Label note = Fields.muted("");
        note.setId("clauses-library-note");
        note.setWrapText(true);
        note.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.chosen().get() == null ? "" : "When to use it: " + m.chosen().get().note(), m.chosen()));
        Label text = new Label();
        text.setId("clauses-library-text");
        text.setWrapText(true);
        text.setPadding(new Insets(8));
        text.getStyleClass().add("clause-preview");
        text.textProperty().bind(m.chosenText());
        text.visibleProperty().bind(m.chosenText().isNotEmpty());
        text.managedProperty().bind(text.visibleProperty());
        Label overlap = new Label();
        overlap.setId("clauses-library-overlap");
        overlap.setWrapText(true);
        overlap.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        overlap.textProperty().bind(m.chosenOverlap());
        overlap.visibleProperty().bind(m.chosenOverlap().isNotEmpty());
        overlap.managedProperty().bind(overlap.visibleProperty());
        for (Label l : new Label[] {heading, favours, note, text, overlap}) {
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.accessibleTextProperty().bind(l.textProperty());
        }
        VBox box = new VBox(6, heading, favours, note, text, overlap);
        box.setPadding(new Insets(0, 12, 0, 0));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setId("clauses-library-reading");
        scroll.setAccessibleText("The selected library clause in full, as it would read in this draft");
        scroll.setFitToWidth(true);
        scroll.setPrefHeight(230);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }
}
