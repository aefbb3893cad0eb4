package org.slastudio.ui.start;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.slastudio.ui.AppModel;
import org.slastudio.ui.Starter;
import org.slastudio.ui.fields.Fields;

import java.nio.file.Path;

/** The start screen: new drafts (blank, example, templates) on the left, open and recent drafts on the right. */
public final class StartView {
    private StartView() {
    }

    public static Node of(AppModel app) {
        Label title = new Label("SLA Studio");
        title.getStyleClass().add(Styles.TITLE_1);
        Label subtitle = Fields.muted("Draft service level agreements section by section, and see what each promise means.");

        VBox starters = new VBox(8);
        app.starters().addListener((ListChangeListener<Starter>) c -> fillStarters(starters, app));
        fillStarters(starters, app);

        Button open = new Button("Open a draft…");
        open.setId("start-open");
        open.setAccessibleText("Open a draft file");
        open.getStyleClass().add(Styles.ACCENT);
        open.setOnAction(e -> app.open());
        VBox recent = new VBox(6);
        app.recent().paths().addListener((ListChangeListener<Path>) c -> fillRecent(recent, app));
        fillRecent(recent, app);
        VBox files = new VBox(10, heading("Open"), open);
        app.example().ifPresent(example -> files.getChildren().add(tile("start-example", "The example agreement",
                example.title() + ": a complete agreement to explore or adapt.", () -> app.begin(example))));
        files.getChildren().addAll(heading("Recent drafts"), recent);

        starters.setPrefWidth(460);
        files.setPrefWidth(360);
        HBox columns = new HBox(48, starters, files);
        HBox.setHgrow(starters, Priority.ALWAYS);
        VBox page = new VBox(8, title, subtitle, columns);
        VBox.setMargin(columns, new Insets(24, 0, 0, 0));
        page.setPadding(new Insets(48, 56, 48, 56));
        page.setMaxWidth(1000);
        VBox centred = new VBox(page);
        centred.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setId("start-page");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    private static void fillStarters(VBox box, AppModel app) {
        box.getChildren().setAll(heading("Start a new draft"));
        for (Starter starter : app.starters()) {
            box.getChildren().add(tile("start-new-" + starter.name(), starter.title(), starter.description(),
                    () -> app.begin(starter)));
        }
    }

    private static void fillRecent(VBox box, AppModel app) {
        box.getChildren().clear();
        if (app.recent().paths().isEmpty()) {
            box.getChildren().add(Fields.muted("Drafts you open or save appear here."));
        }
        int i = 0;
        for (Path path : app.recent().paths()) {
            Path folder = path.getParent();
            box.getChildren().add(tile("start-recent-" + i++, path.getFileName().toString(),
                    folder == null ? "" : folder.toString(), () -> app.open(path)));
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    /** A wide clickable card with a bold title and a muted line under it; Enter or Space opens it too. */
    private static VBox tile(String id, String title, String description, Runnable action) {
        Label name = new Label(title);
        name.getStyleClass().add(Styles.TEXT_BOLD);
        Label about = Fields.muted(description);
        about.setWrapText(true);
        VBox tile = new VBox(2, name, about);
        tile.setId(id);
        tile.setAccessibleRole(AccessibleRole.BUTTON);
        tile.setAccessibleText(title + ". " + description);
        tile.setFocusTraversable(true);
        tile.setPadding(new Insets(10, 14, 10, 14));
        tile.getStyleClass().add("start-tile");
        tile.setOnMouseClicked(e -> action.run());
        tile.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                action.run();
            }
        });
        return tile;
    }
}
