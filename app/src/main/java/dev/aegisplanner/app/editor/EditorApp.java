package dev.aegisplanner.app.editor;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The editor window. */
public final class EditorApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Aegis Planner");
        stage.setScene(new Scene(new Label("Aegis Planner"), 800, 600));
        stage.show();
    }
}
