package dev.orgwright.ui.export;

import dev.orgwright.render.export.ChartExporter;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.ExportSheet;
import dev.orgwright.render.export.ExportTooLargeException;
import dev.orgwright.render.export.PngEncoder;
import dev.orgwright.ui.fx.FxCanvasSurface;
import dev.orgwright.ui.fx.FxTextMeasure;
import dev.orgwright.ui.fx.Texts;
import java.io.IOException;
import java.io.OutputStream;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Writes a chart as PNG by drawing it on a JavaFX canvas with the window's own surface and
 * fonts, so that the image is the canvas, pixel for pixel. A large image is drawn in strips, each
 * with the coordinates the whole picture would have (translated, never rescaled), and streamed
 * out in strips: memory holds one strip, not the picture. Runs on the JavaFX thread; from any
 * other thread it hands each tile to it.
 */
public final class FxPngExporter implements ChartExporter {

    /** Image viewers and slide programs refuse larger sides. */
    public static final int MAX_SIDE = 32_767;
    /** 400 million pixels: about 1.6 GB when opened. */
    public static final long MAX_PIXELS = 400_000_000L;
    /**
     * Pixels drawn at a time: an image up to this size is drawn in one piece, exactly as one
     * canvas would show it; a larger one in full-width strips of this size (about 48 MB each).
     */
    static final int STRIP_PIXELS = 12_000_000;

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        ExportSheet sheet = FxThread.call(() -> request.sheet(new FxTextMeasure()));
        double scale = request.scale();
        int width = ExportSheet.pixels(sheet.width(), scale);
        int height = ExportSheet.pixels(sheet.height(), scale);
        checkSize(width, height, scale);
        boolean transparent = request.options().background() == ExportOptions.Background.TRANSPARENT;
        PngEncoder png = new PngEncoder(out, width, height, transparent);
        int stripHeight = Math.max(1, Math.min(height, (int) (STRIP_PIXELS / width)));
        Strips strips = FxThread.call(() -> new Strips(width, stripHeight));
        int[] strip = new int[width * stripHeight];
        for (int y = 0; y < height; y += stripHeight) {
            int top = y;
            int rows = Math.min(stripHeight, height - y);
            FxThread.call(() -> strips.draw(sheet, scale, top, rows, strip));
            png.writeRows(strip, rows);
        }
        png.finish();
    }

    static void checkSize(int width, int height, double scale) throws ExportTooLargeException {
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw new ExportTooLargeException(Texts.t("export.fxPngExporter.tooLarge",
                    width, height, scale == Math.rint(scale) ? String.valueOf((int) scale) : String.valueOf(scale),
                    MAX_SIDE, MAX_PIXELS / 1_000_000));
        }
    }

    /**
     * One canvas as wide as the image, drawn again for each strip. Strips span the whole width
     * so that they differ from one big canvas only by a whole-pixel shift up; glyph outlines are
     * then rasterised from slightly different float coordinates, which moves a few edge pixels
     * of large text by one level of 255, and nothing else.
     */
    private static final class Strips {
        private final Canvas canvas;
        private final WritableImage image;
        private final SnapshotParameters parameters = new SnapshotParameters();
        private final int width;

        Strips(int width, int height) {
            this.width = width;
            canvas = new Canvas(width, height);
            image = new WritableImage(width, height);
            parameters.setFill(Color.TRANSPARENT);
        }

        Void draw(ExportSheet sheet, double scale, int y, int rows, int[] strip) {
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            gc.save();
            gc.translate(0, -y);
            sheet.paintRegion(new FxCanvasSurface(gc), scale, 0, y, width, rows);
            gc.restore();
            canvas.snapshot(parameters, image);
            image.getPixelReader().getPixels(0, 0, width, rows, PixelFormat.getIntArgbInstance(), strip, 0, width);
            return null;
        }
    }
}
