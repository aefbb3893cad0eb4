package org.slastudio.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slastudio.store.Autosave;
import org.slastudio.store.TemplateCatalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The whole window as a user starts it, on the shipped templates, for walks that open the example as they would. */
final class TemplateWindow {
    private TemplateWindow() {
    }

    /** Shows the window on {@code stage}; recovery copies and recent drafts go to a new temporary folder. */
    static AppModel show(Stage stage, Dialogs dialogs) throws IOException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path folder = Files.createTempDirectory("walk");
        AppModel app = new AppModel(new StoreFiles(), new StoreRecovery(new Autosave(folder.resolve("recovery"))), dialogs,
                DesktopApp.starters(TemplateCatalogue.standard(), Settings.inMemory()),
                new RecentDrafts(folder.resolve("recent.txt")), agreement -> List.of());
        AppWindow.show(stage, app, Settings.inMemory());
        stage.show();
        return app;
    }
}
