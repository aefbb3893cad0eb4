package org.slastudio.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application (placeholder shell, replaced by the wizard). */
public final class DesktopApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("SLA Studio");
        stage.setScene(new Scene(new Label("SLA Studio"), 1280, 800));
        stage.show();
    }
}
