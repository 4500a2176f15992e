package dev.orgwright.ui;

import dev.orgwright.io.SampleCharts;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Templates;
import dev.orgwright.render.ChartPainter;
import dev.orgwright.render.Theme;
import dev.orgwright.ui.canvas.ChartCanvas;
import dev.orgwright.ui.compare.CompareWindow;
import dev.orgwright.ui.document.BackupOption;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.ClipboardCommands;
import dev.orgwright.ui.editor.EditorCommands;
import dev.orgwright.ui.export.ChartPrinter;
import dev.orgwright.ui.export.ExportDialog;
import dev.orgwright.ui.fx.AppInfo;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.Icons;
import dev.orgwright.ui.importing.ImportDialog;
import dev.orgwright.ui.panels.FindingsPane;
import dev.orgwright.ui.panels.InspectorPane;
import dev.orgwright.ui.panels.OutlinePane;
import dev.orgwright.ui.panels.SearchBar;
import dev.orgwright.ui.panels.TierEditor;
import dev.orgwright.ui.present.PresentationMode;
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
    private final OutlinePane outline;
    private SearchBar search;
    private ExportDialog export;
    private PresentationMode presentation;

    MainWindow(Stage stage, ChartWindowModel model, Dialogs dialogs) {
        this.model = model;
        EditorCommands commands = new EditorCommands(model, dialogs);
        ClipboardCommands clipboard = new ClipboardCommands(model, dialogs);
        canvas = new ChartCanvas(model, new ChartPainter(Theme.LIGHT), commands);
        findings = new FindingsPane(model);
        inspector = new InspectorPane(model);
        outline = new OutlinePane(model);
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
        SplitPane main = new SplitPane(outline, centre, inspector);
        main.setDividerPositions(0.13, 0.83);
        SplitPane.setResizableWithParent(outline, false);
        SplitPane.setResizableWithParent(inspector, false);
        SplitPane.setResizableWithParent(findings, false);

        MenuBar menuBar = menus(stage, model, commands, clipboard, dialogs, search::open);
        CompareWindow.addTo(menuBar.getMenus().get(0), stage, model::chart, dialogs);
        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(menuBar, toolbar(model, commands, search::open));
        BorderPane root = new BorderPane(main, top, null, status, null);
        addOutputCommands(stage, root, menuBar, dialogs);
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

    /** File → Export… and Print…, View → Present: the outputs of issue 6, wired beside the editor's menus. */
    private void addOutputCommands(Stage stage, BorderPane root, MenuBar bar, Dialogs dialogs) {
        export = new ExportDialog(new dev.orgwright.ui.editor.EditorExportSource(model), dialogs, text -> {
            model.setNotice(text);
            model.decorationsChanged();
        });
        ChartPrinter printer = new ChartPrinter(new dev.orgwright.ui.editor.EditorExportSource(model), dialogs,
                javafx.print.PrinterJob::createPrinterJob);
        presentation = new PresentationMode(stage, root, canvas, model, () -> export.settings().options());
        Menu file = bar.getMenus().get(0);
        int quit = file.getItems().size() - 2; // before the separator above Quit
        file.getItems().addAll(quit, java.util.List.of(new SeparatorMenuItem(),
                item("Export…", "Shortcut+E", () -> export.show(stage)),
                item("Print…", "Shortcut+P", () -> printer.print(stage, export.settings()))));
        MenuItem present = item("Present", "F5", presentation::enter);
        present.setId("present-item");
        bar.getMenus().get(2).getItems().addAll(new SeparatorMenuItem(), present);
    }

    ExportDialog exportDialog() {
        return export;
    }

    PresentationMode presentation() {
        return presentation;
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

    OutlinePane outline() {
        return outline;
    }

    /** The commands used most, as icons with tooltips that name their shortcut. */
    private static javafx.scene.control.ToolBar toolbar(ChartWindowModel model, EditorCommands commands, Runnable find) {
        javafx.scene.control.Button undo = tool("tool-undo", Icons.UNDO, "Undo (Ctrl+Z)", model::undo);
        javafx.scene.control.Button redo = tool("tool-redo", Icons.REDO, "Redo (Ctrl+Shift+Z)", model::redo);
        javafx.scene.control.Button delete = tool("tool-delete", Icons.DELETE, "Delete the selected position (Del)",
                commands::deleteSelected);
        javafx.scene.control.Button sibling = tool("tool-add-sibling", Icons.ADD_SIBLING,
                "Add a position beside the selected one (Enter)", commands::addSibling);
        Runnable enable = () -> {
            undo.setDisable(!model.canUndo());
            redo.setDisable(!model.canRedo());
            delete.setDisable(model.selection().isEmpty());
            sibling.setDisable(model.selection().isEmpty());
        };
        model.addListener(enable);
        enable.run();
        javafx.scene.control.ToolBar bar = new javafx.scene.control.ToolBar(
                tool("tool-new", Icons.NEW, "New chart (Ctrl+N)", () -> model.newChart(blankChart())),
                tool("tool-open", Icons.OPEN, "Open a chart (Ctrl+O)", model::openChosenFile),
                tool("tool-save", Icons.SAVE, "Save (Ctrl+S)", model::save),
                new javafx.scene.control.Separator(), undo, redo, new javafx.scene.control.Separator(),
                tool("tool-add-report", Icons.ADD_REPORT, "Add a report to the selected position (Insert)",
                        commands::addReport),
                sibling, delete, new javafx.scene.control.Separator(),
                tool("tool-zoom-in", Icons.ZOOM_IN, "Zoom in (Ctrl++)", () -> model.zoomBy(1.25)),
                tool("tool-zoom-out", Icons.ZOOM_OUT, "Zoom out (Ctrl+-)", () -> model.zoomBy(0.8)),
                tool("tool-fit", Icons.FIT, "Fit the whole chart (Ctrl+0)", model::fit),
                tool("tool-find", Icons.FIND, "Find positions (Ctrl+F)", find));
        bar.setId("toolbar");
        return bar;
    }

    private static javafx.scene.control.Button tool(String id, String icon, String tip, Runnable action) {
        javafx.scene.control.Button b = new javafx.scene.control.Button(null, Icons.icon(icon, 18));
        b.setId(id);
        b.setTooltip(new javafx.scene.control.Tooltip(tip));
        b.setFocusTraversable(false); // the canvas keeps the keyboard
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A new chart: no positions yet, the standard tiers and their catalog. */
    static Chart blankChart() {
        return Chart.empty("Untitled chart", Templates.leadershipTeam());
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

    private static MenuBar menus(Stage stage, ChartWindowModel model, EditorCommands commands,
            ClipboardCommands clipboard, Dialogs dialogs, Runnable find) {
        MenuItem newBlank = item("New", "Shortcut+N", () -> model.newChart(blankChart()));
        MenuItem newTemplate = item("New from \"Leadership team\" Template", "Shortcut+Shift+N",
                () -> model.newChart(Templates.leadershipTeamStarter()));
        MenuItem newSample = item("New from the Sample Chart", null, () -> model.newChart(SampleCharts.leadershipTeam()));
        MenuItem open = item("Open…", "Shortcut+O", model::openChosenFile);
        Menu recent = new Menu("Open Recent");
        recent.setId("recent-menu");
        recent.setOnShowing(e -> fillRecent(recent, model));
        fillRecent(recent, model);
        MenuItem importItem = item("Import CSV…", "Shortcut+I", () -> ImportDialog.chooseAndShow(stage, dialogs, model));
        importItem.setId("import-item");
        MenuItem save = item("Save", "Shortcut+S", model::save);
        MenuItem saveAs = item("Save As…", "Shortcut+Shift+S", model::saveAs);
        MenuItem revert = item("Revert to Saved", null, model::revert);
        revert.setId("revert-item");
        MenuItem quit = item("Quit", "Shortcut+Q", () -> {
            if (model.confirmDiscardingChanges()) {
                Platform.exit();
            }
        });
        Menu file = new Menu("File", null, newBlank, newTemplate, newSample, new SeparatorMenuItem(), open, recent, importItem,
                new SeparatorMenuItem(), save, saveAs, revert, BackupOption.menuItem(model), new SeparatorMenuItem(), quit);
        file.setOnShowing(e -> revert.setDisable(model.file().isEmpty() || !model.isDirty()));

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
        MenuItem cut = item("Cut", "Shortcut+X", clipboard::cut);
        MenuItem copy = item("Copy", "Shortcut+C", clipboard::copy);
        MenuItem paste = item("Paste", "Shortcut+V", clipboard::paste);
        MenuItem tiers = item("Tiers and Responsibilities…", null, () -> new TierEditor(model, dialogs).show(stage));
        tiers.setId("tiers-item");
        Menu edit = new Menu("Edit", null, undo, redo, redoY, new SeparatorMenuItem(), cut, copy, paste,
                new SeparatorMenuItem(), addReport, addSibling, rename, delete, new SeparatorMenuItem(), findItem,
                new SeparatorMenuItem(), tiers);
        edit.setOnShowing(e -> {
            cut.setDisable(model.selection().isEmpty());
            copy.setDisable(model.selection().isEmpty());
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
        MenuItem zoomSelection = item("Zoom to Selection", "Shortcut+Shift+0", model::zoomToSelection);
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
        Menu view = new Menu("View", null, fit, zoomSelection, zoomIn, zoomOut, new SeparatorMenuItem(), collapse,
                new SeparatorMenuItem(), byDepth, byTier, compact, leftRight);

        MenuItem about = item("About " + AppInfo.NAME, null, model::showAbout);
        Menu help = new Menu("Help", null, about);

        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static void fillRecent(Menu recent, ChartWindowModel model) {
        recent.getItems().clear();
        for (java.nio.file.Path file : model.recentFiles().files()) {
            MenuItem open = item(String.valueOf(file.getFileName()), null, () -> model.openRecent(file));
            open.setMnemonicParsing(false);
            recent.getItems().add(open);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent charts");
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            recent.getItems().addAll(new SeparatorMenuItem(), item("Clear the List", null, () -> model.recentFiles().clear()));
        }
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
