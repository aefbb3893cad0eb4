package org.slastudio.ui.help;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The guide: {@code help-guide-chapters} to pick a chapter, {@code help-guide-text} showing it. */
final class GuideView {
    /** About 80 characters a line, what reads comfortably. */
    private static final double MEASURE = 620;

    private GuideView() {
    }

    static BorderPane of(Guide guide) {
        ListView<Guide.Chapter> chapters = new ListView<>();
        chapters.getItems().setAll(guide.chapters());
        chapters.setId("help-guide-chapters");
        chapters.setAccessibleText("Chapters of the guide");
        chapters.setPrefWidth(230);
        chapters.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Guide.Chapter c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.title());
            }
        });
        VBox page = new VBox(12);
        page.setPadding(new Insets(20, 28, 28, 28));
        page.setMaxWidth(MEASURE + 56);
        ScrollPane text = new ScrollPane(page);
        text.setId("help-guide-text");
        text.setAccessibleText("The chapter chosen");
        text.setFitToWidth(true);
        chapters.getSelectionModel().selectedItemProperty().addListener((o, was, chapter) -> {
            page.getChildren().clear();
            if (chapter == null) {
                return;
            }
            Label title = new Label(chapter.title());
            title.getStyleClass().add(Styles.TITLE_2);
            page.getChildren().add(title);
            for (String p : chapter.paragraphs()) {
                Label paragraph = new Label(p);
                paragraph.setWrapText(true);
                paragraph.setMaxWidth(MEASURE);
                paragraph.setStyle("-fx-font-size: 1.08em; -fx-line-spacing: 0.2em;");
                if (p.startsWith("• ")) {
                    paragraph.setPadding(new Insets(0, 0, 0, 14));
                }
                page.getChildren().add(paragraph);
            }
            text.setVvalue(0);
        });
        chapters.getSelectionModel().selectFirst();
        BorderPane root = new BorderPane(text);
        root.setLeft(chapters);
        return root;
    }
}
