package org.slastudio.ui.compare;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.slastudio.negotiation.Decision;
import org.slastudio.ui.fields.Fields;
import org.slastudio.ui.fields.StepPage;

/**
 * The compare view: {@code compare-changes}, one row per change with {@code compare-accept-N} and
 * {@code compare-reject-N}; {@code compare-accept-all}, {@code compare-reject-all}, {@code compare-build-next-round},
 * {@code compare-export-redline}, {@code compare-back-to-source} (where their draft came from a returned Word document)
 * and {@code compare-close}.
 */
public final class CompareView {
    private CompareView() {
    }

    public static Node of(CompareModel m) {
        Button acceptAll = button("compare-accept-all", "Accept all", m::acceptAll);
        Button rejectAll = button("compare-reject-all", "Reject all", m::rejectAll);
        Button build = button("compare-build-next-round", "Build next round", m::buildNextRound);
        build.getStyleClass().add(Styles.ACCENT);
        build.setAccessibleText("Put our draft with the accepted changes in the editor as the next round");
        Button redline = button("compare-export-redline", "Export redline PDF…", m::exportRedline);
        redline.disableProperty().bind(m.jobs().busy());
        Button close = button("compare-close", "Back to the draft", m::close);
        Button source = button("compare-back-to-source", "Back to the Word document", m::backToSource);
        source.setAccessibleText("Back to what the returned Word document says: its changed terms, other edits and comments");
        source.visibleProperty().bind(m.hasSource());
        source.managedProperty().bind(source.visibleProperty());
        HBox actions = new HBox(10, acceptAll, rejectAll, build, redline, source, close);
        actions.setAlignment(Pos.CENTER_LEFT);

        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        Label running = Fields.muted("");
        running.textProperty().bind(m.jobs().running());
        HBox working = new HBox(8, progress, running);
        working.visibleProperty().bind(m.jobs().busy());
        working.managedProperty().bind(working.visibleProperty());
        Label outcome = Fields.muted("");
        outcome.setId("compare-outcome");
        outcome.textProperty().bind(m.outcome());
        outcome.managedProperty().bind(m.outcome().isNotEmpty());

        GridPane table = new GridPane();
        table.setId("compare-changes");
        table.setHgap(16);
        table.setVgap(10);
        ColumnConstraints change = new ColumnConstraints();
        change.setHgrow(Priority.ALWAYS);
        change.setMinWidth(260);
        change.setPrefWidth(520);
        table.getColumnConstraints().add(change);
        for (int i = 0; i < 4; i++) {
            ColumnConstraints fixed = new ColumnConstraints();
            fixed.setMinWidth(Region.USE_PREF_SIZE);
            table.getColumnConstraints().add(fixed);
        }
        m.rows().addListener((ListChangeListener<CompareModel.Row>) c -> fill(table, m));
        fill(table, m);

        Label about = Fields.muted("");
        about.textProperty().bind(m.theirName().map(n -> "What " + n + " changes in our draft. Accept or reject each "
                + "change; a change left open is rejected. Build next round puts our draft with the accepted changes in "
                + "the editor, as one change you can undo."));
        about.setWrapText(true);
        return StepPage.of("compare", "Compare", "Their draft against ours, change by change.", about, actions, working, outcome, table);
    }

    private static void fill(GridPane table, CompareModel m) {
        table.getChildren().clear();
        table.addRow(0, header("Change"), header("Kind"), header("Favours"), header("Against our positions"), header("Decision"));
        int row = 1;
        for (CompareModel.Row r : m.rows()) {
            int i = row - 1;
            VBox what = new VBox(2);
            if (r.change().words().isEmpty()) {
                Label description = new Label(r.change().description());
                description.setWrapText(true);
                what.getChildren().add(description);
            } else {
                String text = r.change().description();
                what.getChildren().addAll(new Label(text.contains(": ") ? text.substring(0, text.indexOf(": ") + 1) : text),
                        ChangedWords.of(r.change().words()));
            }
            ToggleGroup group = new ToggleGroup();
            ToggleButton accept = toggle("compare-accept-" + i, "Accept", group, Decision.ACCEPT);
            ToggleButton reject = toggle("compare-reject-" + i, "Reject", group, Decision.REJECT);
            Runnable show = () -> group.selectToggle(r.decision().get() == Decision.ACCEPT ? accept
                    : r.decision().get() == Decision.REJECT ? reject : null);
            r.decision().addListener((o, was, is) -> show.run());
            show.run();
            group.selectedToggleProperty().addListener((o, was, is) ->
                    r.decision().set(is == null ? null : (Decision) is.getUserData()));
            HBox decision = new HBox(4, accept, reject);
            decision.setMinWidth(Region.USE_PREF_SIZE);
            table.addRow(row++, what, fixed(r.change().kind().label()), fixed(r.favours()), fixed(r.standing()), decision);
            for (Node n : table.getChildren()) {
                GridPane.setValignment(n, VPos.TOP);
            }
        }
        if (m.rows().isEmpty()) {
            table.add(Fields.muted("No changes."), 0, 1);
        }
    }

    private static Label fixed(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label header(String text) {
        Label label = fixed(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static ToggleButton toggle(String id, String text, ToggleGroup group, Decision decision) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        button.setUserData(decision);
        button.getStyleClass().add(Styles.SMALL);
        return button;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
