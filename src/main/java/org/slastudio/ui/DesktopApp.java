package org.slastudio.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slastudio.review.Review;
import org.slastudio.store.Autosave;
import org.slastudio.store.Template;
import org.slastudio.store.TemplateCatalogue;
import org.slastudio.store.UserFolders;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The desktop application: PrimerLight theme, the main window, and the draft passed on the command line. */
public final class DesktopApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    /** Blank first (File > New), then the templates; the example is the built-in cloud hosting agreement. */
    public static List<Starter> starters(TemplateCatalogue catalogue, Settings settings) {
        List<Starter> starters = new ArrayList<>();
        starters.add(Starter.of("blank", "Blank draft", "An empty agreement, filled in step by step.", settings::blankDraft));
        for (Template t : catalogue.templates()) {
            starters.add(new Starter(t.name(), t.title(), t.description(), () -> StoreFiles.opened(catalogue.load(t))));
        }
        return starters;
    }

    /** The PrimerLight or PrimerDark theme, for the whole application. */
    public static void applyTheme(UiPreferences preferences) {
        Application.setUserAgentStylesheet(preferences.darkTheme() ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    @Override
    public void start(Stage stage) {
        Settings settings = Settings.load(UserFolders.preferences().resolve("ui.properties"));
        applyTheme(settings.current().get());
        settings.current().addListener((o, was, is) -> applyTheme(is));
        AppModel app = new AppModel(new StoreFiles(), new StoreRecovery(Autosave.inUserFolder()), new FxDialogs(stage),
                starters(TemplateCatalogue.standard(), settings),
                new RecentDrafts(UserFolders.preferences().resolve("recent-drafts.txt")),
                Review::of);
        AppWindow.show(stage, app, settings);
        if (Boolean.getBoolean("slastudio.startupTiming")) {
            stage.setOnShown(e -> Platform.runLater(() -> System.err.println("SLA Studio: window shown "
                    + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms after the JVM started")));
        }
        // For installer/class-archive.sh: the classes of a start up to the start screen, then out.
        if (Boolean.getBoolean("slastudio.exitWhenShown")) {
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> {
                Platform.exit();
                System.exit(0);
            }));
        }
        stage.show();
        Timeline autosave = new Timeline(new KeyFrame(Duration.seconds(settings.current().get().autosaveSeconds()),
                e -> app.autosave()));
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
