package dev.orgwright.render;

/**
 * The part of a chart a surface shows: chart point (originX, originY) is drawn at the surface's
 * top-left corner, and one chart unit is {@code scale} surface pixels.
 *
 * @param originX chart x at the left edge
 * @param originY chart y at the top edge
 * @param scale   surface pixels per chart unit (1 = 100% zoom); above zero
 * @param width   the surface's width in pixels
 * @param height  the surface's height in pixels
 */
public record Viewport(double originX, double originY, double scale, double width, double height) {

    /** Checks the scale is usable. */
    public Viewport {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("A viewport needs a scale above zero.");
        }
    }

    public double toSurfaceX(double chartX) {
        return (chartX - originX) * scale;
    }

    public double toSurfaceY(double chartY) {
        return (chartY - originY) * scale;
    }

    public double toChartX(double surfaceX) {
        return originX + surfaceX / scale;
    }

    public double toChartY(double surfaceY) {
        return originY + surfaceY / scale;
    }

    /** The width of the shown part of the chart, in chart units. */
    public double chartWidth() {
        return width / scale;
    }

    /** The height of the shown part of the chart, in chart units. */
    public double chartHeight() {
        return height / scale;
    }
}
