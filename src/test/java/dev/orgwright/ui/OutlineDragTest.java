package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drag and drop in the outline, with the mouse, as on the canvas: a row dropped on another reports there. */
@ExtendWith(ApplicationExtension.class)
class OutlineDragTest {

    private static final PositionId CEO = PositionId.of("ceo");
    private static final PositionId CTO = PositionId.of("cto");
    private static final PositionId COO = PositionId.of("coo");

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

    private Node row(FxRobot robot, PositionId id) {
        return robot.lookup(".tree-cell").match(n -> n instanceof TreeCell<?> c && id.equals(c.getItem())).query();
    }

    @Test
    void draggingARowOntoAnotherMakesItReportThereAndUndoPutsItBack(FxRobot robot) throws Exception {
        robot.drag(row(robot, CTO), MouseButton.PRIMARY).dropTo(row(robot, COO));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(COO, window.model().chart().position(CTO).reportsTo());
        assertTrue(window.model().session().undoText().startsWith("Undo Move"), window.model().session().undoText());
        assertEquals(CTO, window.outline().reveal(COO).getChildren().get(
                window.model().chart().childrenOf(COO).size() - 1).getValue(), "the outline shows it under the COO");

        WaitForAsyncUtils.asyncFx(() -> window.model().undo()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CEO, window.model().chart().position(CTO).reportsTo());
    }

    @Test
    void aRowDroppedIntoItsOwnTeamIsRefusedWithTheReason(FxRobot robot) throws Exception {
        Chart before = window.model().chart();
        robot.drag(row(robot, CEO), MouseButton.PRIMARY).dropTo(row(robot, CTO));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, window.model().chart(), "nothing changed");
        assertNull(window.model().chart().position(CEO).reportsTo());
        String notice = window.model().selectionText();
        assertTrue(notice.contains("is part of the team below"), notice);
        assertTrue(dialogs.errors.isEmpty(), "explained in the status bar, not a dialog: " + dialogs.errors);
    }
}
