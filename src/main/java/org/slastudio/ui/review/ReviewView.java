package org.slastudio.ui.review;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.slastudio.ui.fields.Fields;
import org.slastudio.ui.fields.StepPage;
import org.slastudio.ui.fields.Words;
import org.slastudio.review.Finding;

/** The Review step: {@code review-summary}, and {@code review-findings} whose items open the field they are about. */
public final class ReviewView {
    private ReviewView() {
    }

    public static Node of(ReviewModel m) {
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
        findings.setPrefHeight(220);
        findings.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : Words.of(f.severity()) + ": " + f.message()
                        + (f.suggestedFix() == null ? "" : " — " + f.suggestedFix()));
                getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
                if (!empty && f != null) {
                    switch (f.severity()) {
                        case ERROR -> getStyleClass().add(Styles.DANGER);
                        case WARNING -> getStyleClass().add(Styles.WARNING);
                        default -> { }
                    }
                }
            }
        });
        findings.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && findings.getSelectionModel().getSelectedItem() != null) {
                m.open(findings.getSelectionModel().getSelectedItem());
            }
        });
        findings.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && findings.getSelectionModel().getSelectedItem() != null) {
                m.open(findings.getSelectionModel().getSelectedItem());
            }
        });
        Label findingsTitle = new Label("Findings");
        findingsTitle.getStyleClass().add(Styles.TITLE_4);
        return StepPage.of("review", "Review",
                "The agreement at a glance, and what the review found. Double-click a finding to go to the field.",
                summary, findingsTitle, findings);
    }

    private static void fillSummary(GridPane grid, ReviewModel m) {
        grid.getChildren().clear();
        int row = 0;
        for (ReviewModel.Section section : m.summary) {
            Label title = new Label(section.title());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            title.setMinWidth(160);
            VBox lines = new VBox(2);
            section.lines().forEach(line -> {
                Label label = new Label(line);
                label.setWrapText(true);
                lines.getChildren().add(label);
            });
            GridPane.setValignment(title, javafx.geometry.VPos.TOP);
            grid.add(title, 0, row);
            grid.add(lines, 1, row++);
        }
        if (m.summary.isEmpty()) {
            grid.add(Fields.muted("Nothing to summarise yet."), 0, 0);
        }
    }
}
