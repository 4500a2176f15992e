package dev.orgwright.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: one window showing a chart. (A first skeleton.) */
public final class OrgwrightApp extends Application {

    /** Starts the toolkit and opens the window; {@code args} may name a chart file. */
    public static void main(String[] args) {
        launch(OrgwrightApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Orgwright"), 800, 600));
        stage.setTitle("Orgwright");
        stage.show();
    }
}
