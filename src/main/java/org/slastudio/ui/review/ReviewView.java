package org.slastudio.ui.review;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.slastudio.review.Finding;
import org.slastudio.ui.fields.Fields;
import org.slastudio.ui.fields.StepPage;
import org.slastudio.ui.fields.Words;

/**
 * The Review step: its actions (export and the others given), {@code review-findings} whose items open the field
 * they are about, and {@code review-summary}.
 */
public final class ReviewView {
    private ReviewView() {
    }

    public static Node of(ReviewModel m, Node actions) {
        GridPane summary = new GridPane();
        summary.setId("review-summary");
        summary.setHgap(20);
        summary.setVgap(8);
        m.summary.addListener((ListChangeListener<ReviewModel.Section>) c -> fillSummary(summary, m));
        fillSummary(summary, m);

        ListView<Finding> findings = new ListView<>(m.findings);
        findings.setId("review-findings");
        findings.setAccessibleText("Findings of the review; press Enter or double-click to go to the field");
        findings.setPlaceholder(new Label("No findings: the review found nothing to fix."));
        findings.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(80, Math.min(340, 12 + 66.0 * m.findings.size())), m.findings));
        findings.setCellFactory(list -> new ListCell<>() {
            // A Text wraps at a given width and reports the height that needs, which a Label in a cell does not.
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(list.widthProperty().subtract(40));
                setPrefWidth(0);
                setPadding(new Insets(6, 8, 6, 8));
            }

            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                setText(null);
                setGraphic(empty || f == null ? null : text);
                if (empty || f == null) {
                    return;
                }
                text.setText(Words.of(f.severity()) + ": " + f.message()
                        + (f.suggestedFix() == null ? "" : "\n" + f.suggestedFix()));
                text.setStyle(switch (f.severity()) {
                    case ERROR -> "-fx-fill: -color-danger-fg;";
                    case WARNING -> "-fx-fill: -color-warning-fg;";
                    default -> "-fx-fill: -color-fg-default;";
                });
            }
        });
        findings.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && findings.getSelectionModel().getSelectedItem() != null) {
                m.open(findings.getSelectionModel().getSelectedItem());
            }
        });
        findings.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && findings.getSelectionModel().getSelectedItem() != null) {
                m.open(findings.getSelectionModel().getSelectedItem());
            }
        });
        Label findingsTitle = new Label();
        findingsTitle.getStyleClass().add(Styles.TITLE_4);
        findingsTitle.textProperty().bind(Bindings.size(m.findings)
                .asString().map(n -> n.equals("0") ? "Findings" : "Findings (" + n + ")"));
        Label summaryTitle = new Label("Summary");
        summaryTitle.getStyleClass().add(Styles.TITLE_4);
        return StepPage.of("review", "Review",
                "What the review found, and the agreement at a glance. Double-click a finding, or press Enter on it, to go to the field.",
                actions, findingsTitle, findings, summaryTitle, summary);
    }

    private static void fillSummary(GridPane grid, ReviewModel m) {
        grid.getChildren().clear();
        int row = 0;
        for (ReviewModel.Section section : m.summary) {
            Label title = new Label(section.title());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            title.setMinWidth(Region.USE_PREF_SIZE);
            VBox lines = new VBox(2);
            section.lines().forEach(line -> {
                Label label = new Label(line);
                label.setWrapText(true);
                lines.getChildren().add(label);
            });
            GridPane.setValignment(title, VPos.TOP);
            grid.add(title, 0, row);
            grid.add(lines, 1, row++);
        }
        if (m.summary.isEmpty()) {
            grid.add(Fields.muted("Nothing to summarise yet."), 0, 0);
        }
    }
}
