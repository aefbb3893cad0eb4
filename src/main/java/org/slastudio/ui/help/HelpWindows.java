package org.slastudio.ui.help;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import java.util.Optional;
import java.util.function.Supplier;

/** The help's windows, each made on first use and brought to the front after; Escape closes one. */
final class HelpWindows {
    private final Stage owner;
    private Stage guide;
    private Stage glossary;
    private GlossaryView glossaryView;
    private Stage screens;

    HelpWindows(Stage owner) {
        this.owner = owner;
    }

    void guide() {
        guide = show(guide, "help-guide", "Guide", () -> GuideView.of(Guide.standard()), 920, 640);
    }

    void glossary(Optional<String> term) {
        if (glossaryView == null) {
            glossaryView = new GlossaryView(Glossary.standard());
        }
        glossary = show(glossary, "help-glossary", "Glossary", glossaryView::root, 760, 680);
        term.ifPresent(glossaryView::reveal);
    }

    void screens() {
        screens = show(screens, "help-screens", "Screens of the app", () -> ScreensView.of(Screens.standard()), 1100, 720);
    }

    private Stage show(Stage window, String id, String title, Supplier<Parent> content, double width, double height) {
        if (window == null) {
            window = new Stage();
            window.initOwner(owner);
            window.setTitle(title + " — SLA Studio");
            Parent root = content.get();
            root.setId(id);
            // The window manager's frame sets it off from the main window; where there is none (Xvfb), this line does.
            root.setStyle("-fx-border-color: -color-border-default; -fx-border-width: 1;");
            Scene scene = new Scene(root, width, height);
            if (owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            }
            Stage shown = window;
            scene.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    shown.close();
                }
            });
            window.setScene(scene);
        }
        window.show();
        window.toFront();
        return window;
    }
}
