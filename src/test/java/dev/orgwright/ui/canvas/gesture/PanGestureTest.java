package dev.orgwright.ui.canvas.gesture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.orgwright.render.Viewport;
import dev.orgwright.ui.TestWindows;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Cursor;
import org.junit.jupiter.api.Test;

/** Panning as a state machine fed pointer positions, on a window model without a window. */
class PanGestureTest {

    private final ChartWindowModel model = TestWindows.onSample(new RecordingDialogs());
    private final List<Cursor> cursors = new ArrayList<>();

    @Test
    void theChartPointPressedOnStaysUnderThePointer() {
        model.view().resize(1200, 800);
        model.view().zoomBy(1.25);
        Viewport before = model.view().viewport();
        Gesture pan = new PanGesture(model, cursors::add, 100, 100);
        pan.dragged(130, 90);
        pan.dragged(170, 60);
        pan.released(170, 60, false);

        Viewport after = model.view().viewport();
        assertEquals(before.toChartX(100), after.toChartX(170), 1e-9);
        assertEquals(before.toChartY(100), after.toChartY(60), 1e-9);
        assertEquals(before.scale(), after.scale());
        assertEquals(Cursor.CLOSED_HAND, cursors.get(0));
    }

    @Test
    void escapeLeavesThePanWhereItGotTo() {
        model.view().resize(1200, 800);
        Gesture pan = new PanGesture(model, cursors::add, 100, 100);
        pan.dragged(150, 100);
        Viewport moved = model.view().viewport();
        assertFalse(pan.cancel(), "Escape keeps its meaning (clearing the selection)");
        assertEquals(moved, model.view().viewport());
    }
}
