package dev.orgwright.ui.canvas.gesture;

import dev.orgwright.model.PositionId;
import dev.orgwright.ui.editor.ChartWindowModel;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Cursor;

/**
 * What one press of the primary button on the chart canvas does until the button is released:
 * a small state machine fed the pointer's positions, chosen at the press. The canvas only
 * dispatches to it, so each gesture can be followed, and tested, on its own and without a window.
 * Positions are in view pixels, as the canvas's mouse events give them.
 */
public abstract class Gesture {

    final ChartWindowModel model;
    /** Shows the gesture's pointer over the canvas. */
    final Consumer<Cursor> cursor;

    Gesture(ChartWindowModel model, Consumer<Cursor> cursor) {
        this.model = model;
        this.cursor = cursor;
    }

    /**
     * The gesture a press at ({@code x}, {@code y}) starts: moving the card pressed on, or, on
     * the background or with Space held (so that a chart full of cards can still be grabbed),
     * panning the view.
     */
    public static Gesture pressed(ChartWindowModel model, Consumer<Cursor> cursor, double x, double y,
            boolean spaceHeld) {
        Optional<PositionId> card = spaceHeld ? Optional.empty() : model.view().cardAt(x, y);
        if (card.isPresent()) {
            return new CardDragGesture(model, cursor, card.get(), x, y);
        }
        return new PanGesture(model, cursor, x, y);
    }

    /** The pointer moved to ({@code x}, {@code y}) with the button down. */
    public abstract void dragged(double x, double y);

    /** The button came up at ({@code x}, {@code y}); {@code altDown} asks for the gesture's variant. */
    public abstract void released(double x, double y, boolean altDown);

    /** Escape: undoes what the gesture is doing and returns true, or returns false when it has nothing to undo. */
    public abstract boolean cancel();
}
