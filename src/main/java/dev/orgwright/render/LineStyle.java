package dev.orgwright.render;

/**
 * How a line is stroked.
 *
 * @param colour the colour
 * @param width  the width in surface pixels
 * @param dash   the length of dashes and of the gaps between them; 0 for a solid line
 */
public record LineStyle(Rgba colour, double width, double dash) {

    public static LineStyle solid(Rgba colour, double width) {
        return new LineStyle(colour, width, 0);
    }

    public static LineStyle dashed(Rgba colour, double width, double dash) {
        return new LineStyle(colour, width, dash);
    }

    public boolean isDashed() {
        return dash > 0;
    }
}
