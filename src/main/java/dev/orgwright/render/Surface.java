package dev.orgwright.render;

/**
 * Something a chart can be drawn on: the window's canvas, and later SVG, PDF and PNG files.
 * Coordinates are surface pixels, y growing downwards. Deliberately small, so that each new
 * output is a short class and every output looks the same.
 */
public interface Surface {

    /** Fills a rectangle, with rounded corners of the given radius (0 for square ones). */
    void fillRect(double x, double y, double width, double height, double cornerRadius, Rgba fill);

    /** Strokes the outline of a rectangle, with rounded corners of the given radius. */
    void strokeRect(double x, double y, double width, double height, double cornerRadius, LineStyle style);

    /** A straight line. */
    void line(double x1, double y1, double x2, double y2, LineStyle style);

    /** A line through the points (xs[i], ys[i]) in order; both arrays have the same length. */
    void polyline(double[] xs, double[] ys, LineStyle style);

    /** One line of text whose baseline is at {@code baseline}. */
    void text(String text, double x, double baseline, TextAlign align, TextStyle style);

    /**
     * One line of text turned a quarter to the left, reading upwards from (x, y), its baseline on
     * the vertical line through x: the label along a tall, narrow block. A surface that cannot turn
     * text draws nothing; only the window draws such labels.
     */
    default void textUpwards(String text, double x, double y, TextStyle style) {
    }

    /**
     * How this surface measures text, so that the painter breaks a card's lines where the card
     * was sized to break them. Sizes are surface pixels; a surface that does not know its fonts
     * gives an estimate.
     */
    default TextMeasure measure() {
        return TextMeasure.ESTIMATE;
    }

    /** Restricts drawing to the rectangle (within any clip already in force) until {@link #popClip}. */
    void pushClip(double x, double y, double width, double height);

    /** Undoes the latest {@link #pushClip}. */
    void popClip();

    /**
     * Draws an image (a PNG or JPEG file's bytes) scaled into the rectangle. A surface that
     * cannot draw images leaves the place empty.
     */
    default void image(Logo image, double x, double y, double width, double height) {
    }

    /**
     * Draws an image cut to the circle that fills the square (x, y, size, size), covering the
     * circle and keeping its proportions: a photo as a round avatar. A surface that cannot clip to
     * a circle draws it in the square.
     */
    default void roundImage(Logo image, double x, double y, double size) {
        image(image, x, y, size, size);
    }

    /**
     * What follows, until {@link #endGroup}, draws the position {@code id}: a file format can
     * keep the id with the drawing (SVG does); a screen ignores it.
     */
    default void beginGroup(String id) {
    }

    /** Ends the latest {@link #beginGroup}. */
    default void endGroup() {
    }
}
