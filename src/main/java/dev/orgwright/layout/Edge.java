package dev.orgwright.layout;

import dev.orgwright.model.PositionId;
import java.util.List;

/**
 * A line between two cards, as a polyline in chart units. A reporting line is an orthogonal
 * elbow: from the manager's bottom centre down to the middle of the gap between the rows,
 * across, and down to the report's top centre. A dotted line runs from a side of one card to a
 * side of the other in horizontal and vertical runs around the cards between them (straight
 * when the two face each other with nothing between).
 *
 * @param manager the upper end: the manager, or the dotted-line manager
 * @param report  the lower end: the position that reports
 * @param points  at least two points, from the manager's end to the report's
 * @param dotted  whether this is a dotted (secondary) reporting line
 */
public record Edge(PositionId manager, PositionId report, List<Point> points, boolean dotted) {

    /** Copies the points and checks there is a line to draw. */
    public Edge {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("An edge needs at least two points.");
        }
    }

    /** The smallest box around every point. */
    public Box bounds() {
        return Box.around(points);
    }
}
