package org.slastudio.ui.review;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.slastudio.ui.fields.Fields;

/**
 * The Review step's actions: {@code review-export-pdf}, {@code review-export-docx}, {@code review-final-copy} (which the memo and print follow too),
 * {@code review-options-memo}, {@code review-print}, then any further actions given, and under them {@code review-export-progress} while a document is written and {@code review-export-outcome} after.
 */
public final class ExportView {
    private ExportView() {
    }

    public static Node of(ExportModel m, Node... more) {
        Button export = new Button("Export PDF…");
        export.setId("review-export-pdf");
        export.setAccessibleText("Export the agreement as a PDF document");
        export.getStyleClass().add(Styles.ACCENT);
        export.setOnAction(e -> m.exportPdf());
        export.disableProperty().bind(m.jobs().busy());
        Button word = new Button("Export Word…");
        word.setId("review-export-docx");
        word.setAccessibleText("Export the agreement as a Word document, every term in a tagged content control, for the other side to mark up");
        word.setOnAction(e -> m.exportWord());
        word.disableProperty().bind(m.jobs().busy());
        CheckBox finalCopy = new CheckBox("Final copy (no DRAFT mark)");
        Fields.identify(finalCopy, "review-final-copy", "Final copy, without the DRAFT mark");
        finalCopy.selectedProperty().bindBidirectional(m.finalCopy());
        finalCopy.setAccessibleText("Leave out the DRAFT mark from the PDF, the Word document, the options memo and the printed copy");
        HBox first = new HBox(12, export, word, finalCopy);
        first.setAlignment(Pos.CENTER_LEFT);
        Button memo = new Button("Options memo…");
        memo.setId("review-options-memo");
        memo.setAccessibleText("Write an options memo comparing the agreement at two to four service levels");
        memo.setOnAction(e -> m.exportMemo());
        memo.disableProperty().bind(m.jobs().busy());
        Button print = new Button("Print…");
        print.setId("review-print");
        print.setAccessibleText("Print the agreement, through its PDF");
        print.setOnAction(e -> m.print());
        print.disableProperty().bind(m.jobs().busy());
        FlowPane buttons = new FlowPane(16, 8, first, memo, print);
        buttons.getChildren().addAll(more);
        buttons.setAlignment(Pos.CENTER_LEFT);

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("review-export-progress");
        progress.setPrefSize(18, 18);
        Label running = Fields.muted("");
        running.textProperty().bind(m.jobs().running());
        HBox working = new HBox(8, progress, running);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(m.jobs().busy());
        working.managedProperty().bind(working.visibleProperty());
        Label outcome = Fields.muted("");
        outcome.setId("review-export-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(m.outcome());
        outcome.visibleProperty().bind(m.outcome().isNotEmpty().and(m.jobs().busy().not()));
        outcome.managedProperty().bind(outcome.visibleProperty());
        VBox bar = new VBox(8, buttons, working, outcome);
        bar.setId("review-actions");
        return bar;
    }
}
