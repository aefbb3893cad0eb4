package org.slastudio.ui.fields;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The frame of a step: a heading, one line saying what the step is for, and the content, scrolling if long. */
public final class StepPage {
    private StepPage() {
    }

    public static ScrollPane of(String key, String title, String description, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_2);
        Label about = new Label(description);
        about.getStyleClass().add(Styles.TEXT_MUTED);
        about.setWrapText(true);
        VBox page = new VBox(14, heading, about);
        page.getChildren().addAll(content);
        page.setPadding(new Insets(20, 28, 28, 28));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setId(key + "-page");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        return scroll;
    }
}
