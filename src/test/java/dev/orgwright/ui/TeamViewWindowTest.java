package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartWriter;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.SavedView;
import dev.orgwright.model.Views;
import dev.orgwright.render.LineStyle;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Surface;
import dev.orgwright.render.TextAlign;
import dev.orgwright.render.TextStyle;
import dev.orgwright.ui.canvas.TeamBar;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A view's root and hide list in the real window: a saved view with a root shows that team alone
 * under a bar leading back to the whole chart, a card's menu shows its team, the View menu's
 * toggles take holders, badges and the legend off the canvas, and a save keeps all of it.
 */
@ExtendWith(ApplicationExtension.class)
class TeamViewWindowTest {

    private static final PositionId CEO = PositionId.of("ceo");
    private static final PositionId CTO = PositionId.of("cto");
    private static final PositionId COO = PositionId.of("coo");
    private static final PositionId CFO = PositionId.of("cfo");
    private static final PositionId HEAD_ENG = PositionId.of("head-eng");

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
                .flatMap(TeamViewWindowTest::flat)) : Stream.of(item);
    }

    /** The menu item {@code id} of the menu bar, its submenus refilled as when the user opens them. */
    private MenuItem menuItem(FxRobot robot, String id) throws Exception {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        onFx(() -> {
            bar.getMenus().stream().flatMap(TeamViewWindowTest::flat).filter(Menu.class::isInstance)
                    .map(Menu.class::cast).filter(m -> m.getOnShowing() != null).toList()
                    .forEach(m -> m.getOnShowing().handle(null));
            return null;
        });
        return bar.getMenus().stream().flatMap(TeamViewWindowTest::flat).filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private void fire(FxRobot robot, String id) throws Exception {
        MenuItem item = menuItem(robot, id);
        assertFalse(item.isDisable(), id + " is enabled");
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean drawn(PositionId id) throws Exception {
        return onFx(() -> window.canvas().screenBoundsOf(id).isPresent());
    }

    private TeamBar teamBar(FxRobot robot) {
        return robot.lookup("#team-bar").queryAs(TeamBar.class);
    }

    /** What a screen reader hears from the canvas: the selected card as it is drawn. */
    private String spoken() throws Exception {
        return onFx(() -> (String) window.canvas().queryAccessibleAttribute(AccessibleAttribute.TEXT));
    }

    /** The texts the canvas's own painter draws for the window's chart, layout and marks. */
    private List<String> paintedTexts() throws Exception {
        return onFx(() -> {
            List<String> texts = new ArrayList<>();
            Surface surface = new Surface() {
                private final dev.orgwright.render.TextMeasure measure = new dev.orgwright.ui.fx.FxTextMeasure();

                @Override
                public dev.orgwright.render.TextMeasure measure() {
                    return measure; // as the canvas measures, so that titles wrap as on the screen
                }

                @Override
                public void fillRect(double x, double y, double w, double h, double r, Rgba fill) {
                }

                @Override
                public void strokeRect(double x, double y, double w, double h, double r, LineStyle style) {
                }

                @Override
                public void line(double x1, double y1, double x2, double y2, LineStyle style) {
                }

                @Override
                public void polyline(double[] xs, double[] ys, LineStyle style) {
                }

                @Override
                public void text(String text, double x, double baseline, TextAlign align, TextStyle style) {
                    texts.add(text);
                }

                @Override
                public void pushClip(double x, double y, double w, double h) {
                }

                @Override
                public void popClip() {
                }
            };
            window.canvas().painter().paint(surface, model().chart(), model().layout(), model().view().viewport(),
                    model().decorations());
            return texts;
        });
    }

    /** The pixels of the canvas's bottom-left corner, where the legend is drawn. */
    private int[] legendCorner() throws Exception {
        return onFx(() -> {
            WritableImage shot = window.canvas().snapshot(null, null);
            PixelReader pixels = shot.getPixelReader();
            int h = (int) shot.getHeight();
            int[] out = new int[260 * 120];
            for (int y = 0; y < 120; y++) {
                for (int x = 0; x < 260; x++) {
                    out[y * 260 + x] = pixels.getArgb(x, h - 120 + y);
                }
            }
            return out;
        });
    }

    @Test
    void aSavedViewWithARootShowsThatTeamAloneUnderABarThatLeadsBackToTheWholeChart(FxRobot robot) throws Exception {
        SavedView tech = new SavedView("Technology", "cto", null, null, null, null, List.of(), List.of());
        robot.interact(() -> model().apply(Views.save("Save the view", tech)));
        assertFalse(teamBar(robot).isVisible(), "no bar while the whole chart is shown");

        fire(robot, "show-view-0-item");

        assertTrue(drawn(CTO) && drawn(HEAD_ENG), "the CTO's team is drawn");
        assertFalse(drawn(CEO) || drawn(CFO), "the rest of the chart is not laid out");
        assertEquals(4, onFx(() -> model().layout().size()));
        assertTrue(teamBar(robot).isVisible());
        assertEquals("Showing only the team of Chief Technology Officer: 4 positions. The rest of the chart is hidden.",
                onFx(() -> teamBar(robot).text()));

        // Cards are hit where the team's layout puts them.
        robot.clickOn(TestWindows.centreOf(window.canvas(), HEAD_ENG));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(HEAD_ENG, model().selection().orElseThrow());

        robot.clickOn(robot.lookup("#team-bar-whole").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(drawn(CEO) && drawn(CFO), "the whole chart again");
        assertFalse(teamBar(robot).isVisible());
        assertTrue(onFx(() -> model().shownRoot().isEmpty()));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void aFittedChartOrTeamLiesClearOfTheLegendDrawnOverTheCanvas(FxRobot robot) throws Exception {
        // The HR export: its auto layout fills the window's shape, so its bottom-left cards meet the legend's corner.
        Path csv = Path.of(TeamViewWindowTest.class.getResource("/dev/orgwright/io/csv/org-chart-sample.csv").toURI());
        Path file = folder.resolve("hr.orgchart.json");
        dev.orgwright.io.ChartFiles.save(file, dev.orgwright.io.csv.CsvImport.importFile(csv,
                dev.orgwright.io.csv.ImportOptions.titled("HR")).chart());
        assertTrue(onFx(() -> model().session().open(file)));
        for (PositionId root : new PositionId[] {PositionId.of("101"), PositionId.of("100"), null}) {
            robot.interact(() -> model().showTeam(root));
            robot.interact(() -> model().view().fit());
            assertCardsClearOfTheLegend(root + " after Fit All");
        }
    }

    private void assertCardsClearOfTheLegend(String when) throws Exception {
        dev.orgwright.layout.Box legend = onFx(() -> window.canvas().legendBounds()).orElseThrow();
        List<String> under = onFx(() -> {
            List<String> out = new ArrayList<>();
            for (dev.orgwright.model.Position p : model().chart().inTreeOrder()) {
                if (model().view().viewBoxOf(p.id()).filter(b -> b.overlaps(legend)).isPresent()) {
                    out.add(p.title());
                }
            }
            return out;
        });
        assertEquals(List.of(), under, when + ": cards under the legend at " + legend);
    }

    @Test
    void aCardsMenuShowsItsTeamAndTheViewMenuTheWholeChart(FxRobot robot) throws Exception {
        Point2D coo = TestWindows.centreOf(window.canvas(), COO);
        robot.moveTo(coo);
        robot.interact(() -> {
            Point2D scene = window.canvas().localToScene(window.canvas().screenToLocal(coo));
            Event.fireEvent(window.canvas(), new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    scene.getX(), scene.getY(), coo.getX(), coo.getY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#context-show-team").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(COO, onFx(() -> model().shownRoot().orElseThrow()));
        assertEquals("coo", onFx(() -> model().currentView().root()), "the view shown carries the root");
        assertFalse(drawn(CTO));
        assertTrue(drawn(PositionId.of("head-sales")));

        // Fit All fits the team: every card of it inside the canvas.
        robot.interact(() -> model().view().zoomBy(3));
        fire(robot, "fit-item");
        javafx.geometry.Bounds area = onFx(() -> window.canvas().localToScreen(window.canvas().getBoundsInLocal()));
        for (PositionId id : onFx(() -> model().chart().subtree(COO))) {
            javafx.geometry.Bounds card = TestWindows.screenBoundsOf(window, id);
            assertTrue(area.contains(card), id + " is inside the canvas after Fit All");
        }

        fire(robot, "show-whole-chart-item");
        assertTrue(drawn(CTO));
        assertTrue(menuItem(robot, "show-whole-chart-item").isDisable(), "nothing to go back to");
    }

    @Test
    void theViewMenuTakesHoldersBadgesAndTheLegendOffTheCanvasAndASaveKeepsThemAndTheTeam(FxRobot robot)
            throws Exception {
        robot.interact(() -> model().select(CFO));
        assertTrue(spoken().contains("Hannah Mercer"), spoken());
        assertTrue(paintedTexts().contains("Hannah Mercer"));
        assertTrue(onFx(() -> model().decorations().findings() != null), "badges are drawn");
        int[] withLegend = legendCorner();

        fire(robot, "show-holders-item");
        assertFalse(((CheckMenuItem) menuItem(robot, "show-holders-item")).isSelected());
        assertFalse(spoken().contains("Hannah Mercer"), spoken());
        assertFalse(paintedTexts().contains("Hannah Mercer"), "the holder's name is not painted");
        assertTrue(paintedTexts().contains("Chief Financial Officer"), "the titles still are: " + paintedTexts());

        assertTrue(paintedTexts().contains("2"), "the badge of a card with two findings");
        fire(robot, "show-badges-item");
        assertTrue(onFx(() -> model().decorations().findings() == null), "no badges are drawn");
        assertFalse(paintedTexts().contains("2") || paintedTexts().contains("1"), "no badge counts are painted");
        assertFalse(spoken().contains("finding"), spoken());

        assertTrue(onFx(() -> window.canvas().showsLegend()));
        fire(robot, "show-legend-item");
        assertFalse(onFx(() -> window.canvas().showsLegend()));
        assertFalse(java.util.Arrays.equals(withLegend, legendCorner()), "the legend is gone from its corner");
        assertFalse(onFx(() -> model().session().canUndo()), "hiding parts of the cards is no edit");

        robot.interact(() -> model().showTeam(CFO));
        Path file = folder.resolve("finance.orgchart.json");
        dialogs.fileToSave = file;
        robot.interact(() -> model().session().saveAs());
        SavedView saved = Views.current(ChartFiles.load(file).settings()).orElseThrow();
        assertEquals("cfo", saved.root());
        assertEquals(List.of("holders", "badges", "legend"), saved.hide());

        robot.interact(() -> model().session().newChart(MainWindow.blankChart()));
        assertFalse(teamBar(robot).isVisible());
        robot.interact(() -> model().session().open(file));
        assertEquals(CFO, onFx(() -> model().shownRoot().orElseThrow()), "the chart reopens on its team");
        assertTrue(teamBar(robot).isVisible());
        assertFalse(drawn(CEO));
        assertFalse(((CheckMenuItem) menuItem(robot, "show-holders-item")).isSelected());
        assertFalse(((CheckMenuItem) menuItem(robot, "show-legend-item")).isSelected());
        robot.interact(() -> model().select(PositionId.of("head-finance")));
        assertFalse(paintedTexts().contains("Olivia Chen"), "holders stay off the cards");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void aFileNamingAnUnknownRootOpensOnTheWholeChartWithoutAnError(FxRobot robot) throws Exception {
        Chart sample = SampleCharts.leadershipTeam();
        SavedView gone = new SavedView(null, "no-such-post", null, null, null, null, List.of(), List.of());
        Path file = folder.resolve("gone.orgchart.json");
        Files.write(file, ChartWriter.toBytes(sample.withSettings(Views.withCurrent(sample.settings(), gone))));

        robot.interact(() -> model().session().open(file));

        assertTrue(onFx(() -> model().shownRoot().isEmpty()));
        assertTrue(drawn(CEO) && drawn(HEAD_ENG), "the whole chart is shown");
        assertFalse(teamBar(robot).isVisible());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void presentingTheWindowWhileItShowsATeamPresentsThatTeamWithoutThePartsItLeavesOut(FxRobot robot)
            throws Exception {
        robot.interact(() -> model().showTeam(COO));
        robot.interact(() -> window.presentation().enter());
        List<dev.orgwright.ui.present.PresentationSteps.Step> steps = onFx(() -> window.presentation().steps());
        assertEquals(onFx(() -> model().layout().bounds()), steps.get(0).bounds(), "the first slide is the team");
        List<PositionId> team = onFx(() -> model().chart().subtree(COO));
        steps.stream().filter(s -> s.team() != null).forEach(s -> assertTrue(team.contains(s.team()),
                s.team() + " is a team inside the one shown"));
        robot.interact(() -> window.presentation().exit());

        double withHolders = onFx(() -> model().layout().bounds().height());
        fire(robot, "show-holders-item");
        robot.interact(() -> window.presentation().enter());
        double presented = onFx(() -> window.presentation().steps().get(0).bounds().height());
        assertTrue(presented < withHolders, "cards without holders' names are shorter: " + presented);
        robot.interact(() -> window.presentation().exit());
    }
}
