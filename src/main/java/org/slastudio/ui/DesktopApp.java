package org.slastudio.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slastudio.model.Agreement;
import org.slastudio.ui.start.ExampleAgreement;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The desktop application: PrimerLight theme, the main window, and the draft passed on the command line. */
public final class DesktopApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    /** The ways to begin a draft offered on the start screen; the first is File > New. */
    public static List<Starter> starters() {
        return List.of(
                new Starter("blank", "Blank draft", "An empty agreement, filled in step by step.", Agreement::blank),
                new Starter("example", "Example: managed hosting",
                        "A complete agreement for hosting a web shop: two parties, two services, credit tiers and support times.",
                        ExampleAgreement::managedHosting));
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        AppModel app = new AppModel(files(), new FxDialogs(stage), starters(),
                new RecentDrafts(Path.of(System.getProperty("user.home"), ".slastudio", "recent-drafts.txt")),
                org.slastudio.review.Review::of);
        AppWindow.show(stage, app);
        stage.show();
        List<String> args = getParameters().getRaw();
        if (args.size() == 1) {
            app.open(Path.of(args.get(0)));
        }
    }

    /** Until the store's file format is wired in, files cannot be opened or saved. */
    private static DraftFiles files() {
        return new DraftFiles() {
            @Override
            public Opened open(Path file) {
                return new Opened(null, List.of("Opening draft files is not available in this build."));
            }

            @Override
            public void save(Path file, Agreement agreement) throws IOException {
                throw new IOException("saving draft files is not available in this build");
            }
        };
    }
}
