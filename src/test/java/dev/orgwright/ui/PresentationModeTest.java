package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.Box;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.Viewport;
import dev.orgwright.ui.fx.RecordingDialogs;
import dev.orgwright.ui.present.PresentationMode;
import dev.orgwright.ui.present.PresentationSteps;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode in the real window: F5, stepping with the keys, Esc. */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = TestWindows.openOnSample(stage, dialogs);
    }

    @AfterEach
    void endPresentation() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.presentation().exit()).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void key(FxRobot robot, KeyCode key) {
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The view is centred across on {@code bounds} and shows all of it above the caption's strip. */
    private static void assertShows(Box bounds, Viewport v) {
        assertEquals(bounds.centreX(), v.originX() + v.chartWidth() / 2, 0.5, "centred across");
        assertTrue(bounds.width() <= v.chartWidth() + 0.5, "all of it in view across");
        assertTrue(v.toSurfaceY(bounds.y()) >= -0.5, "its top in view");
        assertTrue(v.toSurfaceY(bounds.bottom()) <= v.height() - PresentationMode.CAPTION_ROOM + 0.5,
                "its bottom above the caption: " + v.toSurfaceY(bounds.bottom()) + " of " + v.height());
    }

    @Test
    void f5PresentsTheChartFullScreenAndTheArrowsStepThroughItsParts(FxRobot robot) {
        PositionId selected = PositionId.of("coo");
        robot.interact(() -> window.model().select(selected));
        Viewport before = window.model().view().viewport();
        robot.clickOn("#chart-canvas", javafx.scene.input.MouseButton.SECONDARY);
        window.model().select(selected);
        key(robot, KeyCode.F5);

        PresentationMode p = window.presentation();
        assertTrue(p.isActive());
        assertTrue(stage.isFullScreen(), "full screen");
        assertTrue(robot.lookup("#toolbar").tryQuery().isEmpty(), "no toolbar");
        assertTrue(robot.lookup(".menu-bar").tryQuery().isEmpty(), "no menus");
        assertTrue(robot.lookup("#summary-status").tryQuery().isEmpty(), "no status bar");
        assertFalse(window.outline().getScene() != null, "no outline");
        assertFalse(window.inspector().getScene() != null, "no inspector");
        assertFalse(window.findings().getScene() != null, "no findings");

        List<PresentationSteps.Step> steps = p.steps();
        assertEquals(List.of("Leadership team", "Chief Technology Officer", "Chief Operating Officer",
                "Chief Financial Officer"), steps.stream().map(PresentationSteps.Step::caption).toList());
        assertShows(steps.get(0).bounds(), window.model().view().viewport());
        assertEquals(window.model().chart().size(), p.shownPositions(), "the whole chart first");
        for (int i = 1; i < steps.size(); i++) {
            key(robot, i % 2 == 0 ? KeyCode.RIGHT : KeyCode.SPACE);
            assertEquals(i, p.index());
            assertShows(p.shownBounds(), window.model().view().viewport());
            // A team's step shows that team alone: no card of a neighbouring team at its edges.
            assertEquals(window.model().chart().subtree(steps.get(i).team()).size(), p.shownPositions(),
                    "the team of " + steps.get(i).caption() + " alone");
            Label label = robot.lookup("#presentation-caption").queryAs(Label.class);
            double captionTop = label.localToScene(label.getBoundsInLocal()).getMinY()
                    - window.canvas().localToScene(window.canvas().getBoundsInLocal()).getMinY();
            assertTrue(captionTop >= window.model().view().viewport().height() - PresentationMode.CAPTION_ROOM - 0.5,
                    "the caption sits in the strip kept for it: " + captionTop);
            assertEquals((i + 1) + " / " + steps.size() + " · " + steps.get(i).caption(),
                    robot.lookup("#presentation-caption").queryAs(Label.class).getText());
        }
        key(robot, KeyCode.PAGE_DOWN);
        assertEquals(steps.size() - 1, p.index(), "the last step stays");
        key(robot, KeyCode.LEFT);
        assertShows(p.shownBounds(), window.model().view().viewport());
        key(robot, KeyCode.PAGE_UP);
        assertEquals(steps.size() - 3, p.index());
        assertEquals(selected, window.model().selection().orElseThrow(), "the keys did not edit or select");

        key(robot, KeyCode.ESCAPE);
        assertFalse(p.isActive());
        assertFalse(stage.isFullScreen());
        assertTrue(robot.lookup("#toolbar").tryQuery().isPresent(), "the toolbar is back");
        assertTrue(robot.lookup(".menu-bar").tryQuery().isPresent(), "the menus are back");
        assertTrue(window.outline().getScene() != null && window.inspector().getScene() != null
                && window.findings().getScene() != null, "the panels are back");
        assertEquals(selected, window.model().selection().orElseThrow(), "the selection is kept");
        Viewport after = window.model().view().viewport();
        assertEquals(before.originX(), after.originX(), 1e-6);
        assertEquals(before.originY(), after.originY(), 1e-6);
        assertEquals(before.scale(), after.scale(), 1e-9, "the view is as it was");
    }

    @Test
    void whatTheExportDialogHidesStaysHiddenInThePresentation(FxRobot robot) throws Exception {
        robot.clickOn("#chart-canvas", javafx.scene.input.MouseButton.SECONDARY);
        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#export-holders");
        robot.clickOn("#export-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.exportDialog().settings().options().holders());

        robot.interact(() -> window.presentation().enter());
        Box presented = window.presentation().steps().get(0).bounds();
        Box editing = window.model().layout().bounds();
        assertTrue(presented.height() < editing.height(),
                "cards without holders' names are shorter: " + presented + " vs " + editing);
        for (int i = 1; i < window.presentation().steps().size(); i++) {
            key(robot, KeyCode.RIGHT);
            assertShows(window.presentation().shownBounds(), window.model().view().viewport());
        }
    }

    /** Waits for the check of the presentation's texts, which runs beside it, and its notice. */
    private void told() {
        try {
            window.presentation().undrawnTold().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the texts were not checked", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aTextNoFontCanDrawIsNamedWhenThePresentationStartsAndTheNoticeGoesOnTheFirstStep(FxRobot robot) {
        // U+E000 (private use) is in no font installed for the tests: fc-list ':charset=e000' lists none.
        String holder = "Zo\u00EB \uE000";
        PositionId cfo = PositionId.of("cfo");
        robot.interact(() -> window.model().apply(dev.orgwright.model.Edits.setHolder(cfo, holder)));
        robot.interact(() -> window.presentation().enter());
        told();

        String notice = window.presentation().notice();
        assertTrue(robot.lookup("#presentation-notice").queryAs(Label.class).isVisible(), "the notice is shown");
        assertTrue(notice.startsWith("1 text cannot be drawn whole"), notice);
        assertTrue(notice.contains("position cfo: \"" + holder + "\" lost \uE000 (U+E000)"), notice);

        key(robot, KeyCode.RIGHT);
        assertEquals("", window.presentation().notice(), "stepping on puts the notice away");
        assertFalse(robot.lookup("#presentation-notice").queryAs(Label.class).isVisible());
    }

    @Test
    void aChartEveryFontDrawsStartsWithoutANotice(FxRobot robot) throws Exception {
        robot.interact(() -> window.presentation().enter());
        told();
        assertEquals("", window.presentation().notice());
    }
}
