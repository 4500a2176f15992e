package dev.orgwright.render.export;

/**
 * The size in pixels of a sheet drawn as a PNG, against the largest image that image programs
 * and slide programs open: at what scale a chart still fits, so that an export too large at the
 * scale asked for can name, or use, the largest scale that does.
 *
 * @param sheetWidth  the sheet's width in sheet units (pixels at scale 1)
 * @param sheetHeight the sheet's height in sheet units
 */
public record PngSize(double sheetWidth, double sheetHeight) {

    /** Image viewers and slide programs refuse larger sides. */
    public static final int MAX_SIDE = 32_767;
    /** 400 million pixels: about 1.6 GB when opened. */
    public static final long MAX_PIXELS = 400_000_000L;

    /** The size of {@code sheet}. */
    public static PngSize of(ExportSheet sheet) {
        return new PngSize(sheet.width(), sheet.height());
    }

    /** The image's width in pixels at {@code scale}. */
    public int width(double scale) {
        return ExportSheet.pixels(sheetWidth, scale);
    }

    /** The image's height in pixels at {@code scale}. */
    public int height(double scale) {
        return ExportSheet.pixels(sheetHeight, scale);
    }

    /** Whether the image at {@code scale} is one image programs open. */
    public boolean fits(double scale) {
        return fits(width(scale), height(scale));
    }

    /** Whether an image of {@code width} × {@code height} pixels is one image programs open. */
    public static boolean fits(int width, int height) {
        return width <= MAX_SIDE && height <= MAX_SIDE && (long) width * height <= MAX_PIXELS;
    }

    /**
     * The largest scale, in hundredths and at most {@code upTo}, at which the image fits; below
     * {@link ExportRequest#MIN_SCALE} when no scale allowed fits (a chart that only a PDF or an
     * SVG can hold). Hundredths, because a scale is typed by people and 0.85 reads better than
     * 0.8571; rounded down, so that the scale named always fits.
     */
    public double largestScale(double upTo) {
        double bySide = MAX_SIDE / Math.max(sheetWidth, sheetHeight);
        double byPixels = Math.sqrt(MAX_PIXELS / (sheetWidth * sheetHeight));
        long hundredths = (long) Math.floor(Math.min(upTo, Math.min(bySide, byPixels)) * 100 + 1e-9);
        // Pixels are rounded up: a whole pixel more on a side may tip the image over a limit.
        while (hundredths > 0 && !fits(hundredths / 100.0)) {
            hundredths--;
        }
        return hundredths / 100.0;
    }

    /** Whether some scale allowed, from {@link ExportRequest#MIN_SCALE} up, gives an image that fits. */
    public boolean fitsAtSomeScale() {
        return largestScale(ExportRequest.MAX_SCALE) >= ExportRequest.MIN_SCALE;
    }

    /**
     * A PNG written at a smaller scale than its request's because the chart at that scale is
     * larger than image programs open.
     *
     * @param size    the sheet's size
     * @param asked   the scale of the request
     * @param written the largest scale that fits, at which the image was written
     */
    public record Reduction(PngSize size, double asked, double written) {
    }
}
