package dev.orgwright.ui.canvas.gesture;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.editor.CardDrag;
import dev.orgwright.ui.editor.ChartWindowModel;
import java.util.function.Consumer;
import javafx.scene.Cursor;

/**
 * Dragging a card: dropped on another card it reports there (with Alt, it gains a dotted line
 * to it instead); dropped on the outer quarter of a sibling it takes its place before or after
 * it. The window model's {@link CardDrag} decides what a drop means and makes the one edit; this
 * gesture tells it when the drag begins, what the pointer is over, and when it drops.
 */
final class CardDragGesture extends Gesture {

    /** How far the pointer must move before a press on a card becomes a drag: a click is not a move. */
    static final double THRESHOLD = 5;

    private enum State {
        /** Pressed on the card, not yet moved far enough to drag it. */
        PRESSED,
        DRAGGING,
        /** Escape took the drag back; nothing happens until the button comes up. */
        CANCELLED
    }

    private final PositionId card;
    private final double pressX;
    private final double pressY;
    private State state = State.PRESSED;

    CardDragGesture(ChartWindowModel model, Consumer<Cursor> cursor, PositionId card, double x, double y) {
        super(model, cursor);
        this.card = card;
        this.pressX = x;
        this.pressY = y;
    }

    @Override
    public void dragged(double x, double y) {
        if (state == State.PRESSED && Math.hypot(x - pressX, y - pressY) >= THRESHOLD) {
            model.drag().begin(card);
            cursor.accept(Cursor.MOVE);
            state = State.DRAGGING;
        }
        if (state == State.DRAGGING) {
            hoverAt(x, y);
        }
    }

    @Override
    public void released(double x, double y, boolean altDown) {
        if (state == State.DRAGGING && model.drag().isActive()) {
            model.gesture(() -> { // the last hover and the drop: one change for the window
                hoverAt(x, y);
                model.drag().drop(altDown);
            });
        }
    }

    /** Before the drag began there is nothing to take back, and Escape keeps its other meaning. */
    @Override
    public boolean cancel() {
        if (state != State.DRAGGING) {
            return false;
        }
        state = State.CANCELLED;
        model.drag().cancel();
        cursor.accept(Cursor.DEFAULT);
        return true;
    }

    /** Tells the drag which card is under the pointer, and how far across it (for reordering). */
    private void hoverAt(double x, double y) {
        PositionId over = model.view().cardAt(x, y).orElse(null);
        double along = 0.5;
        if (over != null) {
            var box = model.view().viewBoxOf(over).orElseThrow();
            boolean leftToRight = model.layoutOptions().orientation() == LayoutOptions.Orientation.LEFT_RIGHT;
            along = leftToRight ? (y - box.y()) / box.height() : (x - box.x()) / box.width();
        }
        model.drag().hover(over, along);
    }
}
