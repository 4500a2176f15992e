package dev.orgwright.layout;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where every card of one chart sits, and the lines between them, in chart units (pixels at
 * 100% zoom, y growing downwards). Immutable. Besides lookup by id it answers the two
 * questions a viewport asks, which cards are in this rectangle and which card is under this
 * point, through a per-row index, in O(rows in view × log n + answer) rather than by a scan.
 */
public final class ChartLayout {

    private final PositionId[] ids;
    private final Map<PositionId, Integer> index;
    private final int[] parent;
    private final double[] x;
    private final double[] y;
    private final double[] width;
    private final double[] height;
    private final double[] rowTop;
    private final double[] rowHeight;
    private final RowIndex rows;
    private final List<Edge> dottedLines;
    private final Box bounds;

    ChartLayout(Chart chart, PositionId[] ids, Map<PositionId, Integer> index, int[] parent, int[] depth,
                double[] x, double[] y, double[] width, double[] height, double[] rowTop, double[] rowHeight) {
        this.ids = ids;
        this.index = index;
        this.parent = parent;
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.rowTop = rowTop;
        this.rowHeight = rowHeight;
        this.rows = new RowIndex(depth, rowTop.length, parent, x, width);
        this.bounds = measureBounds();
        this.dottedLines = routeDottedLines(chart);
    }

    /** The number of positions laid out. */
    public int size() {
        return ids.length;
    }

    /** Where the card of {@code id} sits, if the position is in this layout. */
    public Optional<Box> box(PositionId id) {
        Integer i = index.get(id);
        return i == null ? Optional.empty() : Optional.of(box(i));
    }

    /** The smallest box around every card; (0, 0, 0, 0) for an empty chart. */
    public Box bounds() {
        return bounds;
    }

    /** The positions whose cards intersect the rectangle, row by row, left to right. */
    public List<PositionId> positionsIn(double qx, double qy, double qw, double qh) {
        List<PositionId> out = new ArrayList<>();
        rows.forEachIn(rowTop, rowHeight, qx, qy, qw, qh, i -> {
            if (y[i] <= qy + qh && y[i] + height[i] >= qy) {
                out.add(ids[i]);
            }
        });
        return out;
    }

    /** The position whose card contains the point (border included), if any. */
    public Optional<PositionId> positionAt(double px, double py) {
        int i = rows.at(rowTop, rowHeight, px, py);
        return i >= 0 && py <= y[i] + height[i] ? Optional.of(ids[i]) : Optional.empty();
    }

    /** Every reporting line, in tree order of the reports. Costs O(n); prefer {@link #edgesIn}. */
    public List<Edge> edges() {
        List<Edge> out = new ArrayList<>(Math.max(0, ids.length - 1));
        for (int i = 0; i < ids.length; i++) {
            if (parent[i] >= 0) {
                out.add(elbow(i));
            }
        }
        return out;
    }

    /**
     * The reporting lines that draw what the rectangle shows. The elbows of one manager share
     * their stem and overlap along the bar, so where a manager has many reports this returns
     * only the elbows whose ends are in view plus the nearest one on each side: together they
     * cover every visible piece of that manager's lines, and a manager of 100,000 reports costs
     * what the view shows. Every returned edge crosses the rectangle.
     */
    public List<Edge> edgesIn(double qx, double qy, double qw, double qh) {
        List<Edge> out = new ArrayList<>();
        rows.forEachReportIn(rowTop, qx, qy, qw, qh, child -> {
            Edge e = elbow(child);
            if (crosses(e, qx, qy, qw, qh)) {
                out.add(e);
            }
        });
        return out;
    }

    /** Every dotted line, straight between the facing sides of the two cards. */
    public List<Edge> dottedLines() {
        return dottedLines;
    }

    private Box box(int i) {
        return new Box(x[i], y[i], width[i], height[i]);
    }

    private Edge elbow(int child) {
        int m = parent[child];
        int row = rows.depthOf(child);
        double managerX = x[m] + width[m] / 2;
        double childX = x[child] + width[child] / 2;
        double midY = (rowTop[row - 1] + rowHeight[row - 1] + rowTop[row]) / 2;
        return new Edge(ids[m], ids[child], List.of(new Point(managerX, y[m] + height[m]), new Point(managerX, midY),
                new Point(childX, midY), new Point(childX, y[child])), false);
    }

    /** Whether any segment of the polyline meets the rectangle; segments here are axis-aligned or short. */
    static boolean crosses(Edge e, double qx, double qy, double qw, double qh) {
        List<Point> p = e.points();
        for (int k = 1; k < p.size(); k++) {
            Point a = p.get(k - 1);
            Point b = p.get(k);
            if (segmentMeets(a.x(), a.y(), b.x(), b.y(), qx, qy, qx + qw, qy + qh)) {
                return true;
            }
        }
        return false;
    }

    /** Liang–Barsky clipping, reduced to a yes/no. */
    private static boolean segmentMeets(double x1, double y1, double x2, double y2,
                                        double minX, double minY, double maxX, double maxY) {
        double t0 = 0;
        double t1 = 1;
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - minX, maxX - x1, y1 - minY, maxY - y1};
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return false;
                }
            } else {
                double r = q[k] / p[k];
                if (p[k] < 0) {
                    t0 = Math.max(t0, r);
                } else {
                    t1 = Math.min(t1, r);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        return true;
    }

    private Box measureBounds() {
        if (ids.length == 0) {
            return new Box(0, 0, 0, 0);
        }
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = 0;
        for (int i = 0; i < ids.length; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i] + width[i]);
            maxY = Math.max(maxY, y[i] + height[i]);
        }
        return new Box(minX, 0, maxX - minX, maxY);
    }

    private List<Edge> routeDottedLines(Chart chart) {
        List<Edge> out = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            Position p = chart.position(ids[i]);
            for (PositionId target : p.dottedLines()) {
                Integer m = index.get(target);
                if (m != null) {
                    out.add(straight(m, i));
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    private Edge straight(int manager, int report) {
        Box a = box(manager);
        Box b = box(report);
        Point from;
        Point to;
        if (b.x() > a.right()) {
            from = new Point(a.right(), a.centreY());
            to = new Point(b.x(), b.centreY());
        } else if (b.right() < a.x()) {
            from = new Point(a.x(), a.centreY());
            to = new Point(b.right(), b.centreY());
        } else if (b.y() >= a.bottom()) {
            from = new Point(a.centreX(), a.bottom());
            to = new Point(b.centreX(), b.y());
        } else {
            from = new Point(a.centreX(), a.y());
            to = new Point(b.centreX(), b.bottom());
        }
        return new Edge(ids[manager], ids[report], List.of(from, to), true);
    }
}
