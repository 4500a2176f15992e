package dev.orgwright.layout;

/**
 * An axis-aligned rectangle in chart units: where a card sits, or the bounds of a chart.
 * Edges are inclusive: two boxes that only touch do intersect.
 */
public record Box(double x, double y, double width, double height) {

    /** The smallest box around every point (a line's bounds). */
    public static Box around(java.util.List<Point> points) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Box(minX, minY, maxX - minX, maxY - minY);
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }

    /** Whether the point lies inside or on the border. */
    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    /** Whether this box and the rectangle share at least one point. */
    public boolean intersects(double rx, double ry, double rw, double rh) {
        return x <= rx + rw && right() >= rx && y <= ry + rh && bottom() >= ry;
    }

    /** Whether the interiors overlap (touching borders do not count). */
    public boolean overlaps(Box other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }
}
