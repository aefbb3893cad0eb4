package org.slastudio.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slastudio.model.Agreement;
import org.slastudio.store.Template;
import org.slastudio.store.TemplateCatalogue;
import org.slastudio.store.UserFolders;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The desktop application: PrimerLight theme, the main window, and the draft passed on the command line. */
public final class DesktopApp extends Application {

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
        AppModel app = new AppModel(new StoreFiles(), new FxDialogs(stage), starters(TemplateCatalogue.standard()),
                new RecentDrafts(UserFolders.preferences().resolve("recent-drafts.txt")),
                org.slastudio.review.Review::of);
        AppWindow.show(stage, app);
        stage.show();
        List<String> args = getParameters().getRaw();
        if (args.size() == 1) {
            app.open(Path.of(args.get(0)));
        }
    }
}
