package dev.orgwright.layout;

import dev.orgwright.model.PositionId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The dotted lines of one layout, each routed around the cards by {@link DottedLineRouter} the
 * first time it is asked for and kept for as long as the layout's boxes stay: a view routes only
 * the lines that can reach it, an export routes them all, and a frame after the first pays
 * nothing. A line the router cannot route within its budget runs straight between the cards'
 * facing sides.
 */
final class DottedLines {

    private final PositionId[] ids;
    private final int[] managers;
    private final int[] reports;
    private final Box[] reach;
    private final AtomicReferenceArray<Edge> routed;
    private final DottedLineRouter router;
    private final double[] x;
    private final double[] y;
    private final double[] w;
    private final double[] h;
    private final AtomicInteger straightLines = new AtomicInteger();

    DottedLines(PositionId[] ids, int[] managers, int[] reports, BandIndex cards,
                double[] x, double[] y, double[] w, double[] h, Box bounds) {
        this.ids = ids;
        this.managers = managers;
        this.reports = reports;
        this.x = x;
        this.y = y;
        this.w = w;
        this.h = h;
        this.router = new DottedLineRouter(cards, x, y, w, h, bounds);
        this.reach = new Box[managers.length];
        for (int k = 0; k < managers.length; k++) {
            reach[k] = router.reach(managers[k], reports[k]);
        }
        this.routed = new AtomicReferenceArray<>(managers.length);
    }

    /** Every line, routed. */
    List<Edge> all() {
        List<Edge> out = new ArrayList<>(managers.length);
        for (int k = 0; k < managers.length; k++) {
            out.add(edge(k));
        }
        return Collections.unmodifiableList(out);
    }

    /** The lines that cross the rectangle; only the lines that can reach it are routed. */
    List<Edge> in(double qx, double qy, double qw, double qh) {
        List<Edge> out = new ArrayList<>();
        for (int k = 0; k < managers.length; k++) {
            if (reach[k].intersects(qx, qy, qw, qh)) {
                Edge e = edge(k);
                if (e.bounds().intersects(qx, qy, qw, qh)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private Edge edge(int k) {
        Edge e = routed.get(k);
        if (e == null) {
            List<Point> points = router.route(managers[k], reports[k]);
            if (points == null) {
                straightLines.incrementAndGet();
            }
            e = new Edge(ids[managers[k]], ids[reports[k]], points != null ? points : straight(managers[k], reports[k]),
                    true);
            routed.compareAndSet(k, null, e);
            e = routed.get(k);
        }
        return e;
    }

    /** How many of the lines routed so far found no route within the budget and run straight. */
    int straightLines() {
        return straightLines.get();
    }

    /** The line of old: straight between the facing sides. */
    private List<Point> straight(int a, int b) {
        if (x[b] > x[a] + w[a]) {
            return List.of(new Point(x[a] + w[a], y[a] + h[a] / 2), new Point(x[b], y[b] + h[b] / 2));
        } else if (x[b] + w[b] < x[a]) {
            return List.of(new Point(x[a], y[a] + h[a] / 2), new Point(x[b] + w[b], y[b] + h[b] / 2));
        } else if (y[b] >= y[a] + h[a]) {
            return List.of(new Point(x[a] + w[a] / 2, y[a] + h[a]), new Point(x[b] + w[b] / 2, y[b]));
        }
        return List.of(new Point(x[a] + w[a] / 2, y[a]), new Point(x[b] + w[b] / 2, y[b] + h[b]));
    }
}
