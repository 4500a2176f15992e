package dev.orgwright.ui.canvas.gesture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.Box;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.TestWindows;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Cursor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dragging a card as a state machine fed pointer positions, on a window model without a window. */
class CardDragGestureTest {

    private static final PositionId CEO = PositionId.of("ceo");
    private static final PositionId COO = PositionId.of("coo");
    private static final PositionId CFO = PositionId.of("cfo");
    private static final PositionId HEAD_OF_SALES = PositionId.of("head-sales");

    private final ChartWindowModel model = TestWindows.onSample(new RecordingDialogs());
    private final List<Cursor> cursors = new ArrayList<>();

    @BeforeEach
    void showTheSample() {
        model.view().resize(2000, 1200);
    }

    private Box box(PositionId id) {
        return model.view().viewBoxOf(id).orElseThrow();
    }

    /** A press at the centre of the card of {@code id}. */
    private Gesture pressOn(PositionId id) {
        Box b = box(id);
        return Gesture.pressed(model, cursors::add, b.centreX(), b.centreY(), false);
    }

    /** Presses on {@code from}, moves past the threshold and then over the centre of {@code onto}. */
    private Gesture dragOver(PositionId from, PositionId onto) {
        Gesture gesture = pressOn(from);
        gesture.dragged(box(from).centreX() + 12, box(from).centreY() + 12);
        gesture.dragged(box(onto).centreX(), box(onto).centreY());
        return gesture;
    }

    @Test
    void aPressBecomesADragOnlyOnceThePointerHasMovedFivePixels() {
        Box b = box(HEAD_OF_SALES);
        Gesture gesture = pressOn(HEAD_OF_SALES);
        gesture.dragged(b.centreX() + 3, b.centreY() + 3); // 4.2 px: still a click
        assertFalse(model.drag().isActive());
        assertEquals(List.of(), cursors);

        gesture.dragged(b.centreX() + 3, b.centreY() + 4); // 5 px
        assertEquals(Optional.of(HEAD_OF_SALES), model.drag().source());
        assertEquals(List.of(Cursor.MOVE), cursors);
    }

    @Test
    void droppedOnACardItReportsThereAsOneEditThatUndoTakesBack() {
        Gesture gesture = dragOver(HEAD_OF_SALES, CFO);
        assertEquals(Optional.of(CFO), model.drag().target());
        gesture.released(box(CFO).centreX(), box(CFO).centreY(), false);

        assertFalse(model.drag().isActive());
        assertEquals(CFO, model.chart().position(HEAD_OF_SALES).reportsTo());
        model.undo();
        assertEquals(COO, model.chart().position(HEAD_OF_SALES).reportsTo());
        assertFalse(model.session().canUndo(), "the drop was one step");
    }

    @Test
    void withAltTheDropAddsADottedLineAndKeepsTheManager() {
        Gesture gesture = dragOver(HEAD_OF_SALES, CFO);
        gesture.released(box(CFO).centreX(), box(CFO).centreY(), true);

        assertEquals(COO, model.chart().position(HEAD_OF_SALES).reportsTo());
        assertEquals(List.of(CFO), model.chart().position(HEAD_OF_SALES).dottedLines());
    }

    @Test
    void droppedOnTheNearEdgeOfASiblingItTakesItsPlace() {
        List<PositionId> before = model.chart().childrenOf(CEO);
        PositionId first = before.get(0);
        PositionId last = before.get(before.size() - 1);
        Gesture gesture = dragOver(last, first);
        Box target = box(first);
        gesture.dragged(target.x() + 3, target.centreY());
        assertTrue(model.drag().isReordering());
        gesture.released(target.x() + 3, target.centreY(), false);

        assertEquals(last, model.chart().childrenOf(CEO).get(0));
        assertEquals(CEO, model.chart().position(last).reportsTo());
    }

    @Test
    void escapeCallsTheDragOffAndMovingOnDoesNotStartItAgain() {
        Chart before = model.chart();
        Gesture gesture = dragOver(HEAD_OF_SALES, CFO);
        assertTrue(gesture.cancel(), "Escape was the drag's");
        assertFalse(model.drag().isActive());
        assertEquals(Cursor.DEFAULT, cursors.get(cursors.size() - 1));

        gesture.dragged(box(CFO).centreX() + 1, box(CFO).centreY());
        assertFalse(model.drag().isActive(), "a called-off drag stays off until the button comes up");
        gesture.released(box(CFO).centreX(), box(CFO).centreY(), false);
        assertSame(before, model.chart());
        assertFalse(model.session().canUndo());
    }

    @Test
    void beforeTheDragBeginsEscapeIsNotTheGesturesToTake() {
        Gesture gesture = pressOn(HEAD_OF_SALES);
        assertFalse(gesture.cancel(), "so that Escape clears the selection as it does without a press");
    }

    @Test
    void aPressOnACardDragsItAndAPressOnTheBackgroundOrWithSpaceHeldPans() {
        Box card = box(CFO);
        assertTrue(Gesture.pressed(model, cursors::add, card.centreX(), card.centreY(), false)
                instanceof CardDragGesture);
        assertTrue(Gesture.pressed(model, cursors::add, card.centreX(), card.centreY(), true) instanceof PanGesture,
                "Space grabs the chart even on a card");
        assertTrue(Gesture.pressed(model, cursors::add, 1, 1, false) instanceof PanGesture);
    }
}
