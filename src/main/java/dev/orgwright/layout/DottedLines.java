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
 *
 * <p>Routed lines that share a gap are spread into lanes by {@link DottedLineLanes}. A line's
 * lanes depend on the lines whose runs may share a gap with its own, so a line is settled
 * together with its cluster: the routed lines linked to it, directly or through others, by runs
 * that {@link DottedLineLanes#meet}. Only the lines whose possible extent reaches a member's runs
 * are routed to find it. Clusters do not depend on which line is asked for first, and lines in
 * different clusters get the same lanes spread apart as together, so a view and an export draw
 * the same lanes. A line alone in its cluster is spread alone only when another routed line
 * comes within twice {@link DottedLineLanes#REACH} of it, as when clusters were formed that way.
 */
final class DottedLines {

    private final PositionId[] ids;
    private final int[] managers;
    private final int[] reports;
    private final Box[] reach;
    /** Each line's tighter possible extent ({@link DottedLineRouter#extent}), once worked out. */
    private final DottedLineRouter.Extent[] extent;
    private final AtomicReferenceArray<Edge> routed;
    private final DottedLineRouter router;
    private final double[] x;
    private final double[] y;
    private final double[] w;
    private final double[] h;
    private final AtomicInteger straightLines = new AtomicInteger();
    private final DottedLineLanes lanes;
    /** Each line's route before lanes, once worked out; {@link #STRAIGHT} when it found none. */
    private final List<Point>[] base;
    /** Each routed line's runs with their lane ranges, once worked out. */
    private final DottedLineLanes.Run[][] prepared;
    private static final List<Point> STRAIGHT = List.of();

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
        this.lanes = new DottedLineLanes(cards, x, y, w, h, bounds);
        this.reach = new Box[managers.length];
        this.extent = new DottedLineRouter.Extent[managers.length];
        double r = DottedLineLanes.REACH;
        for (int k = 0; k < managers.length; k++) {
            Box b = router.reach(managers[k], reports[k]);
            reach[k] = new Box(b.x() - r, b.y() - r, b.width() + 2 * r, b.height() + 2 * r);
        }
        @SuppressWarnings("unchecked")
        List<Point>[] none = new List[managers.length];
        this.base = none;
        this.prepared = new DottedLineLanes.Run[managers.length][];
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
                Edge e = routed.get(k);
                if (e == null) {
                    if (!mayTouch(k, qx, qy, qw, qh) || !mayReach(k, qx, qy, qw, qh)) {
                        continue; // its route, in any lane, stays outside: its cluster need not be settled
                    }
                    e = edge(k);
                }
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
            settle(k);
            e = routed.get(k);
        }
        return e;
    }

    /** Routes line {@code k} and its cluster, spreads the cluster into lanes and keeps the results. */
    private synchronized void settle(int k) {
        if (routed.get(k) != null) {
            return;
        }
        if (baseRoute(k) == STRAIGHT) {
            routed.set(k, new Edge(ids[managers[k]], ids[reports[k]], straight(managers[k], reports[k]), true));
            return;
        }
        List<Integer> cluster = new ArrayList<>();
        boolean[] in = new boolean[managers.length];
        cluster.add(k);
        in[k] = true;
        for (int q = 0; q < cluster.size(); q++) {
            DottedLineLanes.Run[] mine = runs(cluster.get(q));
            for (int j = 0; j < managers.length; j++) {
                int other = j;
                if (!in[j] && DottedLineLanes.mayMeet(mine, reach[j])
                        && DottedLineLanes.mayMeet(mine, (rx, ry, rw, rh) -> mayTouch(other, rx, ry, rw, rh))) {
                    if (baseRoute(j) != STRAIGHT && DottedLineLanes.meet(mine, runs(j))) {
                        in[j] = true;
                        cluster.add(j);
                    }
                }
            }
        }
        if (cluster.size() == 1) {
            // Spread alone or with lines whose runs never meet its own, a line gets the same lanes;
            // left alone, with no routed line near, it keeps its route.
            List<Point> alone = lanes.spread(List.of(base[k]), new int[] {managers[k]}, new int[] {reports[k]}).get(0);
            routed.set(k, new Edge(ids[managers[k]], ids[reports[k]], alone.equals(base[k]) || hasNeighbour(k)
                    ? alone : base[k], true));
            return;
        }
        cluster.sort(null);
        List<List<Point>> routes = new ArrayList<>(cluster.size());
        int[] from = new int[cluster.size()];
        int[] to = new int[cluster.size()];
        for (int q = 0; q < cluster.size(); q++) {
            int j = cluster.get(q);
            routes.add(base[j]);
            from[q] = managers[j];
            to[q] = reports[j];
        }
        List<List<Point>> spread = cluster.size() > 1 ? lanes.spread(routes, from, to) : routes;
        for (int q = 0; q < cluster.size(); q++) {
            int j = cluster.get(q);
            routed.set(j, new Edge(ids[managers[j]], ids[reports[j]], spread.get(q), true));
        }
    }

    /** Whether some other routed line's route comes within twice {@link DottedLineLanes#REACH} of line {@code k}'s. */
    private boolean hasNeighbour(int k) {
        Box b = Box.around(base[k]);
        double r2 = 2 * DottedLineLanes.REACH;
        double bx = b.x() - r2;
        double by = b.y() - r2;
        double bw = b.width() + 2 * r2;
        double bh = b.height() + 2 * r2;
        for (int j = 0; j < managers.length; j++) {
            if (j != k && reach[j].intersects(bx, by, bw, bh) && mayTouch(j, bx, by, bw, bh)) {
                List<Point> other = baseRoute(j);
                if (other != STRAIGHT && Box.around(other).intersects(bx, by, bw, bh)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether line {@code k}'s route, in any lane, may share a point with the rectangle, found
     * without routing it: its cards' reach, or the corridor of a long line, widened by the lanes' reach.
     */
    private boolean mayTouch(int k, double qx, double qy, double qw, double qh) {
        double r = DottedLineLanes.REACH;
        return extent(k).touches(qx - r, qy - r, qw + 2 * r, qh + 2 * r);
    }

    private synchronized DottedLineRouter.Extent extent(int k) {
        if (extent[k] == null) {
            extent[k] = router.extent(managers[k], reports[k]);
        }
        return extent[k];
    }

    /** The runs of line {@code k}'s route with their lane ranges, worked out once. */
    private synchronized DottedLineLanes.Run[] runs(int k) {
        if (prepared[k] == null) {
            prepared[k] = lanes.prepared(0, baseRoute(k), managers[k], reports[k]);
        }
        return prepared[k];
    }

    /** Whether line {@code k}, in whatever lanes, may cross the rectangle. */
    private boolean mayReach(int k, double qx, double qy, double qw, double qh) {
        List<Point> b = baseRoute(k);
        if (b == STRAIGHT) {
            return true;
        }
        Box box = Box.around(b);
        double r = DottedLineLanes.REACH;
        return box.intersects(qx - r, qy - r, qw + 2 * r, qh + 2 * r);
    }

    /** The line's route before lanes, worked out once; {@link #STRAIGHT} when the router found none. */
    private synchronized List<Point> baseRoute(int k) {
        if (base[k] == null) {
            List<Point> points = router.route(managers[k], reports[k]);
            if (points == null) {
                straightLines.incrementAndGet();
            }
            base[k] = points != null ? points : STRAIGHT;
        }
        return base[k];
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
