package org.slastudio.ui.performance;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The selected level in the selected period: what was measured, then each step of its credit as the engine says it. */
final class PerformanceSteps {
    private PerformanceSteps() {
    }

    static VBox of(PerformanceModel m) {
        Label title = new Label("How the credit was worked out");
        title.getStyleClass().add(Styles.TITLE_4);
        Label selected = new Label();
        selected.setId("performance-selected");
        selected.setWrapText(true);
        selected.getStyleClass().add(Styles.TEXT_BOLD);
        selected.textProperty().bind(m.selected().map(r -> r.level() + " in " + r.period()).orElse("Select a row of the table"));
        Label measured = new Label();
        measured.setId("performance-measured");
        measured.setWrapText(true);
        measured.textProperty().bind(m.selected().map(PerformanceRow::measuredText).orElse(""));
        VBox steps = new VBox(6);
        steps.setId("performance-steps");
        steps.setAccessibleText("The steps of the selected level's credit");
        m.selected().addListener((o, was, is) -> {
            steps.getChildren().clear();
            if (is == null) {
                return;
            }
            int i = 0;
            for (String step : is.steps()) {
                Label label = new Label((i + 1) + ". " + step);
                label.setId("performance-step-" + i++);
                label.setWrapText(true);
                steps.getChildren().add(label);
            }
        });
        ScrollPane scroll = new ScrollPane(new VBox(8, measured, steps));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox panel = new VBox(8, title, selected, scroll);
        panel.setId("performance-detail");
        VBox.setVgrow(panel, Priority.ALWAYS);
        return panel;
    }
}
