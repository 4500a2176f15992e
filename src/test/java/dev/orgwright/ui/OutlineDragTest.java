package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drag and drop in the outline, with the mouse, as on the canvas: a row dropped on another reports
 * there; dropped on the upper or lower quarter of a sibling's row, it takes the place before or after it.
 */
@ExtendWith(ApplicationExtension.class)
class OutlineDragTest {

    private static final PositionId CEO = PositionId.of("ceo");
    private static final PositionId CTO = PositionId.of("cto");
    private static final PositionId COO = PositionId.of("coo");
    private static final PositionId CFO = PositionId.of("cfo");

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

    @Test
    void draggingARowOntoTheLowerQuarterOfASiblingsRowPlacesItAfterThatSiblingAndUndoPutsItBack(FxRobot robot)
            throws Exception {
        List<PositionId> before = window.model().chart().childrenOf(CEO);
        List<PositionId> expected = new ArrayList<>(before);
        expected.remove(CTO);
        expected.add(expected.indexOf(COO) + 1, CTO);
        Node cooRow = row(robot, COO);
        Bounds b = cooRow.localToScreen(cooRow.getBoundsInLocal());
        Point2D lowerQuarter = new Point2D(b.getCenterX(), b.getMinY() + b.getHeight() * 0.875);

        robot.drag(row(robot, CTO), MouseButton.PRIMARY).moveTo(lowerQuarter);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cooRow.getPseudoClassStates().contains(PseudoClass.getPseudoClass("insert-after")),
                "a line below the COO's row shows where the CTO goes");
        assertEquals("Place 'Chief Technology Officer' after 'Chief Operating Officer'", window.model().selectionText());
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(expected, window.model().chart().childrenOf(CEO), "the CTO now comes after the COO");
        assertEquals(CEO, window.model().chart().position(CTO).reportsTo(), "and still reports to the CEO");
        assertEquals(expected, rowsBelow(CEO), "the outline lists them in the new order");
        assertEquals("Undo Reorder 'Chief Technology Officer'", window.model().session().undoText());
        assertTrue(robot.lookup(".tree-cell").match(n -> n.getPseudoClassStates().contains(
                PseudoClass.getPseudoClass("insert-after"))).tryQuery().isEmpty(), "the line is gone after the drop");

        WaitForAsyncUtils.asyncFx(() -> window.model().undo()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, window.model().chart().childrenOf(CEO));
        assertEquals(before, rowsBelow(CEO));
    }

    @Test
    void aRowDroppedWithAltHeldGetsADottedLineThereAndKeepsItsManager(FxRobot robot) throws Exception {
        robot.drag(row(robot, CTO), MouseButton.PRIMARY).moveTo(row(robot, CFO));
        robot.press(KeyCode.ALT);
        try {
            robot.drop();
        } finally {
            robot.release(KeyCode.ALT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(CFO), window.model().chart().position(CTO).dottedLines());
        assertEquals(CEO, window.model().chart().position(CTO).reportsTo());
    }

    private List<PositionId> rowsBelow(PositionId id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.outline().reveal(id).getChildren().stream()
                .map(TreeItem::getValue).toList()).get();
    }
}
