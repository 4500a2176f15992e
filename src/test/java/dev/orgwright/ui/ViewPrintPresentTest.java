package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.LayoutOptions.Orientation;
import dev.orgwright.layout.LayoutOptions.Rows;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.SavedView;
import dev.orgwright.model.Views;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.ui.editor.EditorExportSource;
import dev.orgwright.ui.export.ChartPrinter;
import dev.orgwright.ui.fx.RecordingDialogs;
import dev.orgwright.ui.present.PresentationSteps;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Print and presentation take the view the window shows, chosen in View → Views. */
@ExtendWith(ApplicationExtension.class)
class ViewPrintPresentTest {

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainWindow window;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, dialogs);
    }

    @AfterEach
    void endPresentation() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.presentation().exit()).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        T value = WaitForAsyncUtils.asyncFx(task).get();
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    private static Stream<MenuItem> flat(MenuItem item) {
        return item instanceof Menu menu ? Stream.concat(Stream.of(item), menu.getItems().stream()
                .flatMap(ViewPrintPresentTest::flat)) : Stream.of(item);
    }

    /** Chooses the first saved view in View → Views, as the user does. */
    private void showFirstView(FxRobot robot) throws Exception {
        Menu views = (Menu) robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(ViewPrintPresentTest::flat).filter(i -> "views-menu".equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no Views menu"));
        onFx(() -> {
            views.getOnShowing().handle(null);
            return null;
        });
        MenuItem item = views.getItems().stream().filter(i -> "show-view-0-item".equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no saved view in the menu"));
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
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

    /** Presses the right arrow until the presentation shows step {@code index}. */
    private void stepTo(FxRobot robot, int index) {
        for (int i = window.presentation().index(); i < index; i++) {
            robot.press(javafx.scene.input.KeyCode.RIGHT).release(javafx.scene.input.KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(index, window.presentation().index());
    }

    private static List<PositionId> teams(List<PresentationSteps.Step> steps) {
        return steps.stream().map(PresentationSteps.Step::team).toList();
    }

    @Test
    void printAndPresentationDrawTheViewChosenInTheWindow(FxRobot robot) throws Exception {
        PositionId folded = onFx(() -> manager(window.model().chart()));
        PositionId report = onFx(() -> window.model().chart().childrenOf(folded).get(0));
        ChartPrinter printer = new ChartPrinter(new EditorExportSource(window.model()), dialogs, () -> null);

        ExportRequest before = onFx(() -> printer.request(window.exportDialog().settings()));
        assertFalse(before.collapsed().contains(folded));
        robot.interact(() -> window.presentation().enter());
        int unfoldedStep = teams(window.presentation().steps()).indexOf(folded);
        assertTrue(unfoldedStep > 0, "the team has a step of its own");
        stepTo(robot, unfoldedStep);
        assertTrue(window.presentation().shownPositions() > 1, "unfolded, the step shows the team");
        robot.interact(() -> window.presentation().exit());

        robot.interact(() -> window.model().applyOrExplain(Views.save("Save the view", new SavedView("Handout",
                null, null, "by-tier", "tidy", "left-right", List.of(folded.value()), List.of()))));
        showFirstView(robot);

        ExportRequest print = onFx(() -> printer.request(window.exportDialog().settings()));
        assertTrue(print.collapsed().contains(folded), "the print folds the view's team");
        assertEquals(Orientation.LEFT_RIGHT, print.layoutOptions().orientation());
        assertEquals(Rows.BY_TIER, print.layoutOptions().rows());
        assertFalse(onFx(() -> print.sheet(new dev.orgwright.ui.fx.FxTextMeasure()).layout().box(report).isPresent()),
                "the folded team's cards are not printed");

        robot.interact(() -> window.presentation().enter());
        List<PresentationSteps.Step> steps = window.presentation().steps();
        dev.orgwright.layout.Box whole = window.model().layout().bounds();
        assertEquals(whole.width(), steps.get(0).bounds().width(), 1e-6, "the whole chart as the window lays it out");
        assertTrue(whole.width() > whole.height(), "left to right, the chart is wider than high: " + whole);
        int stepOfFolded = teams(steps).indexOf(folded);
        assertTrue(stepOfFolded > 0, "the folded team's manager keeps a step: " + teams(steps));
        stepTo(robot, stepOfFolded);
        assertEquals(1, window.presentation().shownPositions(), "the step shows the folded card, not its team");
    }
}
