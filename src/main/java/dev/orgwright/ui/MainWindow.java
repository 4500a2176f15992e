package dev.orgwright.ui;

import dev.orgwright.render.ChartPainter;
import dev.orgwright.render.Theme;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The window's scene: menus, the chart canvas and a status bar, all showing one model. */
final class MainWindow {

    private final ChartCanvas canvas;

    MainWindow(Stage stage, ChartWindowModel model) {
        canvas = new ChartCanvas(model, new ChartPainter(Theme.LIGHT));
        Label summary = new Label();
        summary.setId("summary-status");
        Label selection = new Label();
        selection.setId("selection-status");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox status = new HBox(summary, spacer, selection);
        status.getStyleClass().add("status-bar");

        BorderPane root = new BorderPane(canvas, menus(model), null, status, null);
        // Nearly the whole screen, within reason: org charts are wide.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.max(800, Math.min(1920, screen.getWidth() * 0.95)),
                Math.max(560, Math.min(1200, screen.getHeight() * 0.9)));
        scene.getStylesheets().add(MainWindow.class.getResource("orgwright.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(480);
        stage.setMinHeight(320);

        Runnable refresh = () -> {
            stage.setTitle(model.windowTitle());
            summary.setText(model.summaryText());
            selection.setText(model.selectionText());
        };
        model.addListener(refresh);
        refresh.run();
        canvas.requestFocus();
    }

    ChartCanvas canvas() {
        return canvas;
    }

    private static MenuBar menus(ChartWindowModel model) {
        MenuItem open = new MenuItem("Open…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> model.openChosenFile());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu("File", null, open, new SeparatorMenuItem(), quit);

        MenuItem about = new MenuItem("About " + AppInfo.NAME);
        about.setOnAction(e -> model.showAbout());
        Menu help = new Menu("Help", null, about);

        MenuBar bar = new MenuBar(file, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }
}
