package dev.orgwright.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.SampleCharts;
import dev.orgwright.layout.Box;
import dev.orgwright.model.Chart;
import dev.orgwright.render.Viewport;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.ExportScope;
import dev.orgwright.render.export.ExportSheet;
import dev.orgwright.render.export.ExportTooLargeException;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import dev.orgwright.ui.TestWindows;
import dev.orgwright.ui.fx.FxCanvasSurface;
import dev.orgwright.ui.fx.FxTextMeasure;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.TimeoutException;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** PNG export on the real JavaFX toolkit (headless): size, pixels against a canvas, background, limits. */
class FxPngExporterTest {

    private final Chart chart = SampleCharts.leadershipTeam();
    private final Validation findings = Validator.withDefaultRules().validate(chart);

    @BeforeAll
    static void toolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    private static BufferedImage png(ExportRequest request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FxPngExporter().write(request, out);
        return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    }

    private ExportSheet sheet(ExportRequest request) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> request.sheet(new FxTextMeasure())).get();
    }

    /** The sheet drawn whole on one canvas, as the window draws, read back as ARGB pixels. */
    private static int[] canvasPixels(ExportSheet sheet, double scale, int width, int height) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(width, height);
            sheet.paint(new FxCanvasSurface(canvas.getGraphicsContext2D()), scale);
            WritableImage image = canvas.snapshot(null, null);
            int[] pixels = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
            return pixels;
        }).get();
    }

    @Test
    void imageSizeIsTheLayoutBoundsWithMarginsTimesTheScale() throws Exception {
        ExportOptions plain = ExportOptions.DEFAULT.withLegend(false);
        for (int scale = 1; scale <= 4; scale++) {
            ExportRequest request = ExportRequest.of(chart, findings, plain).withScale(scale);
            Box bounds = sheet(request).layout().bounds();

            BufferedImage image = png(request);

            assertEquals((int) Math.ceil((Math.ceil(bounds.width() + 2 * ExportSheet.MARGIN)) * scale), image.getWidth(),
                    "width at scale " + scale);
            assertEquals((int) Math.ceil((Math.ceil(bounds.height() + 2 * ExportSheet.MARGIN)) * scale), image.getHeight(),
                    "height at scale " + scale);
        }
    }

    private int[][] pngAndCanvas(int scale) throws Exception {
        return pngAndCanvas(scale, true);
    }

    private int[][] pngAndCanvas(int scale, boolean duties) throws Exception {
        ExportRequest request = ExportRequest.of(chart, findings, ExportOptions.DEFAULT.withTitle("Leadership")
                .withDate(LocalDate.of(2025, 1, 31)).withDuties(duties)).withScale(scale);
        BufferedImage image = png(request);
        int w = image.getWidth();
        int h = image.getHeight();
        return new int[][] {canvasPixels(sheet(request), scale, w, h), image.getRGB(0, 0, w, h, null, 0, w)};
    }

    @Test
    void thePngIsTheCanvasPixelForPixelAtTheSameScale() throws Exception {
        for (int scale : new int[] {1, 2}) {
            // With their duties wrapped, the sample's cards at scale 2 no longer fit one piece: that scale without them.
            int[][] pixels = pngAndCanvas(scale, scale == 1);
            assertTrue(pixels[0].length <= FxPngExporter.STRIP_PIXELS, "drawn in one piece");

            int differing = 0;
            for (int i = 0; i < pixels[0].length; i++) {
                differing += pixels[0][i] == pixels[1][i] ? 0 : 1;
            }
            assertEquals(0, differing, "pixels that differ at scale " + scale + " of " + pixels[0].length);
        }
    }

    @Test
    void anImageDrawnInStripsDiffersFromOneCanvasByAtMostOneLevelOnAFewTextEdges() throws Exception {
        int[][] pixels = pngAndCanvas(3);
        assertTrue(pixels[0].length > FxPngExporter.STRIP_PIXELS, "several strips at scale 3");

        int differing = 0;
        int worst = 0;
        for (int i = 0; i < pixels[0].length; i++) {
            if (pixels[0][i] != pixels[1][i]) {
                differing++;
                for (int shift = 0; shift < 32; shift += 8) {
                    worst = Math.max(worst, Math.abs(((pixels[0][i] >> shift) & 0xFF) - ((pixels[1][i] >> shift) & 0xFF)));
                }
            }
        }
        assertTrue(worst <= 1, "largest difference of a channel: " + worst);
        assertTrue(differing < pixels[0].length / 10_000, differing + " pixels differ");
    }

    @Test
    void aTransparentBackgroundLeavesTheMarginClear() throws Exception {
        BufferedImage clear = png(ExportRequest.of(chart, findings,
                ExportOptions.DEFAULT.withBackground(ExportOptions.Background.TRANSPARENT)));
        BufferedImage white = png(ExportRequest.of(chart, findings, ExportOptions.DEFAULT));

        assertEquals(0, clear.getRGB(2, 2) >>> 24, "corner alpha");
        assertEquals(0xFFFFFFFF, white.getRGB(2, 2));
        assertTrue(clear.getColorModel().hasAlpha());
    }

    @Test
    void theCurrentViewExportIsWhatTheViewShows() throws Exception {
        Box region = new Box(100, 40, 400, 200);
        ExportRequest request = ExportRequest.of(chart, findings, ExportOptions.DEFAULT.withLegend(false)
                .withBackground(ExportOptions.Background.SCREEN).withScope(new ExportScope.View(region))).withScale(2);

        BufferedImage image = png(request);

        assertEquals(800, image.getWidth());
        assertEquals(400, image.getHeight());
        Viewport v = sheet(request).viewport(2);
        assertEquals(100, v.originX());
        assertEquals(40, v.originY());
    }

    @Test
    void anImageTooLargeToOpenIsRefusedWithAnExplanation() {
        ExportTooLargeException e = assertThrows(ExportTooLargeException.class,
                () -> FxPngExporter.checkSize(40_000, 500, 4));
        assertTrue(e.getMessage().contains("40,000 × 500 pixels"), e.getMessage());
        assertTrue(e.getMessage().contains("SVG or PDF"), e.getMessage());
    }
}
