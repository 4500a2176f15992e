package dev.orgwright.ui.canvas.gesture;

import dev.orgwright.ui.editor.ChartWindowModel;
import java.util.function.Consumer;
import javafx.scene.Cursor;

/** Dragging the background (or anything with Space held): the chart follows the pointer. */
final class PanGesture extends Gesture {

    private double lastX;
    private double lastY;

    PanGesture(ChartWindowModel model, Consumer<Cursor> cursor, double x, double y) {
        super(model, cursor);
        lastX = x;
        lastY = y;
    }

    @Override
    public void dragged(double x, double y) {
        cursor.accept(Cursor.CLOSED_HAND);
        model.view().panBy(x - lastX, y - lastY);
        lastX = x;
        lastY = y;
    }

    @Override
    public void released(double x, double y, boolean altDown) {
    }

    /** A pan has nothing to take back: the view is wherever the user moved it. */
    @Override
    public boolean cancel() {
        return false;
    }
}
