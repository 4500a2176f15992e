package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.PositionId;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a drag on the canvas shows while it runs and leaves behind: the Alt variant, the selection, the view. */
@ExtendWith(ApplicationExtension.class)
class CanvasDragFeedbackTest {

    private static final PositionId CEO = PositionId.of("ceo");
    private static final PositionId COO = PositionId.of("coo");
    private static final PositionId CFO = PositionId.of("cfo");

    private MainWindow window;
    private final List<KeyEvent> altReleasesSeenByTheScene = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, new RecordingDialogs());
        window.model().view().fit();
        // Where the menu bar listens: a release that gets here highlights the File menu.
        stage.getScene().addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.ALT) {
                altReleasesSeenByTheScene.add(e);
            }
        });
    }

    @Test
    void anAltDragLooksDifferentFromAMoveAndItsAltOpensNoMenu(FxRobot robot) throws Exception {
        Point2D from = TestWindows.centreOf(window, CFO);
        Point2D onto = TestWindows.centreOf(window, COO);
        robot.moveTo(from).press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D(from.getX() + 12, from.getY() + 12));
        assertFalse(window.canvas().isDottedLineDrag(), "a plain drag moves");
        assertEquals(Cursor.MOVE, window.canvas().getCursor());

        robot.press(KeyCode.ALT);
        robot.moveTo(onto);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.canvas().isDottedLineDrag(), "with Alt held the drag adds a dotted line");
        assertEquals(Cursor.CROSSHAIR, window.canvas().getCursor(), "and the pointer says so");

        robot.release(MouseButton.PRIMARY);
        robot.release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(COO), window.model().chart().position(CFO).dottedLines());
        assertEquals(CEO, window.model().chart().position(CFO).reportsTo(), "a dotted line, not a move");
        assertTrue(altReleasesSeenByTheScene.isEmpty(), "the Alt that ended the drag never reached the menu bar");
        assertFalse(window.canvas().isDottedLineDrag());

        robot.press(KeyCode.ALT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, altReleasesSeenByTheScene.size(), "Alt pressed alone still reaches the menu bar");
    }

    @Test
    void aCardDroppedWithoutBeingSelectedIsSelectedAndKeptInView(FxRobot robot) throws Exception {
        PositionId dragged = window.model().chart().childrenOf(COO).get(0);
        robot.interact(() -> window.model().select(null));
        Point2D from = TestWindows.centreOf(window, dragged);
        Point2D onto = TestWindows.centreOf(window, CFO);
        robot.moveTo(from).press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D(from.getX() + 12, from.getY() + 12));
        robot.moveTo(onto);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(CFO, window.model().chart().position(dragged).reportsTo());
        assertEquals(dragged, window.model().selection().orElseThrow(), "the dropped card is selected");
        var box = WaitForAsyncUtils.asyncFx(() -> window.model().view().viewBoxOf(dragged).orElseThrow()).get();
        double width = window.canvas().getWidth();
        double height = window.canvas().getHeight();
        assertTrue(box.x() >= 0 && box.y() >= 0 && box.x() + box.width() <= width && box.y() + box.height() <= height,
                "the view follows it: " + box + " in " + width + " × " + height);
    }
}
