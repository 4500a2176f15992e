package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.bench.IoBenchmark;
import dev.orgwright.model.Chart;
import dev.orgwright.render.Viewport;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.RecordingDialogs;
import dev.orgwright.ui.view.ChartView;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+wheel and pinch on the real window's canvas: a few notches take a big chart from fitted
 * to readable, the chart point under the pointer stays there, and a touchpad's small deltas and
 * a pinch zoom in proportion.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomWheelAndPinchTest {

    /** What JavaFX reports for one notch of a mouse wheel. */
    private static final double NOTCH = 40;

    private MainWindow window;
    private Node canvas;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, new RecordingDialogs());
    }

    private ChartWindowModel model() {
        return window.model();
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        T value = WaitForAsyncUtils.asyncFx(task).get();
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    private void openBigChartFitted(FxRobot robot) throws Exception {
        Chart big = IoBenchmark.realisticChart(10_000, new Random(7));
        robot.interact(() -> model().session().newChart(big));
        canvas = robot.lookup("#chart-canvas").query();
        robot.interact(() -> model().view().fit());
    }

    /** Ctrl+wheel by {@code deltaY} at the canvas point ({@code x}, {@code y}), as the toolkit delivers it. */
    private void wheel(double deltaY, double x, double y) throws Exception {
        onFx(() -> {
            Point2D scene = canvas.localToScene(x, y);
            Event.fireEvent(canvas, new ScrollEvent(ScrollEvent.SCROLL, scene.getX(), scene.getY(), 0, 0,
                    false, true, false, false, false, false, 0, deltaY, 0, deltaY,
                    ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            return null;
        });
    }

    private double scale() throws Exception {
        return onFx(() -> model().view().viewport().scale());
    }

    @Test
    void aFewNotchesTakeATenThousandPositionChartFromFitToReadable(FxRobot robot) throws Exception {
        openBigChartFitted(robot);
        double fitted = scale();
        assertTrue(fitted < 0.1, "the chart is fitted small: " + fitted);
        int notches = 0;
        while (scale() < ChartView.READABLE_SCALE - 1e-9 && notches < 30) {
            wheel(NOTCH, 300, 200);
            notches++;
        }
        assertTrue(notches <= 5, notches + " notches from " + Math.round(fitted * 100) + " % to readable");
        assertEquals(ChartView.READABLE_SCALE, scale(), 1e-6, "the notches stop on the readable zoom");

        // Near and above readable a notch is one ordinary step, both ways.
        double readable = scale();
        wheel(NOTCH, 300, 200);
        assertEquals(readable * ChartView.ZOOM_STEP, scale(), 1e-9);
        wheel(-NOTCH, 300, 200);
        assertEquals(readable, scale(), 1e-9);
        // And as many notches back reach the fit again.
        for (int i = 0; i < notches; i++) {
            wheel(-NOTCH, 300, 200);
        }
        assertEquals(fitted, scale(), 1e-9, "as many notches out as in");
    }

    @Test
    void theChartPointUnderThePointerStaysThere(FxRobot robot) throws Exception {
        openBigChartFitted(robot);
        Viewport before = onFx(() -> model().view().viewport());
        wheel(NOTCH, 250, 170);
        Viewport after = onFx(() -> model().view().viewport());
        assertTrue(after.scale() > before.scale() * ChartView.ZOOM_STEP, "far below readable a notch goes further");
        assertEquals(before.toChartX(250), after.toChartX(250), 1e-6);
        assertEquals(before.toChartY(170), after.toChartY(170), 1e-6);
    }

    @Test
    void aTouchpadsSmallDeltasZoomInProportion(FxRobot robot) throws Exception {
        openBigChartFitted(robot);
        double start = scale();
        for (int i = 0; i < 8; i++) {
            wheel(NOTCH / 8, 300, 200);
        }
        double eighths = scale();
        robot.interact(() -> model().view().fit());
        wheel(NOTCH, 300, 200);
        assertEquals(scale(), eighths, 1e-9, "eight eighths of a notch zoom as far as one notch");

        robot.interact(() -> model().view().fit());
        wheel(NOTCH / 8, 300, 200);
        double oneEighth = scale() / start;
        assertTrue(oneEighth > 1 && oneEighth < 1.2, "an eighth of a notch is a small step: " + oneEighth);
        assertEquals(Math.pow(eighths / start, 1.0 / 8), oneEighth, 1e-9, "each eighth the same factor");
    }

    @Test
    void aPinchZoomsInProportionAtItsCentre(FxRobot robot) throws Exception {
        openBigChartFitted(robot);
        Viewport before = onFx(() -> model().view().viewport());
        double cx = 420;
        double cy = 260;
        double[] factors = {1.1, 1.3, 1.2};
        for (double f : factors) {
            onFx(() -> {
                Point2D scene = canvas.localToScene(cx, cy);
                Event.fireEvent(canvas, new ZoomEvent(ZoomEvent.ZOOM, scene.getX(), scene.getY(), 0, 0,
                        false, false, false, false, true, false, f, f, null));
                return null;
            });
        }
        Viewport after = onFx(() -> model().view().viewport());
        assertEquals(before.scale() * 1.1 * 1.3 * 1.2, after.scale(), 1e-9, "the fingers spread 1.716 times, the chart too");
        assertEquals(before.toChartX(cx), after.toChartX(cx), 1e-6, "the pinch's centre stays where it is");
        assertEquals(before.toChartY(cy), after.toChartY(cy), 1e-6);
    }
}
