package org.slastudio.ui.word;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.slastudio.ui.compare.ChangedWords;
import org.slastudio.ui.fields.Fields;
import org.slastudio.ui.fields.StepPage;

/**
 * What a returned Word document says: {@code word-import-summary}; {@code word-import-compare} (on to the comparison)
 * and {@code word-import-close}; {@code word-import-changes}, a row per changed term with
 * {@code word-import-change-N-term}, {@code -place}, {@code -words}, {@code -how} and {@code -comments};
 * {@code word-import-other-edits} with {@code word-import-edit-N-place}, {@code -what}, {@code -text}; and
 * {@code word-import-comments} with {@code word-import-comment-N}.
 */
public final class WordImportView {
    private WordImportView() {
    }

    public static Node of(WordImportModel m) {
        Label summary = new Label();
        summary.setId("word-import-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(m.summary());
        summary.getStyleClass().add(Styles.TEXT_BOLD);

        Button compare = Fields.button("word-import-compare", "Compare with our draft",
                "Go on to compare their draft with ours, change by change, and build the next round", m::goOnToCompare);
        compare.getStyleClass().remove(Styles.SMALL);
        compare.getStyleClass().add(Styles.ACCENT);
        compare.disableProperty().bind(m.comparable().not());
        Button close = Fields.button("word-import-close", "Back to the draft", "Back to the draft; nothing of it has changed",
                m::close);
        close.getStyleClass().remove(Styles.SMALL);
        HBox actions = new HBox(10, compare, close);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label note = Fields.muted("");
        note.setId("word-import-compare-note");
        note.setWrapText(true);
        note.textProperty().bind(m.compareNote());
        note.visibleProperty().bind(m.compareNote().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        GridPane changes = new GridPane();
        changes.setId("word-import-changes");
        changes.setAccessibleText("The terms they changed, each with our text and theirs");
        changes.setHgap(16);
        changes.setVgap(10);
        changes.getColumnConstraints().addAll(grows(220, 320), grows(200, 420), fixed(), grows(160, 300));
        m.changes().addListener((ListChangeListener<WordImportModel.ChangedTerm>) c -> fillChanges(changes, m));
        fillChanges(changes, m);

        VBox edits = new VBox(10);
        edits.setId("word-import-other-edits");
        edits.setAccessibleText("Edits that map to no term of the draft");
        m.otherEdits().addListener((ListChangeListener<WordImportModel.OtherEdit>) c -> fillEdits(edits, m));
        fillEdits(edits, m);

        VBox comments = new VBox(8);
        comments.setId("word-import-comments");
        comments.setAccessibleText("Comments in the document that are not on a changed term");
        m.otherComments().addListener((ListChangeListener<WordImportModel.OtherComment>) c -> fillComments(comments, m));
        fillComments(comments, m);

        Label about = Fields.muted("");
        about.textProperty().bind(m.fileName().map(n -> "What " + n + " says, read against this draft, which it was exported "
                + "from. Nothing in the draft changes here: compare it with our draft to accept or reject each change, and "
                + "build the next round from the changes you accept. Edits that map to no term are not in the comparison; "
                + "take over the ones you agree with by hand."));
        about.setWrapText(true);
        return StepPage.of("word-import", "Word document returned", "The terms the other side changed in our Word document, "
                        + "the edits that map to no term, and their comments.", about, summary, actions, note,
                heading("Changed terms"), changes, heading("Edits that map to no term"), edits, heading("Other comments"), comments);
    }

    private static void fillChanges(GridPane table, WordImportModel m) {
        table.getChildren().clear();
        table.addRow(0, header("Term"), header("Ours → theirs"), header("How"), header("Their comments"));
        int row = 1;
        for (WordImportModel.ChangedTerm c : m.changes()) {
            String id = "word-import-change-" + (row - 1);
            Label term = new Label(c.term());
            term.setId(id + "-term");
            term.setWrapText(true);
            term.setAccessibleText("Term " + c.term() + " (" + c.path() + ")");
            Label place = Fields.muted(c.place());
            place.setId(id + "-place");
            place.setWrapText(true);
            place.setAccessibleText("In " + c.place());
            VBox what = new VBox(2, term, place);
            TextFlow words = ChangedWords.of(c.edits());
            words.setId(id + "-words");
            words.setAccessibleText("Ours " + c.before() + "; theirs " + c.after());
            Label how = new Label(c.how());
            how.setId(id + "-how");
            how.getStyleClass().add(c.tracked() ? Styles.TEXT_MUTED : Styles.WARNING);
            how.setMinWidth(Region.USE_PREF_SIZE);
            Label said = new Label(c.comments().isEmpty() ? "—" : String.join("\n", c.comments()));
            said.setId(id + "-comments");
            said.setWrapText(true);
            said.setAccessibleText(c.comments().isEmpty() ? "No comment on this term" : "Comments: " + String.join("; ", c.comments()));
            table.addRow(row++, what, words, how, said);
        }
        if (m.changes().isEmpty()) {
            table.add(Fields.muted("They changed no term."), 0, 1, 4, 1);
        }
        for (Node n : table.getChildren()) {
            GridPane.setValignment(n, VPos.TOP);
        }
    }

    private static void fillEdits(VBox list, WordImportModel m) {
        list.getChildren().clear();
        int i = 0;
        for (WordImportModel.OtherEdit e : m.otherEdits()) {
            String id = "word-import-edit-" + i++;
            Label place = new Label(e.place());
            place.setId(id + "-place");
            place.getStyleClass().add(Styles.TEXT_BOLD);
            place.setAccessibleText("In " + e.place());
            Label what = Fields.muted(capitalised(e.what()) + ":");
            what.setId(id + "-what");
            what.setWrapText(true);
            Label text = new Label(e.text());
            text.setId(id + "-text");
            text.setWrapText(true);
            text.setAccessibleText("Text: " + e.text());
            list.getChildren().add(card(place, what, text));
        }
        if (m.otherEdits().isEmpty()) {
            list.getChildren().add(Fields.muted("None: every edit they made is a change of a term."));
        }
    }

    private static void fillComments(VBox list, WordImportModel m) {
        list.getChildren().clear();
        int i = 0;
        for (WordImportModel.OtherComment c : m.otherComments()) {
            String id = "word-import-comment-" + i++;
            Label who = new Label((c.author() == null || c.author().isBlank() ? "A comment" : c.author())
                    + (c.place() == null || c.place().isBlank() ? "" : ", on " + c.place()));
            who.setId(id + "-author");
            who.getStyleClass().add(Styles.TEXT_BOLD);
            Label text = new Label(c.text());
            text.setId(id + "-text");
            text.setWrapText(true);
            text.setAccessibleText("Comment: " + c.text());
            VBox card = card(who, text);
            card.setId(id);
            list.getChildren().add(card);
        }
        if (m.otherComments().isEmpty()) {
            list.getChildren().add(Fields.muted("None besides those on changed terms."));
        }
    }

    private static VBox card(Node... children) {
        VBox card = new VBox(3, children);
        card.setPadding(new Insets(8, 12, 8, 12));
        card.getStyleClass().add("clause-preview");
        return card;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static ColumnConstraints grows(double min, double pref) {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setMinWidth(min);
        c.setPrefWidth(pref);
        return c;
    }

    private static ColumnConstraints fixed() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }

    private static String capitalised(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
