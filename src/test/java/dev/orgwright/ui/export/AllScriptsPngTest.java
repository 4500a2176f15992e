package dev.orgwright.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.render.Rgba;
import dev.orgwright.render.TextAlign;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.export.AllScriptsPdfTest;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.ui.TestWindows;
import dev.orgwright.ui.fx.FxCanvasSurface;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The PNG export draws the names and titles of every script the PDF test uses: each text drawn
 * with the window's own surface and fonts differs from the same number of characters no font
 * has (which the toolkit draws as empty boxes), so the toolkit found a font for it. The whole
 * chart exports as PNG.
 */
class AllScriptsPngTest {

    private static final TextStyle STYLE = new TextStyle(16, false, false, Rgba.hex("#000000"));

    @BeforeAll
    static void toolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    /** {@code text} drawn on a white canvas, as ARGB pixels. */
    private static int[] drawn(String text) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(480, 32);
            canvas.getGraphicsContext2D().setFill(javafx.scene.paint.Color.WHITE);
            canvas.getGraphicsContext2D().fillRect(0, 0, 480, 32);
            new FxCanvasSurface(canvas.getGraphicsContext2D()).text(text, 4, 22, TextAlign.LEFT, STYLE);
            WritableImage image = canvas.snapshot(null, null);
            int[] pixels = new int[480 * 32];
            image.getPixelReader().getPixels(0, 0, 480, 32, PixelFormat.getIntArgbInstance(), pixels, 0, 480);
            return pixels;
        }).get();
    }

    /** {@code text} with each visible character replaced by one that no font has. */
    private static String undrawable(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(cp -> b.append(Character.isWhitespace(cp) ? " " : "\u0378"));
        return b.toString();
    }

    @Test
    void everyScriptIsDrawnWithGlyphsNotEmptyBoxes() throws Exception {
        List<String> boxes = new ArrayList<>();
        for (String[] person : AllScriptsPdfTest.PEOPLE.values()) {
            for (String text : person) {
                int[] real = drawn(text);
                assertTrue(Arrays.stream(real).anyMatch(p -> (p & 0xFF) < 128), text + " leaves ink");
                if (Arrays.equals(real, drawn(undrawable(text)))) {
                    boxes.add(text);
                }
            }
        }
        assertEquals(List.of(), boxes, "texts drawn as empty boxes: no font found for them");
    }

    @Test
    void theChartInEveryScriptExportsAsPng() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FxPngExporter().write(ExportRequest.of(AllScriptsPdfTest.chart(), null, ExportOptions.DEFAULT), out);
        byte[] png = out.toByteArray();
        assertFalse(png.length < 1000, "a picture was written");
        assertEquals((byte) 0x89, png[0]);
    }
}
