package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.layout.LayoutOptions.Rows;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.SavedView;
import dev.orgwright.model.Views;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View → Views in the real window: views saved, the chart reopened with its last view, views switched and deleted. */
@ExtendWith(ApplicationExtension.class)
class ViewsWindowTest {

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainWindow window;

    @TempDir
    Path folder;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, dialogs);
    }

    private ChartWindowModel model() {
        return window.model();
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        T value = WaitForAsyncUtils.asyncFx(task).get();
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    private static Stream<MenuItem> flat(MenuItem item) {
        return item instanceof Menu menu ? Stream.concat(Stream.of(item), menu.getItems().stream()
                .flatMap(ViewsWindowTest::flat)) : Stream.of(item);
    }

    /** The Views submenu, refilled as when the user opens it. */
    private Menu viewsMenu(FxRobot robot) throws Exception {
        Menu views = (Menu) robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(ViewsWindowTest::flat).filter(i -> "views-menu".equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no Views menu"));
        onFx(() -> {
            views.getOnShowing().handle(null);
            return null;
        });
        return views;
    }

    private void fire(FxRobot robot, String id) throws Exception {
        MenuItem item = viewsMenu(robot).getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id));
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> entries(FxRobot robot) throws Exception {
        return viewsMenu(robot).getItems().stream().filter(MenuItem::isVisible)
                .map(i -> i.getText() == null ? "-" : i.getText()).toList();
    }

    /** A manager below the top whose team can be folded. */
    private static PositionId manager(Chart chart) {
        for (Position p : chart.inTreeOrder()) {
            if (p.reportsTo() != null && !chart.childrenOf(p.id()).isEmpty()) {
                return p.id();
            }
        }
        throw new AssertionError("no manager below the top");
    }

    @Test
    void viewsAreSavedTheChartReopensWithItsLastViewAndTheViewsSwitchFoldedTeamsAndRows(FxRobot robot)
            throws Exception {
        PositionId folded = onFx(() -> manager(model().chart()));
        PositionId report = onFx(() -> model().chart().childrenOf(folded).get(0));
        assertEquals(List.of("No saved views", "-", "Save Current View As…", "Delete View…"), entries(robot));

        // "Everyone": rows by depth, nothing folded, as a new window shows the chart.
        dialogs.textAnswer = "Everyone";
        fire(robot, "save-view-item");
        // "Board": rows by tier, one team folded.
        robot.interact(() -> {
            model().setLayoutOptions(model().layoutOptions().withRows(Rows.BY_TIER));
            model().toggleCollapsed(folded);
        });
        dialogs.textAnswer = "Board";
        fire(robot, "save-view-item");
        assertEquals(List.of("Everyone", "Board", "-", "Save Current View As…", "Delete View…"), entries(robot));
        assertTrue(((RadioMenuItem) viewsMenu(robot).getItems().get(1)).isSelected(), "the view shown is ticked");
        assertEquals("Save the view \"Board\"", onFx(() -> model().session().undoText()).replace("Undo ", ""),
                "saving a view is an edit of its own");

        // Saved and opened again: the window shows the last view, folded team and rows by tier.
        Path file = folder.resolve("views.orgchart.json");
        dialogs.fileToSave = file;
        robot.interact(() -> model().session().saveAs());
        assertEquals(List.of("Everyone", "Board"),
                Views.all(ChartFiles.load(file).settings()).stream().map(SavedView::name).toList());
        robot.interact(() -> model().session().newChart(MainWindow.blankChart()));
        assertEquals(Set.of(), onFx(() -> model().collapsed()));
        robot.interact(() -> model().session().open(file));
        assertEquals(Set.of(folded), onFx(() -> model().collapsed()), "the folded team comes back");
        assertEquals(Rows.BY_TIER, onFx(() -> model().layoutOptions().rows()));
        assertFalse(onFx(() -> model().layout().box(report).isPresent()), "the folded team's cards are not drawn");
        assertTrue(((RadioMenuItem) viewsMenu(robot).getItems().get(1)).isSelected(), "and it is still \"Board\"");

        // Switching views changes the folded teams and the rows.
        fire(robot, "show-view-0-item");
        assertEquals(Set.of(), onFx(() -> model().collapsed()));
        assertEquals(Rows.BY_DEPTH, onFx(() -> model().layoutOptions().rows()));
        assertTrue(onFx(() -> model().layout().box(report).isPresent()));
        assertTrue(((RadioMenuItem) viewsMenu(robot).getItems().get(0)).isSelected());
        fire(robot, "show-view-1-item");
        assertEquals(Set.of(folded), onFx(() -> model().collapsed()));
        assertEquals(Rows.BY_TIER, onFx(() -> model().layoutOptions().rows()));

        // Deleting a view is an edit that undo takes back.
        dialogs.choice = 0;
        fire(robot, "delete-view-item");
        assertEquals(List.of("Board", "-", "Save Current View As…", "Delete View…"), entries(robot));
        robot.interact(() -> model().undo());
        assertEquals(List.of("Everyone", "Board", "-", "Save Current View As…", "Delete View…"), entries(robot));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }
}
