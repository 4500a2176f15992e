package dev.orgwright.ui;

import dev.orgwright.io.SampleCharts;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Templates;
import dev.orgwright.render.ChartPainter;
import dev.orgwright.render.Theme;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's scene: menus, the chart canvas over the findings pane, the inspector beside
 * them, and a status bar, all showing one model.
 */
final class MainWindow {

    private final ChartWindowModel model;
    private final ChartCanvas canvas;
    private final FindingsPane findings;
    private final InspectorPane inspector;
    private SearchBar search;

    MainWindow(Stage stage, ChartWindowModel model, Dialogs dialogs) {
        this.model = model;
        EditorCommands commands = new EditorCommands(model, dialogs);
        canvas = new ChartCanvas(model, new ChartPainter(Theme.LIGHT), commands);
        findings = new FindingsPane(model);
        inspector = new InspectorPane(model);
        Label summary = new Label();
        summary.setId("summary-status");
        Label selection = new Label();
        selection.setId("selection-status");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox status = new HBox(summary, spacer, selection);
        status.getStyleClass().add("status-bar");

        SearchBar search = new SearchBar(model, () -> {
            canvasSearchClose(model);
        });
        search.setVisible(false);
        search.setManaged(false);
        this.search = search;
        BorderPane canvasArea = new BorderPane(canvas, search, null, null, null);
        SplitPane centre = new SplitPane(canvasArea, findings);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.78);
        SplitPane main = new SplitPane(centre, inspector);
        main.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(inspector, false);
        SplitPane.setResizableWithParent(findings, false);

        MenuBar menuBar = menus(stage, model, commands, search::open);
        CompareWindow.addTo(menuBar.getMenus().get(0), stage, model::chart, dialogs);
        BorderPane root = new BorderPane(main, menuBar, null, status, null);
        // Nearly the whole screen, within reason: org charts are wide.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.max(800, Math.min(1920, screen.getWidth() * 0.95)),
                Math.max(560, Math.min(1200, screen.getHeight() * 0.9)));
        scene.getStylesheets().add(MainWindow.class.getResource("orgwright.css").toExternalForm());
        acceptDroppedFiles(scene, model);
        stage.setScene(scene);
        stage.setMinWidth(480);
        stage.setMinHeight(320);
        stage.setOnCloseRequest(e -> {
            if (!model.confirmDiscardingChanges()) {
                e.consume();
            }
        });

        Runnable refresh = () -> {
            stage.setTitle(model.windowTitle());
            summary.setText(model.summaryText());
            selection.setText(model.selectionText());
        };
        model.addListener(refresh);
        refresh.run();
        canvas.requestFocus();
    }

    private void canvasSearchClose(ChartWindowModel m) {
        search.close();
        canvas.requestFocus();
    }

    SearchBar search() {
        return search;
    }

    ChartWindowModel model() {
        return model;
    }

    ChartCanvas canvas() {
        return canvas;
    }

    FindingsPane findings() {
        return findings;
    }

    InspectorPane inspector() {
        return inspector;
    }

    /** A chart file dropped on the window opens, as File → Open would. */
    private static void acceptDroppedFiles(Scene scene, ChartWindowModel model) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean opened = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()
                    && model.open(e.getDragboard().getFiles().get(0).toPath());
            e.setDropCompleted(opened);
            e.consume();
        });
    }

    private static MenuBar menus(Stage stage, ChartWindowModel model, EditorCommands commands, Runnable find) {
        MenuItem newTemplate = item("New from \"Leadership team\"", "Shortcut+N",
                () -> model.newChart(Chart.empty("Leadership team", Templates.leadershipTeam())));
        MenuItem newSample = item("New from the sample chart", null, () -> model.newChart(SampleCharts.leadershipTeam()));
        MenuItem open = item("Open…", "Shortcut+O", model::openChosenFile);
        MenuItem save = item("Save", "Shortcut+S", model::save);
        MenuItem saveAs = item("Save As…", "Shortcut+Shift+S", model::saveAs);
        MenuItem quit = item("Quit", "Shortcut+Q", () -> {
            if (model.confirmDiscardingChanges()) {
                Platform.exit();
            }
        });
        Menu file = new Menu("File", null, newTemplate, newSample, open, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", "Shortcut+Z", model::undo);
        undo.setId("undo-item");
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", model::redo);
        redo.setId("redo-item");
        MenuItem redoY = item("Redo", "Shortcut+Y", model::redo);
        redoY.setVisible(false); // a second accelerator for the same command
        // Insert, Enter, F2 and Delete are keys of the canvas, not accelerators: as accelerators
        // they would fire while the user types in the inspector.
        MenuItem addReport = item("Add Report (Insert)", null, commands::addReport);
        MenuItem addSibling = item("Add Sibling (Enter)", null, commands::addSibling);
        MenuItem rename = item("Rename… (F2)", null, commands::renameSelected);
        MenuItem delete = item("Delete… (Del)", null, commands::deleteSelected);
        MenuItem findItem = item("Find…", "Shortcut+F", find);
        Menu edit = new Menu("Edit", null, undo, redo, redoY, new SeparatorMenuItem(), addReport, addSibling, rename,
                delete, new SeparatorMenuItem(), findItem);
        edit.setOnShowing(e -> {
            undo.setText(model.undoText());
            undo.setDisable(!model.canUndo());
            redo.setText(model.redoText());
            redo.setDisable(!model.canRedo());
        });
        model.addListener(() -> {
            undo.setDisable(!model.canUndo());
            redo.setDisable(!model.canRedo());
            redoY.setDisable(!model.canRedo());
        });

        MenuItem fit = item("Fit All", "Shortcut+0", model::fit);
        MenuItem zoomIn = item("Zoom In", "Shortcut+Plus", () -> model.zoomBy(1.25));
        MenuItem zoomOut = item("Zoom Out", "Shortcut+Minus", () -> model.zoomBy(0.8));
        MenuItem collapse = item("Collapse or Expand", null, commands::toggleCollapsedSelection);
        ToggleGroup rows = new ToggleGroup();
        RadioMenuItem byDepth = new RadioMenuItem("Rows by Depth");
        RadioMenuItem byTier = new RadioMenuItem("Rows by Tier");
        byDepth.setToggleGroup(rows);
        byTier.setToggleGroup(rows);
        byDepth.setSelected(true);
        CheckMenuItem compact = new CheckMenuItem("Compact");
        CheckMenuItem leftRight = new CheckMenuItem("Left to Right");
        Runnable applyOptions = () -> model.setLayoutOptions(LayoutOptions.DEFAULT
                .withRows(byTier.isSelected() ? LayoutOptions.Rows.BY_TIER : LayoutOptions.Rows.BY_DEPTH)
                .withCompact(compact.isSelected())
                .withOrientation(leftRight.isSelected() ? LayoutOptions.Orientation.LEFT_RIGHT
                        : LayoutOptions.Orientation.TOP_DOWN));
        byDepth.setOnAction(e -> applyOptions.run());
        byTier.setOnAction(e -> applyOptions.run());
        compact.setOnAction(e -> applyOptions.run());
        leftRight.setOnAction(e -> applyOptions.run());
        Menu view = new Menu("View", null, fit, zoomIn, zoomOut, new SeparatorMenuItem(), collapse,
                new SeparatorMenuItem(), byDepth, byTier, compact, leftRight);

        MenuItem about = item("About " + AppInfo.NAME, null, model::showAbout);
        Menu help = new Menu("Help", null, about);

        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
