package org.slastudio.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slastudio.model.Agreement;
import org.slastudio.store.Autosave;
import org.slastudio.store.Template;
import org.slastudio.store.TemplateCatalogue;
import org.slastudio.store.UserFolders;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The desktop application: PrimerLight theme, the main window, and the draft passed on the command line. */
public final class DesktopApp extends Application {
    private static final Duration AUTOSAVE_EVERY = Duration.seconds(10);

    public static void launchApp(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    /** Blank first (File > New), then the templates; the example is the built-in cloud hosting agreement. */
    public static List<Starter> starters(TemplateCatalogue catalogue) {
        List<Starter> starters = new ArrayList<>();
        starters.add(Starter.of("blank", "Blank draft", "An empty agreement, filled in step by step.", Agreement::blank));
        for (Template t : catalogue.templates()) {
            starters.add(new Starter(t.name(), t.title(), t.description(), () -> StoreFiles.opened(catalogue.load(t))));
        }
        return starters;
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        AppModel app = new AppModel(new StoreFiles(), new StoreRecovery(Autosave.inUserFolder()), new FxDialogs(stage),
                starters(TemplateCatalogue.standard()),
                new RecentDrafts(UserFolders.preferences().resolve("recent-drafts.txt")),
                org.slastudio.review.Review::of);
        AppWindow.show(stage, app);
        stage.show();
        Timeline autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> app.autosave()));
        autosave.setCycleCount(Animation.INDEFINITE);
        autosave.play();
        List<String> args = getParameters().getRaw();
        if (args.size() == 1) {
            app.open(Path.of(args.get(0)));
        } else {
            Platform.runLater(app::offerRecovery);
        }
    }
}
