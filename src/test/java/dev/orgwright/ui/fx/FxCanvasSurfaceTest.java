package dev.orgwright.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.render.Rgba;
import dev.orgwright.ui.TestWindows;
import java.util.concurrent.TimeoutException;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Clips on the JavaFX canvas surface, where they reach past the canvas's edges. */
class FxCanvasSurfaceTest {

    @BeforeAll
    static void toolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Test
    void aClipReachingAboveAndLeftOfTheCanvasStillClipsExactly() throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(40, 40);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.translate(-10, -20); // as a strip or tile of a larger picture is drawn
            FxCanvasSurface surface = new FxCanvasSurface(gc);
            surface.pushClip(5, 10, 20, 20); // canvas pixels x -5..15, y -10..10
            surface.fillRect(0, 0, 100, 100, 0, new Rgba(255, 0, 0, 255));
            surface.popClip();
            surface.fillRect(40, 30, 5, 5, 0, new Rgba(0, 0, 255, 255)); // the clip is gone
            SnapshotParameters transparent = new SnapshotParameters();
            transparent.setFill(Color.TRANSPARENT);
            return canvas.snapshot(transparent, null);
        }).get();

        assertEquals(0xFFFF0000, image.getPixelReader().getArgb(0, 0));
        assertEquals(0xFFFF0000, image.getPixelReader().getArgb(14, 9));
        assertEquals(0, image.getPixelReader().getArgb(15, 5), "right of the clip");
        assertEquals(0, image.getPixelReader().getArgb(5, 10), "below the clip");
        assertEquals(0xFF0000FF, image.getPixelReader().getArgb(32, 12));
    }
}
