package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.PositionId;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.WindowChange;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.BaseRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What one gesture in the real window costs in notifications: a pan step reaches only what
 * shows the view, a drop is told once, whatever the number of panels.
 */
@ExtendWith(ApplicationExtension.class)
class ListenerRunsTest {

    private static final PositionId CFO = PositionId.of("cfo");
    private static final PositionId HEAD_OF_SALES = PositionId.of("head-sales");

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainWindow window;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, dialogs);
        window.model().view().fit();
    }

    private ChartWindowModel model() {
        return window.model();
    }

    /** Notifications and listener runs since the window opened. */
    private long[] counts() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> model().notificationCounts()).get();
    }

    /** The robot that moves the pointer in one step, as one mouse event. */
    private static BaseRobot base(FxRobot robot) {
        return robot.robotContext().getBaseRobot();
    }

    private static void step(FxRobot robot, Point2D to) {
        base(robot).moveMouse(to);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aPanStepOnTheBackgroundIsOneChangeOfTheViewThatNoPanelHears(FxRobot robot) throws Exception {
        List<WindowChange> panels = new ArrayList<>();
        robot.interact(() -> model().listen(EnumSet.of(Aspect.CHART, Aspect.SELECTION, Aspect.DOCUMENT), panels::add));
        javafx.scene.Node canvas = robot.lookup("#chart-canvas").query();
        javafx.geometry.Bounds area = canvas.localToScreen(canvas.getBoundsInLocal());
        Point2D corner = new Point2D(area.getMinX() + 10, area.getMinY() + 10); // the fit leaves a margin there
        step(robot, corner);
        base(robot).pressMouse(MouseButton.PRIMARY);
        var viewBefore = WaitForAsyncUtils.asyncFx(() -> model().view().viewport()).get();
        long[] before = counts();

        step(robot, corner.add(6, 0));
        long[] after = counts();
        base(robot).releaseMouse(MouseButton.PRIMARY);

        assertTrue(WaitForAsyncUtils.asyncFx(() -> model().view().viewport()).get().originX() < viewBefore.originX(),
                "the view moved with the pointer");
        assertEquals(1, after[0] - before[0], "one pan step, one notification");
        assertEquals(2, after[1] - before[1], "the canvas and the zoom figure, nothing else");
        assertEquals(List.of(), panels, "no inspector, outline, findings, title or menu work for a pan");
    }

    @Test
    void aDropIsOneNotificationForItsReleaseAndOneForEachStepOfTheDrag(FxRobot robot) throws Exception {
        Point2D start = TestWindows.centreOf(window, HEAD_OF_SALES);
        Point2D end = TestWindows.centreOf(window, CFO);
        step(robot, start);
        long[] before = counts();
        base(robot).pressMouse(MouseButton.PRIMARY);
        step(robot, start.add(12, 12)); // past the threshold: the drag begins over its own card
        step(robot, end);
        long[] hovered = counts();

        base(robot).releaseMouse(MouseButton.PRIMARY);
        long[] after = counts();

        assertEquals(CFO, model().chart().position(HEAD_OF_SALES).reportsTo());
        assertEquals(2, hovered[0] - before[0], "the press tells nothing; each drag step one change of the marks");
        assertEquals(1, after[0] - hovered[0], "the last hover and the drop are one change");
        assertTrue(after[1] - hovered[1] >= 5, "the panels that show the chart follow the drop");
    }
}
