package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.layout.Box;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.model.diff.Change;
import dev.orgwright.model.diff.ChangeKind;
import dev.orgwright.render.ChangeMarks;
import dev.orgwright.render.Rgba;
import dev.orgwright.ui.compare.CompareModel;
import dev.orgwright.ui.compare.ComparePane;
import dev.orgwright.ui.compare.CompareWindow;
import dev.orgwright.ui.compare.LayoutTransition;
import dev.orgwright.ui.fx.CachedCardSizer;
import dev.orgwright.ui.fx.FxTextMeasure;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The comparison window: marks, the change list, the animated switch and File → Compare with…. */
@ExtendWith(ApplicationExtension.class)
public class CompareViewTest {

    private static final PositionId CPO = PositionId.of("cpo");
    private static final PositionId HEAD_LEGAL = PositionId.of("head-legal");
    private static final PositionId HEAD_PRODUCT = PositionId.of("head-product");

    @TempDir
    Path folder;

    private ComparePane pane;
    private Stage stage;

    /** The proposal: a new CPO takes the Head of Product, Legal goes, the CTO is retitled. */
    public static Chart proposal(Chart current) {
        Chart c = Edits.add(Position.of("cpo", "Chief Product Officer", Templates.SENIOR)
                .withReportsTo(PositionId.of("ceo")), 1).apply(current);
        c = Edits.move(HEAD_PRODUCT, CPO, -1).apply(c);
        c = Edits.removeWithSubtree(HEAD_LEGAL).apply(c);
        return Edits.setTitle(PositionId.of("cto"), "Chief Technology and Data Officer").apply(c);
    }

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Chart current = SampleCharts.leadershipTeam();
        pane = new ComparePane(new CompareModel(current, proposal(current),
                new CachedCardSizer(new dev.orgwright.render.CardSizing(new FxTextMeasure(),
                        dev.orgwright.render.Theme.LIGHT))), new RecordingDialogs());
        stage.setScene(new Scene(pane, 1400, 900));
        stage.show();
    }

    private CompareModel model() {
        return pane.model();
    }

    private <T> T onFx(java.util.concurrent.Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }

    private Change changeOf(ChangeKind kind) {
        return model().changes().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void theListHasEveryChangeAndTheBarALegendAndASummary(FxRobot robot) {
        ListView<?> list = robot.lookup("#change-list").queryAs(ListView.class);
        assertEquals(model().changes().size(), list.getItems().size());
        assertEquals(4, list.getItems().size()); // added, moved, retitled, removed
        assertEquals(5, robot.lookup("#legend").queryAs(HBox.class).getChildren().size());
        assertTrue(robot.lookup("#compare-summary").queryAs(Label.class).getText()
                .startsWith("4 changes: 1 added, 1 removed, 1 moved, 1 retitled"));
        assertTrue(model().ghosts().contains(HEAD_LEGAL));
    }

    @Test
    void clickingAChangeBringsItsCardIntoViewRingedInTheColourOfItsKind(FxRobot robot) throws Exception {
        // Zoomed far in on the top-left corner: the new CPO is out of view.
        robot.interact(() -> model().zoomAt(4, 0, 0));
        Box before = onFx(() -> model().viewBoxOf(CPO).orElseThrow());
        double width = pane.canvas().getWidth();
        double height = pane.canvas().getHeight();
        assertFalse(inside(before, width, height), "the test needs the card out of view first");

        Change added = changeOf(ChangeKind.ADDED);
        robot.clickOn(robot.lookup("#change-list .list-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> cell && cell.getItem() == added)
                .findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(added, model().focused().orElseThrow());
        Box after = onFx(() -> model().viewBoxOf(CPO).orElseThrow());
        assertTrue(inside(after, width, height), "the card should now be in view: " + after);
        WritableImage shot = onFx(() -> pane.canvas().canvas().snapshot(null, null));
        Color ring = shot.getPixelReader().getColor((int) Math.floor(after.x()) - 2, (int) after.centreY());
        assertClose(ChangeMarks.Colours.LIGHT.added(), ring);
    }

    @Test
    void theToggleAnimatesFromTheProposalToTheCurrentLayoutAndBack(FxRobot robot) throws Exception {
        assertTrue(onFx(() -> model().viewBoxOf(CPO).isPresent()));
        List<Double> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<LayoutTransition> inFlight = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> model().addListener(update -> {
            progress.add(model().progress());
            model().transition().ifPresent(inFlight::add);
        }));
        robot.clickOn("#show-current");
        // The switch starts at 0 with the cards in flight: Head of Product glides from under the CPO to under the CTO.
        assertEquals(0.0, progress.get(0));
        LayoutTransition.Card card = inFlight.get(0).cards().stream()
                .filter(c -> c.id().equals(HEAD_PRODUCT)).findFirst().orElseThrow();
        assertTrue(card.from() != null && card.to() != null && !card.from().equals(card.to()));
        Box halfway = card.at(0.5);
        assertEquals((card.from().x() + card.to().x()) / 2, halfway.x(), 1e-9);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, onFx(() -> model().progress()));
        assertEquals(1.0, progress.get(progress.size() - 1));
        assertTrue(progress.stream().allMatch(p -> p >= 0 && p <= 1));
        assertEquals(CompareModel.Side.CURRENT, model().side());
        assertFalse(onFx(() -> model().viewBoxOf(CPO).isPresent()), "the current chart has no CPO");
        // Head of Product is back under the CTO: left of where the proposal put it under the CPO.
        Box current = onFx(() -> model().viewBoxOf(HEAD_PRODUCT).orElseThrow());

        robot.clickOn("#show-proposed");
        WaitForAsyncUtils.waitForFxEvents();
        Box proposed = onFx(() -> model().viewBoxOf(HEAD_PRODUCT).orElseThrow());
        assertTrue(current.x() != proposed.x() || current.y() != proposed.y());
        assertEquals(CompareModel.Side.PROPOSED, model().side());
    }

    @Test
    void fileCompareWithOpensAComparisonAndABrokenFileIsReported(FxRobot robot) throws Exception {
        RecordingDialogs dialogs = new RecordingDialogs();
        Path current = folder.resolve("current.orgchart.json");
        ChartFiles.save(current, SampleCharts.leadershipTeam());
        Path broken = folder.resolve("broken.orgchart.json");
        Files.writeString(broken, "{ \"format\": ");
        MainWindow main = TestWindows.openAnotherOnSample(dialogs);
        MenuItem compare = onFx(() -> ((MenuBar) main.canvas().getScene().getRoot().lookup(".menu-bar"))
                .getMenus().get(0).getItems().stream().filter(i -> "compare-with-item".equals(i.getId()))
                .findFirst().orElseThrow());

        dialogs.fileToOpen = broken;
        int windows = onFx(() -> Window.getWindows().size());
        robot.interact(compare::fire);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith(CompareWindow.COMPARE_FAILED + ": broken.orgchart.json"),
                dialogs.errors.get(0));
        assertEquals(windows, (int) onFx(() -> Window.getWindows().size()));

        dialogs.fileToOpen = current;
        robot.interact(compare::fire);
        Stage opened = onFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s
                && s.getUserData() instanceof ComparePane).map(Stage.class::cast).findFirst().orElse(null));
        assertNotNull(opened);
        ComparePane shown = (ComparePane) opened.getUserData();
        assertTrue(shown.model().diff().isEmpty(), "the sample against itself has no changes");
        TestWindows.close(opened);
        TestWindows.close(main);
    }

    private static boolean inside(Box b, double width, double height) {
        return b.x() >= 0 && b.y() >= 0 && b.right() <= width && b.bottom() <= height;
    }

    private static void assertClose(Rgba expected, Color actual) {
        double d = Math.abs(expected.red() / 255.0 - actual.getRed()) + Math.abs(expected.green() / 255.0
                - actual.getGreen()) + Math.abs(expected.blue() / 255.0 - actual.getBlue());
        assertTrue(d < 0.15, "expected about " + expected + " but the pixel is " + actual);
    }
}
