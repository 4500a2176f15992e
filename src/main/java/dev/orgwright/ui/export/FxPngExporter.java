package dev.orgwright.ui.export;

import dev.orgwright.render.export.ChartExporter;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.ExportSheet;
import dev.orgwright.render.export.ExportTooLargeException;
import dev.orgwright.render.export.PixelExporter;
import dev.orgwright.render.export.PngEncoder;
import dev.orgwright.render.export.PngSize;
import dev.orgwright.ui.fx.FxCanvasSurface;
import dev.orgwright.ui.fx.FxTextMeasure;
import dev.orgwright.ui.fx.Texts;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
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
 *
 * <p>A chart larger at the scale asked for than image programs open is refused with the largest
 * scale that fits; made with {@link #fittingLimits()}, the exporter writes it at that scale
 * instead and tells {@link #reduction()}.
 */
public final class FxPngExporter implements PixelExporter {

    /** Image viewers and slide programs refuse larger sides. */
    public static final int MAX_SIDE = PngSize.MAX_SIDE;
    /** 400 million pixels: about 1.6 GB when opened. */
    public static final long MAX_PIXELS = PngSize.MAX_PIXELS;
    /**
     * Pixels drawn at a time: an image up to this size is drawn in one piece, exactly as one
     * canvas would show it; a larger one in full-width strips of this size (about 48 MB each).
     */
    static final int STRIP_PIXELS = 12_000_000;

    private final boolean fitting;
    private PngSize.Reduction reduction;

    /** An exporter that refuses a chart too large at the scale asked for, naming the largest that fits. */
    public FxPngExporter() {
        this(false);
    }

    private FxPngExporter(boolean fitting) {
        this.fitting = fitting;
    }

    @Override
    public FxPngExporter fittingLimits() {
        return new FxPngExporter(true);
    }

    @Override
    public Optional<PngSize.Reduction> reduction() {
        return Optional.ofNullable(reduction);
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        reduction = null;
        ExportSheet sheet = FxThread.call(() -> request.picture(new FxTextMeasure()));
        PngSize size = PngSize.of(sheet);
        double scale = request.scale();
        if (fitting && !size.fits(scale) && size.fitsAtSomeScale()) {
            double largest = size.largestScale(scale);
            reduction = new PngSize.Reduction(size, scale, largest);
            scale = largest;
        }
        checkSize(size, scale);
        draw(sheet, scale, size.width(scale), size.height(scale), request, out);
    }

    private static void draw(ExportSheet sheet, double scale, int width, int height, ExportRequest request,
                             OutputStream out) throws IOException {
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

    /**
     * Refuses a PNG of {@code size} at {@code scale} that image programs would not open, saying
     * which scale would fit, or, when none would, that PDF and SVG hold a chart of any size.
     */
    static void checkSize(PngSize size, double scale) throws ExportTooLargeException {
        if (size.fits(scale)) {
            return;
        }
        double largest = size.largestScale(ExportRequest.MAX_SCALE);
        double shown = largest >= ExportRequest.MIN_SCALE ? largest : ExportRequest.MIN_SCALE;
        throw new ExportTooLargeException(Texts.t(largest >= ExportRequest.MIN_SCALE ? "export.fxPngExporter.tooLarge"
                        : "export.png.tooLargeAtAnyScale", size.width(scale), size.height(scale), scale, MAX_SIDE,
                MAX_PIXELS / 1_000_000, shown, size.width(shown), size.height(shown)),
                size, scale);
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
