package dev.orgwright.ui;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Messages;
import dev.orgwright.model.Templates;
import dev.orgwright.render.ChartPainter;
import dev.orgwright.render.Theme;
import dev.orgwright.ui.canvas.ChartCanvas;
import dev.orgwright.ui.canvas.TeamBar;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.EditorCommands;
import dev.orgwright.ui.editor.EditorExportSource;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import dev.orgwright.ui.export.ExportDialog;
import dev.orgwright.ui.fx.ActionControls;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.Texts;
import dev.orgwright.ui.panels.FindingsPane;
import dev.orgwright.ui.panels.InspectorPane;
import dev.orgwright.ui.panels.OutlinePane;
import dev.orgwright.ui.panels.ScenarioSwitcher;
import dev.orgwright.ui.panels.SearchBar;
import dev.orgwright.ui.present.PresentationMode;
import java.util.EnumSet;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's scene: menus and toolbar, the chart canvas over the findings pane, the outline
 * and the inspector beside them, and a status bar, all showing one model. The menus, the toolbar
 * and the canvas's context menus are made from one list of actions ({@link WindowActions}).
 */
final class MainWindow {

    private final ChartWindowModel model;
    private final ChartCanvas canvas;
    private final FindingsPane findings;
    private final InspectorPane inspector;
    private final OutlinePane outline;
    private final SearchBar search;
    private final VBox aboveCanvas;
    private final ExportDialog export;
    private final PresentationMode presentation;
    private final ViewOptions view;
    private final NoticeTimer notices;

    MainWindow(Stage stage, ChartWindowModel model, Dialogs dialogs) {
        this.model = model;
        EditorCommands commands = new EditorCommands(model, dialogs);
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

        search = new SearchBar(model, this::closeSearch);
        search.setVisible(false);
        search.setManaged(false);
        // The search bar joins the scene when it first opens: until then it costs the first frame nothing.
        aboveCanvas = new VBox(new TeamBar(model));
        BorderPane canvasArea = new BorderPane(canvas, aboveCanvas, null, null, null);
        SplitPane centre = new SplitPane(canvasArea, findings);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.78);
        SplitPane main = new SplitPane(outline, centre, inspector);
        main.setDividerPositions(0.13, 0.83);
        SplitPane.setResizableWithParent(outline, false);
        SplitPane.setResizableWithParent(inspector, false);
        SplitPane.setResizableWithParent(findings, false);

        BorderPane root = new BorderPane(main, null, null, status, null);
        export = new ExportDialog(new EditorExportSource(model), dialogs, model::setNotice);
        presentation = new PresentationMode(stage, root, canvas, model, () -> export.settings().options());
        view = new ViewOptions(java.util.prefs.Preferences.userNodeForPackage(ViewOptions.class), root, canvas);
        WindowActions actions = new WindowActions(model, dialogs, stage, commands, export, this::openSearch,
                presentation::enter, view);
        ActionControls controls = new ActionControls();
        MenuBar menuBar = controls.menuBar(actions.menuBar());
        menuBar.setUseSystemMenuBar(true);
        ToolBar toolbar = controls.toolbar("toolbar", actions.toolbar());
        toolbar.getItems().addAll(new Separator(), new ScenarioSwitcher(model, actions.scenarioCommands()));
        root.setTop(new VBox(menuBar, toolbar));
        CanvasContextMenu.attach(canvas, model, controls.contextMenu("card-menu", actions.cardMenu()),
                controls.contextMenu("canvas-menu", actions.backgroundMenu()));

        // Nearly the whole screen, within reason: org charts are wide.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.max(800, Math.min(1920, screen.getWidth() * 0.95)),
                Math.max(560, Math.min(1200, screen.getHeight() * 0.9)));
        scene.getStylesheets().add(MainWindow.class.getResource("orgwright.css").toExternalForm());
        acceptDroppedFiles(scene, model);
        // Before the menu bar's own filter on the scene: an Alt that ended a dotted-line drag opens no menu.
        stage.addEventFilter(javafx.scene.input.KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ALT && canvas.takesAltRelease()) {
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setMinWidth(480);
        stage.setMinHeight(320);
        stage.setOnCloseRequest(e -> {
            if (!model.session().confirmDiscardingChanges()) {
                e.consume();
            }
        });

        // Each part follows only what it shows: a pan step updates the zoom figure and nothing else here.
        model.listen(EnumSet.of(Aspect.CHART, Aspect.DOCUMENT), change -> stage.setTitle(model.session().windowTitle()));
        model.listen(EnumSet.of(Aspect.CHART, Aspect.VIEW), change -> summary.setText(model.summaryText()));
        model.listen(EnumSet.of(Aspect.CHART, Aspect.SELECTION, Aspect.MARKS),
                change -> selection.setText(model.selectionText()));
        model.listen(EnumSet.of(Aspect.CHART, Aspect.LAYOUT, Aspect.SELECTION, Aspect.DOCUMENT),
                change -> controls.refresh());
        stage.setTitle(model.session().windowTitle());
        summary.setText(model.summaryText());
        selection.setText(model.selectionText());
        controls.refresh();
        notices = new NoticeTimer(model);
        canvas.requestFocus();
    }

    ExportDialog exportDialog() {
        return export;
    }

    ViewOptions viewOptions() {
        return view;
    }

    NoticeTimer notices() {
        return notices;
    }

    PresentationMode presentation() {
        return presentation;
    }

    private void openSearch() {
        if (search.getParent() == null) {
            aboveCanvas.getChildren().add(0, search);
        }
        search.open();
    }

    private void closeSearch() {
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

    /** A new chart: no positions yet, the standard tiers and their catalog in the language of the program. */
    static Chart blankChart() {
        return Chart.empty(Texts.t("window.untitledChart"), Templates.leadershipTeam(Messages.locale()));
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
                    && model.session().open(e.getDragboard().getFiles().get(0).toPath());
            e.setDropCompleted(opened);
            e.consume();
        });
    }
}
