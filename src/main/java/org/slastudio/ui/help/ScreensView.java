package org.slastudio.ui.help;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The README's screenshots: {@code help-screens-list} of captions, {@code help-screens-image} showing the one chosen. */
final class ScreensView {
    private ScreensView() {
    }

    static BorderPane of(Screens screens) {
        ListView<Screens.Screen> list = new ListView<>();
        list.getItems().setAll(screens.screens());
        list.setId("help-screens-list");
        list.setAccessibleText("Screens of the app, as the README shows them");
        list.setPrefWidth(250);
        list.setCellFactory(l -> new ListCell<>() {
            {
                // A long caption wraps rather than scrolling the list sideways.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Screens.Screen s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.caption());
            }
        });
        ImageView image = new ImageView();
        image.setId("help-screens-image");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        Label missing = new Label();
        missing.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane frame = new StackPane(image, missing);
        frame.setMinSize(0, 0);
        image.fitWidthProperty().bind(frame.widthProperty().subtract(24));
        image.fitHeightProperty().bind(frame.heightProperty().subtract(24));
        Label caption = new Label();
        caption.setId("help-screens-caption");
        caption.getStyleClass().add(Styles.TITLE_4);
        Label about = new Label("The example agreement, screen by screen, as the README shows it. Pick a screen on the left.");
        about.getStyleClass().add(Styles.TEXT_MUTED);
        about.setWrapText(true);
        VBox top = new VBox(4, caption, about);
        top.setPadding(new Insets(12, 16, 4, 16));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, s) -> {
            caption.setText(s == null ? "" : s.caption());
            image.setImage(s == null ? null : screens.image(s).map(u -> new Image(u.toExternalForm(), true)).orElse(null));
            image.setAccessibleText(s == null ? null : "Screenshot: " + s.caption());
            missing.setText(s != null && screens.image(s).isEmpty() ? "This build has no picture of " + s.caption() + "." : "");
        });
        list.getSelectionModel().selectFirst();
        BorderPane centre = new BorderPane(frame);
        centre.setTop(top);
        BorderPane root = new BorderPane(centre);
        root.setLeft(list);
        return root;
    }
}
