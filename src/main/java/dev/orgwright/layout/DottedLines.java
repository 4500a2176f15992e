package dev.orgwright.layout;

import dev.orgwright.model.PositionId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantLock;

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
 *
 * <p>A view's frame works within a {@link RoutingBudget}: the routes, the search for a cluster
 * and its spreading into lanes stop when the budget says so and go on from there in the next
 * frame, and the lines not settled yet are reported pending rather than drawn. A budget with a
 * {@linkplain RoutingBudget#background() background executor} hands the long pieces (a long
 * line's extent and route) to it instead of doing them, so a frame never waits for one; the
 * next frames find them done.
 */
final class DottedLines {

    private final PositionId[] ids;
    private final int[] managers;
    private final int[] reports;
    private final Box[] reach;
    /** Each line's tighter possible extent ({@link DottedLineRouter#extent}), once worked out. */
    private final AtomicReferenceArray<DottedLineRouter.Extent> extent;
    private final AtomicReferenceArray<Edge> routed;
    private final DottedLineRouter router;
    private final double[] x;
    private final double[] y;
    private final double[] w;
    private final double[] h;
    private final AtomicInteger straightLines = new AtomicInteger();
    /**
     * Guards the routing (the router, the runs and the searches); what it worked out is read
     * without it (the routes, extents and settled lines are kept in atomic arrays).
     */
    private final ReentrantLock lock = new ReentrantLock();
    /** How many routes and extents have been worked out. */
    private final AtomicInteger work = new AtomicInteger();
    /** The searches for clusters that a budget cut short, by the line they started from. */
    private final Map<Integer, ClusterSearch> searches = new HashMap<>();
    private final DottedLineLanes lanes;
    /** Each line's route before lanes, once worked out; {@link #STRAIGHT} when it found none. */
    private final AtomicReferenceArray<List<Point>> base;
    /** Each routed line's runs with their lane ranges, once worked out. */
    private final DottedLineLanes.Run[][] prepared;
    private static final List<Point> STRAIGHT = List.of();
    /**
     * Per line, for a budget with a background: {@link #NOT_KNOWN} yet, its pieces done
     * {@link #IN_FRAME}, or {@link #HANDED_ON} (a long line, or a piece not done by a frame's
     * deadline).
     */
    private final AtomicIntegerArray where;
    private static final int NOT_KNOWN = 0;
    private static final int IN_FRAME = 1;
    private static final int HANDED_ON = 2;
    /** Per line: 1 while a long piece of it is handed to a background executor. */
    private final AtomicIntegerArray handedOn;
    /** When a frame with a background executor last asked for lines (System.nanoTime). */
    private volatile long lastAsked;
    /** How long after the last frame's question a long piece handed on is still worked out. */
    private static final long STALE_NANOS = 2_000_000_000L;
    private static final System.Logger LOG = System.getLogger(DottedLines.class.getName());

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
        this.extent = new AtomicReferenceArray<>(managers.length);
        double r = DottedLineLanes.REACH;
        for (int k = 0; k < managers.length; k++) {
            Box b = router.reach(managers[k], reports[k]);
            reach[k] = new Box(b.x() - r, b.y() - r, b.width() + 2 * r, b.height() + 2 * r);
        }
        this.base = new AtomicReferenceArray<>(managers.length);
        this.prepared = new DottedLineLanes.Run[managers.length][];
        this.routed = new AtomicReferenceArray<>(managers.length);
        this.where = new AtomicIntegerArray(managers.length);
        this.handedOn = new AtomicIntegerArray(managers.length);
    }

    /** Every line, routed. */
    List<Edge> all() {
        List<Edge> out = new ArrayList<>(managers.length);
        for (int k = 0; k < managers.length; k++) {
            out.add(edge(k));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The settled lines that cross the rectangle, working only while {@code budget} allows: only
     * the lines that can reach the rectangle are routed, with their clusters, and a line whose
     * settling the budget cut short is reported pending rather than drawn. What was worked out is
     * kept, so the next call goes on from there; with {@link RoutingBudget#UNLIMITED} nothing is pending.
     */
    DottedLinesSoFar in(double qx, double qy, double qw, double qh, RoutingBudget budget) {
        List<Edge> out = new ArrayList<>();
        boolean pending = false;
        if (budget.background() != null) {
            lastAsked = System.nanoTime();
        }
        for (int k = 0; k < managers.length; k++) {
            if (reach[k].intersects(qx, qy, qw, qh)) {
                Edge e = routed.get(k);
                if (e == null) {
                    if (extent(k, budget) == null) {
                        pending = true;
                        continue;
                    }
                    if (!mayTouch(k, qx, qy, qw, qh)) {
                        continue; // its route, in any lane, stays outside: its cluster need not be settled
                    }
                    if (baseRoute(k, budget) == null) {
                        pending = true;
                        continue;
                    }
                    if (!mayReach(k, qx, qy, qw, qh)) {
                        continue;
                    }
                    // A line waiting for a long piece done elsewhere leaves the budget to the others.
                    boolean spent = pending && (budget.background() == null || !budget.goOn());
                    if (spent || !settle(k, budget)) {
                        // Once the budget has run out, no cluster is searched on: that is the next call's work.
                        pending = true;
                        continue;
                    }
                    e = routed.get(k);
                }
                if (e.bounds().intersects(qx, qy, qw, qh)) {
                    out.add(e);
                }
            }
        }
        return new DottedLinesSoFar(out, pending);
    }

    private Edge edge(int k) {
        Edge e = routed.get(k);
        if (e == null) {
            settle(k, RoutingBudget.UNLIMITED);
            e = routed.get(k);
        }
        return e;
    }

    /**
     * Routes line {@code k} and its cluster, spreads the cluster into lanes and keeps the results;
     * false when the budget ran out first. The search for the cluster is kept where it stopped
     * and goes on with the next call: what it finds depends only on the routes, never on when
     * they were worked out, so the lines come out as they would in one go.
     */
    private boolean settle(int k, RoutingBudget budget) {
        if (!lock(budget)) {
            return false;
        }
        try {
            return settleLocked(k, budget);
        } finally {
            lock.unlock();
        }
    }

    private boolean settleLocked(int k, RoutingBudget budget) {
        if (routed.get(k) != null) {
            searches.remove(k);
            return true;
        }
        List<Point> route = baseRoute(k, budget);
        if (route == null) {
            return false;
        }
        if (route == STRAIGHT) {
            routed.set(k, new Edge(ids[managers[k]], ids[reports[k]], straight(managers[k], reports[k]), true));
            return true;
        }
        ClusterSearch search = searches.computeIfAbsent(k, ClusterSearch::new);
        if (!search.grow(budget)) {
            return false;
        }
        List<Integer> cluster = search.members;
        if (cluster.size() == 1) {
            Boolean near = hasNeighbour(k, budget);
            if (near == null) {
                return false;
            }
            searches.remove(k);
            // Spread alone or with lines whose runs never meet its own, a line gets the same lanes;
            // left alone, with no routed line near, it keeps its route.
            List<Point> alone = lanes.spread(List.of(base.get(k)), new int[] {managers[k]}, new int[] {reports[k]}).get(0);
            routed.set(k, new Edge(ids[managers[k]], ids[reports[k]], alone.equals(base.get(k)) || near
                    ? alone : base.get(k), true));
            return true;
        }
        if (search.spreading == null) {
            cluster.sort(null);
            List<List<Point>> routes = new ArrayList<>(cluster.size());
            int[] from = new int[cluster.size()];
            int[] to = new int[cluster.size()];
            for (int q = 0; q < cluster.size(); q++) {
                int j = cluster.get(q);
                routes.add(base.get(j));
                from[q] = managers[j];
                to[q] = reports[j];
            }
            search.spreading = lanes.spreading(routes, from, to);
        }
        if (!search.spreading.go(budget::goOn)) {
            return false;
        }
        searches.remove(k);
        List<List<Point>> spread = search.spreading.result();
        for (int q = 0; q < cluster.size(); q++) {
            int j = cluster.get(q);
            routed.set(j, new Edge(ids[managers[j]], ids[reports[j]], spread.get(q), true));
        }
        return true;
    }

    /**
     * The search for one line's cluster: the routed lines linked to it, directly or through
     * others, by runs that {@link DottedLineLanes#meet}. It tests each member against every other
     * line in turn and can stop between two lines when the budget runs out, to go on from there;
     * then the cluster is spread into lanes, in steps too.
     */
    private final class ClusterSearch {
        final List<Integer> members = new ArrayList<>();
        /** The cluster's spreading into lanes, once the cluster is found. */
        LaneSpreading spreading;
        private final boolean[] in = new boolean[managers.length];
        /** The member being tested, and the line it is tested against next. */
        private int member;
        private int next;

        ClusterSearch(int k) {
            members.add(k);
            in[k] = true;
        }

        /** Goes on with the search; false when the budget ran out before it was done. */
        boolean grow(RoutingBudget budget) {
            boolean first = true;
            for (; member < members.size(); member++, next = 0) {
                DottedLineLanes.Run[] mine = runs(members.get(member));
                for (; next < managers.length; next++) {
                    if (!first && !budget.goOn()) {
                        return false;
                    }
                    first = false;
                    int j = next;
                    if (in[j] || !DottedLineLanes.mayMeet(mine, reach[j])) {
                        continue;
                    }
                    if (extent(j, budget) == null) {
                        return false;
                    }
                    if (!DottedLineLanes.mayMeet(mine, (rx, ry, rw, rh) -> mayTouch(j, rx, ry, rw, rh))) {
                        continue;
                    }
                    List<Point> other = baseRoute(j, budget);
                    if (other == null) {
                        return false;
                    }
                    if (other != STRAIGHT && DottedLineLanes.meet(mine, runs(j))) {
                        in[j] = true;
                        members.add(j);
                    }
                }
            }
            return true;
        }
    }

    /**
     * Whether some other routed line's route comes within twice {@link DottedLineLanes#REACH} of
     * line {@code k}'s; null when the budget ran out before it was known.
     */
    private Boolean hasNeighbour(int k, RoutingBudget budget) {
        Box b = Box.around(base.get(k));
        double r2 = 2 * DottedLineLanes.REACH;
        double bx = b.x() - r2;
        double by = b.y() - r2;
        double bw = b.width() + 2 * r2;
        double bh = b.height() + 2 * r2;
        for (int j = 0; j < managers.length; j++) {
            if (j != k && reach[j].intersects(bx, by, bw, bh)) {
                if (extent(j, budget) == null) {
                    return null;
                }
                if (!mayTouch(j, bx, by, bw, bh)) {
                    continue;
                }
                List<Point> other = baseRoute(j, budget);
                if (other == null) {
                    return null;
                }
                if (other != STRAIGHT && Box.around(other).intersects(bx, by, bw, bh)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether line {@code k}'s route, in any lane, may share a point with the rectangle, found
     * without routing it: its cards' reach, or the corridor of a long line, widened by the lanes'
     * reach. Its extent must have been worked out.
     */
    private boolean mayTouch(int k, double qx, double qy, double qw, double qh) {
        double r = DottedLineLanes.REACH;
        return extent.get(k).touches(qx - r, qy - r, qw + 2 * r, qh + 2 * r);
    }

    /** Line {@code k}'s extent, worked out once; null when the budget allows no more work. */
    private DottedLineRouter.Extent extent(int k, RoutingBudget budget) {
        DottedLineRouter.Extent e = extent.get(k);
        if (e != null || !lock(budget)) {
            return e;
        }
        try {
            e = extent.get(k);
            if (e == null && budget.background() != null && handedOnNow(k, budget)) {
                handOn(k, budget.background());
                return null;
            }
            if (e == null && budget.take()) {
                work.incrementAndGet();
                e = router.extent(managers[k], reports[k]);
                extent.set(k, e);
            }
            return e;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the lock of the routing: a call without a budget waits for it; a view's frame does
     * not wait for another thread (an export) to finish settling a cluster, and finds the work
     * pending instead.
     */
    private boolean lock(RoutingBudget budget) {
        if (budget == RoutingBudget.UNLIMITED) {
            lock.lock();
            return true;
        }
        return lock.tryLock();
    }

    /**
     * The runs of line {@code k}'s route with their lane ranges, worked out once, under the lock;
     * its route must be known.
     */
    private DottedLineLanes.Run[] runs(int k) {
        if (prepared[k] == null) {
            prepared[k] = lanes.prepared(0, base.get(k), managers[k], reports[k]);
        }
        return prepared[k];
    }

    /** Whether line {@code k}, in whatever lanes, may cross the rectangle; its route must be known. */
    private boolean mayReach(int k, double qx, double qy, double qw, double qh) {
        List<Point> b = base.get(k);
        if (b == STRAIGHT) {
            return true;
        }
        Box box = Box.around(b);
        double r = DottedLineLanes.REACH;
        return box.intersects(qx - r, qy - r, qw + 2 * r, qh + 2 * r);
    }

    /**
     * The line's route before lanes, worked out once; {@link #STRAIGHT} when the router found
     * none, null when the budget allows no more work.
     */
    private List<Point> baseRoute(int k, RoutingBudget budget) {
        List<Point> b = base.get(k);
        if (b != null || !lock(budget)) {
            return b;
        }
        try {
            b = base.get(k);
            Executor background = budget.background();
            if (b == null && background != null && where.get(k) == HANDED_ON) {
                handOn(k, background);
                return null;
            }
            if (b == null && budget.take()) {
                work.incrementAndGet();
                List<Point> points = background == null ? router.route(managers[k], reports[k])
                        : router.route(managers[k], reports[k], budget.deadline());
                if (points == DottedLineRouter.LATER) {
                    where.set(k, HANDED_ON);
                    handOn(k, background);
                    return null;
                }
                if (points == null) {
                    straightLines.incrementAndGet();
                }
                b = points != null ? points : STRAIGHT;
                base.set(k, b);
            }
            return b;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether line {@code k}'s pieces go to the budget's background: its extent is a long piece
     * of work, or finding out was not done by the budget's deadline. Under the lock.
     */
    private boolean handedOnNow(int k, RoutingBudget budget) {
        if (where.get(k) == NOT_KNOWN) {
            Boolean crowded = router.isLong(managers[k], reports[k], budget.deadline());
            where.set(k, crowded == Boolean.FALSE ? IN_FRAME : HANDED_ON);
        }
        return where.get(k) == HANDED_ON;
    }

    /**
     * Hands line {@code k}'s long pieces (its extent and route) to {@code background}, once: done
     * there, under the lock, as an export would do them, so the line comes out the same. Left
     * undone when no frame has asked for lines for a while (the view moved on to another
     * layout); the next frame that wants the line hands it on again.
     */
    private void handOn(int k, Executor background) {
        if (!handedOn.compareAndSet(k, 0, 1)) {
            return;
        }
        background.execute(() -> {
            try {
                if (System.nanoTime() - lastAsked > STALE_NANOS) {
                    return;
                }
                extent(k, RoutingBudget.UNLIMITED);
                baseRoute(k, RoutingBudget.UNLIMITED);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "A dotted line could not be routed; it is drawn straight", e);
                lock.lock();
                try {
                    extent.compareAndSet(k, null, new DottedLineRouter.Extent(router.reach(managers[k], reports[k]),
                            null, null));
                    if (base.compareAndSet(k, null, STRAIGHT)) {
                        straightLines.incrementAndGet();
                    }
                } finally {
                    lock.unlock();
                }
            } finally {
                handedOn.set(k, 0);
            }
        });
    }

    /** How many pieces of routing work (a line's route, or its extent) have been done so far. */
    int work() {
        return work.get();
    }

    /** Whether the router has built its coarse grid, which only long lines need. */
    boolean builtCoarseGrid() {
        return router.builtCoarseGrid();
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
