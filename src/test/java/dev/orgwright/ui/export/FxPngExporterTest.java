package dev.orgwright.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import dev.orgwright.render.export.PngSize;
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
        return WaitForAsyncUtils.asyncFx(() -> request.picture(new FxTextMeasure())).get();
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
    void anImageTooLargeToOpenIsRefusedWithTheLargestScaleThatFits() throws Exception {
        PngSize size = new PngSize(10_000, 125);
        ExportTooLargeException e = assertThrows(ExportTooLargeException.class, () -> FxPngExporter.checkSize(size, 4));

        assertTrue(e.getMessage().contains("40,000 × 500 pixels at scale 4"), e.getMessage());
        assertTrue(e.getMessage().contains("scale of 3.27 or less (32,700 × 409 pixels)"), e.getMessage());
        assertTrue(e.getMessage().contains("PDF or SVG"), e.getMessage());
        assertFalse(e.getMessage().contains("compact"), e.getMessage());
        assertEquals(size, e.png().orElseThrow());
        assertEquals(4, e.scale());
        FxPngExporter.checkSize(size, 3.27); // the scale named is one that is written
    }

    @Test
    void aChartTooLargeEvenAtTheSmallestScaleIsSentToPdfOrSvg() {
        ExportTooLargeException e = assertThrows(ExportTooLargeException.class,
                () -> FxPngExporter.checkSize(new PngSize(400_000, 200), 1));

        assertTrue(e.getMessage().contains("still 40,000 × 20 pixels at the smallest scale, 0.1"), e.getMessage());
        assertTrue(e.getMessage().contains("PDF or SVG"), e.getMessage());
    }

    /** The chart's cards as rectangles of the image at {@code scale}. */
    private java.util.List<Box> cardsAt(ExportSheet sheet, double scale) {
        Viewport v = sheet.viewport(scale);
        java.util.List<Box> cards = new java.util.ArrayList<>();
        for (dev.orgwright.model.Position p : chart.inTreeOrder()) {
            Box b = sheet.layout().box(p.id()).orElseThrow();
            cards.add(new Box(v.toSurfaceX(b.x()), v.toSurfaceY(b.y()), b.width() * scale, b.height() * scale));
        }
        return cards;
    }

    /** How many pixels inside {@code card} (its edge left out) are dark enough to be text. */
    private static int darkPixels(BufferedImage image, Box card) {
        int dark = 0;
        for (int y = (int) card.y() + 2; y < card.y() + card.height() - 2; y++) {
            for (int x = (int) card.x() + 2; x < card.x() + card.width() - 2; x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xFF) * 3 + ((rgb >> 8) & 0xFF) * 6 + (rgb & 0xFF)) / 10;
                dark += luminance < 110 ? 1 : 0;
            }
        }
        return dark;
    }

    @Test
    void atHalfSizeThePngIsTheCanvasAtHalfSizeWithEveryCardItsTextAndItsLines() throws Exception {
        ExportRequest request = ExportRequest.of(chart, findings, ExportOptions.DEFAULT.withLegend(false)).withScale(0.5);
        ExportSheet sheet = sheet(request);
        BufferedImage image = png(request);
        int w = image.getWidth();
        int h = image.getHeight();
        assertEquals(ExportSheet.pixels(sheet.width(), 0.5), w);

        int[] canvas = canvasPixels(sheet, 0.5, w, h);
        int[] written = image.getRGB(0, 0, w, h, null, 0, w);
        int differing = 0;
        for (int i = 0; i < canvas.length; i++) {
            differing += canvas[i] == written[i] ? 0 : 1;
        }
        assertEquals(0, differing, "the PNG at 0.5 draws what the window draws at 50 %");
        for (Box card : cardsAt(sheet, 0.5)) {
            assertTrue(darkPixels(image, card) > 20, "the title is written on the card at " + card);
        }
        Box boss = cardsAt(sheet, 0.5).get(0);
        int below = (int) (boss.y() + boss.height() + 3);
        int centre = (int) (boss.x() + boss.width() / 2);
        boolean line = false;
        for (int x = centre - 2; x <= centre + 2; x++) {
            line |= (image.getRGB(x, below) & 0xFFFFFF) != 0xFFFFFF;
        }
        assertTrue(line, "the reporting line leaves the top card");
    }

    @Test
    void atAFifthOfFullSizeEveryCardIsStillDrawnWhereTheWindowWouldDrawTeamBlocks() throws Exception {
        assertTrue(dev.orgwright.render.TeamBlocks.applies(0.2), "the window draws teams as blocks at 20 %");
        ExportRequest request = ExportRequest.of(chart, findings, ExportOptions.DEFAULT.withLegend(false)).withScale(0.2);
        ExportSheet sheet = sheet(request);
        BufferedImage image = png(request);

        for (Box card : cardsAt(sheet, 0.2)) {
            int drawn = 0;
            for (int y = (int) card.y(); y < card.y() + card.height(); y++) {
                for (int x = (int) card.x(); x < card.x() + card.width(); x++) {
                    drawn += (image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
                }
            }
            assertTrue(drawn > card.width(), "the card at " + card + " is drawn, its edge and band at least");
        }
    }
}
