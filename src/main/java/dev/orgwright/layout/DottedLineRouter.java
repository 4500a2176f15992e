package dev.orgwright.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Routes a dotted line between two placed cards as a polyline of horizontal and vertical runs
 * that passes through no other card, keeping a small clearance from every card, with few bends
 * and little length. Pure geometry over the layout's boxes.
 *
 * <p>Two facing cards with nothing between them are joined by one straight run. Otherwise the
 * router searches a grid whose lines are the cards' edges pushed out by the clearance (the
 * channels the layout leaves between rows and columns) with A*, where a bend costs as much as
 * {@link #BEND} units of length. The search is confined to the rectangle around both cards
 * widened by a margin, so its cost follows the cards near the line, not the chart; it is tried
 * again with a wider margin, then without clearance. A line whose region holds too many cards,
 * or whose search runs out of steps, is routed along a corridor: a coarse search over a
 * {@link CoarseGrid} of the chart finds a path of cells, and the fine search runs on the
 * channels of the corridor's cards only, with a budget that grows with the corridor; it gives
 * up ({@code null}) past that budget. A route never leaves {@link #reach} of its two cards, nor
 * {@link #extent}, which a view can test without routing the line.
 */
final class DottedLineRouter {

    /**
     * How far a route keeps from the cards it passes: clear of the card's border, and clear of the
     * solid lines, which run midway between cards (a stack's spine half a sibling gap beside it).
     */
    static final double CLEARANCE = 5;
    /** What one bend costs, in units of length. */
    static final double BEND = 60;
    /** Regions holding more cards than this are not searched: such a line is drawn straight. */
    static final int MAX_CARDS = 1_000;
    /**
     * How much more the distance still to go weighs than the distance gone: above 1 the search
     * heads for the goal and settles far fewer points, for routes at most this much longer than
     * the best.
     */
    static final double GREED = 1.5;
    /** The greed of a search along a corridor, which the corridor keeps from straying. */
    static final double LONG_GREED = 3;
    /** How many cells a corridor's path is widened by on each side: first, then if no route was found. */
    private static final int[] WIDEN = {1, 3};
    /** The number of grid points one search may settle before it gives up. */
    static final int MAX_STEPS = 10_000;
    /** The steps a search along a corridor may take for each of its cells, past {@link #MAX_STEPS}. */
    static final int STEPS_PER_CELL = 100;
    /** The most steps a search along a corridor may take, however long. */
    static final int MAX_LONG_STEPS = 200_000;
    /**
     * The least side of a coarse grid's cell ({@link CoarseGrid}), in heights of the tallest card
     * with four clearances: as wide as the first margin of a search, so that a cell holds a row of
     * cards and the channel beside it.
     */
    static final double CELL = 2;

    static final int RIGHT = 0;
    static final int DOWN = 1;
    static final int LEFT = 2;
    static final int UP = 3;
    static final int[] DX = {1, 0, -1, 0};
    static final int[] DY = {0, 1, 0, -1};

    private final BandIndex cards;
    private final double[] x;
    private final double[] y;
    private final double[] w;
    private final double[] h;
    private final Box bounds;
    /** The coarse grid for long lines, made the first time one is routed. */
    private CoarseGrid coarse;

    /** A router among the cards of {@code cards}; routes stay within the clearance around {@code bounds}. */
    DottedLineRouter(BandIndex cards, double[] x, double[] y, double[] w, double[] h, Box bounds) {
        this.bounds = bounds;
        this.cards = cards;
        this.x = x;
        this.y = y;
        this.w = w;
        this.h = h;
    }

    /** The first margin around the two cards' rectangle that a search covers. */
    private double margin(int a, int b) {
        return 2 * (Math.max(h[a], h[b]) + 4 * CLEARANCE);
    }

    /** The rectangle any route between cards {@code a} and {@code b} stays in. */
    Box reach(int a, int b) {
        double m = 4 * margin(a, b);
        double left = Math.min(x[a], x[b]) - m;
        double top = Math.min(y[a], y[b]) - m;
        double right = Math.max(x[a] + w[a], x[b] + w[b]) + m;
        double bottom = Math.max(y[a] + h[a], y[b] + h[b]) + m;
        return new Box(left, top, right - left, bottom - top);
    }

    /**
     * A route from a side of card {@code a} to a side of card {@code b}: at least two points,
     * every run horizontal or vertical; {@code null} when none was found within the budget.
     */
    List<Point> route(int a, int b) {
        return route(a, b, true, Long.MAX_VALUE);
    }

    /**
     * What {@link #route(int, int, long)} returns for a line it leaves to another call: a line
     * that must be routed along a corridor, or one whose search was not done by the deadline.
     */
    static final List<Point> LATER = List.of(new Point(Double.NaN, Double.NaN));

    /**
     * {@link #route(int, int)} by {@code deadline} ({@link System#nanoTime}), or {@link #LATER}:
     * the work whose time has no small bound (building the coarse grid, a corridor's search of up
     * to {@link #MAX_LONG_STEPS} steps) is left to another call, and so is a fine search not done
     * by the deadline. What it returns otherwise is exactly the route {@link #route(int, int)}
     * finds: the deadline only stops the work, it never changes its course.
     */
    List<Point> route(int a, int b, long deadline) {
        return route(a, b, false, deadline);
    }

    private List<Point> route(int a, int b, boolean longToo, long deadline) {
        List<Point> direct = direct(a, b);
        if (direct != null) {
            return direct;
        }
        double m = margin(a, b);
        for (double[] attempt : new double[][] {{m, CLEARANCE}, {4 * m, CLEARANCE}, {4 * m, 0}}) {
            RouteSearch search = search(a, b, attempt[0], attempt[1], deadline);
            if (search == TIMED_OUT) {
                return LATER;
            }
            if (search == null) {
                return longToo ? routeLong(a, b) : LATER;
            }
            List<Point> found = search.run(deadline);
            if (found != null) {
                return found;
            }
            if (search.outOfTime()) {
                return LATER;
            }
            if (search.outOfSteps()) {
                return longToo ? routeLong(a, b) : LATER; // a wider region would cost more still
            }
        }
        return null;
    }

    /** What {@link #search} returns when the deadline came while it gathered the cards. */
    private static final RouteSearch TIMED_OUT = new RouteSearch(new double[] {0}, new double[] {0},
            new RouteObstacles(0, 0, 0, 0), new Port[0], new Port[0], 0, 1);
    /** How many cards or steps go between two looks at the clock. */
    static final int CLOCK_EVERY = 128;

    /**
     * Whether the line between cards {@code a} and {@code b} is long: its first region holds more
     * than {@link #MAX_CARDS} cards, so its {@link #extent} needs the coarse grid. Cheap: it
     * counts at most that many cards.
     */
    boolean isLong(int a, int b) {
        return direct(a, b) == null && crowded(a, b, margin(a, b), Long.MAX_VALUE) == Boolean.TRUE;
    }

    /**
     * {@link #isLong(int, int)} by {@code deadline} ({@link System#nanoTime}); {@code null} when
     * the counting was not done by then.
     */
    Boolean isLong(int a, int b, long deadline) {
        if (direct(a, b) != null) {
            return false;
        }
        return crowded(a, b, margin(a, b), deadline);
    }


    /**
     * A route for a line whose region holds too many cards for one search: a coarse search over
     * the {@link CoarseGrid} finds a corridor of cells within the line's {@link #reach}, and the
     * fine search runs on the channels of the corridor's cards only, with a budget of steps that
     * grows with the corridor. Tried with a narrow corridor, then a wider one.
     */
    private List<Point> routeLong(int a, int b) {
        CoarseGrid grid = coarseGrid();
        Box within = within(a, b);
        Box from = new Box(x[a], y[a], w[a], h[a]);
        Box to = new Box(x[b], y[b], w[b], h[b]);
        int[] path = grid.path(from, to, within);
        for (int widen : WIDEN) {
            CoarseGrid.Corridor corridor = grid.corridor(path, from, to, within, widen);
            Box cb = grid.extent(path, from, to, within, widen);
            RouteObstacles obstacles = new RouteObstacles(Math.max(within.x(), cb.x()), Math.max(within.y(), cb.y()),
                    Math.min(within.right(), cb.right()), Math.min(within.bottom(), cb.bottom()), corridor);
            obstacles.add(x[a] - CLEARANCE, y[a] - CLEARANCE, x[a] + w[a] + CLEARANCE, y[a] + h[a] + CLEARANCE);
            obstacles.add(x[b] - CLEARANCE, y[b] - CLEARANCE, x[b] + w[b] + CLEARANCE, y[b] + h[b] + CLEARANCE);
            grid.forEachCard(corridor, i -> {
                if (i != a && i != b) {
                    obstacles.add(x[i] - CLEARANCE, y[i] - CLEARANCE, x[i] + w[i] + CLEARANCE, y[i] + h[i] + CLEARANCE);
                }
            });
            int c0 = grid.col(obstacles.rl);
            int c1 = grid.col(obstacles.rr);
            int r0 = grid.row(obstacles.rt);
            int r1 = grid.row(obstacles.rb);
            double[] cellXs = new double[c1 - c0 + 2];
            double[] cellYs = new double[r1 - r0 + 2];
            for (int c = c0; c <= c1 + 1; c++) {
                cellXs[c - c0] = clamp(grid.left + c * grid.size, obstacles.rl, obstacles.rr);
            }
            for (int q = r0; q <= r1 + 1; q++) {
                cellYs[q - r0] = clamp(grid.top + q * grid.size, obstacles.rt, obstacles.rb);
            }
            int budget = (int) Math.min(MAX_LONG_STEPS, MAX_STEPS + (long) STEPS_PER_CELL * corridor.cells());
            RouteSearch search = grid(obstacles, ports(a, CLEARANCE), ports(b, CLEARANCE), cellXs, cellYs, budget,
                    LONG_GREED);
            List<Point> found = search.run();
            if (found != null || search.outOfSteps()) {
                return found;
            }
        }
        return null;
    }

    /** The reach of two cards, cut to the chart's bounds and their clearance. */
    private Box within(int a, int b) {
        Box r = reach(a, b);
        double rl = Math.max(r.x(), bounds.x() - CLEARANCE);
        double rt = Math.max(r.y(), bounds.y() - CLEARANCE);
        double rr = Math.min(r.right(), bounds.right() + CLEARANCE);
        double rb = Math.min(r.bottom(), bounds.bottom() + CLEARANCE);
        return new Box(rl, rt, rr - rl, rb - rt);
    }

    /**
     * Where the route between two cards stays, found without routing it: a rectangle, and for a
     * long line the cells of its widest corridor too ({@code null} otherwise).
     */
    record Extent(Box box, CoarseGrid grid, int[] cells) {

        /** Whether the route may share a point with the rectangle. */
        boolean touches(double qx, double qy, double qw, double qh) {
            return box.intersects(qx, qy, qw, qh) && (cells == null || grid.touches(cells, qx, qy, qw, qh));
        }
    }

    /**
     * Where the route between cards {@code a} and {@code b} stays, found without routing it: the
     * {@link #reach}, or, for a line whose first region holds too many cards for one search, the
     * cells of its widest corridor (a coarse search, far cheaper than the route).
     */
    Extent extent(int a, int b) {
        Box r = reach(a, b);
        if (!isLong(a, b)) {
            return new Extent(r, null, null); // found in the regions of the fine search, or along a corridor: within reach
        }
        CoarseGrid grid = coarseGrid();
        Box within = within(a, b);
        Box from = new Box(x[a], y[a], w[a], h[a]);
        Box to = new Box(x[b], y[b], w[b], h[b]);
        int[] path = grid.path(from, to, within);
        int widest = WIDEN[WIDEN.length - 1];
        return new Extent(grid.extent(path, from, to, within, widest), grid, grid.cells(path, from, to, within, widest));
    }

    /** Whether the region around both cards widened by {@code margin} holds more than {@link #MAX_CARDS} other cards. */
    private Boolean crowded(int a, int b, double margin, long deadline) {
        double rl = Math.max(Math.min(x[a], x[b]) - margin, bounds.x() - CLEARANCE);
        double rt = Math.max(Math.min(y[a], y[b]) - margin, bounds.y() - CLEARANCE);
        double rr = Math.min(Math.max(x[a] + w[a], x[b] + w[b]) + margin, bounds.right() + CLEARANCE);
        double rb = Math.min(Math.max(y[a] + h[a], y[b] + h[b]) + margin, bounds.bottom() + CLEARANCE);
        int[] count = {0};
        boolean[] late = {false};
        cards.forEachInWhile(rl, rt, rr - rl, rb - rt, i -> {
            if (i != a && i != b) {
                count[0]++;
                if (count[0] % CLOCK_EVERY == 0 && deadline != Long.MAX_VALUE && System.nanoTime() > deadline) {
                    late[0] = true;
                    return false;
                }
            }
            return count[0] <= MAX_CARDS;
        });
        return late[0] ? null : count[0] > MAX_CARDS;
    }

    /** Whether the coarse grid has been built: a long line was routed, or its extent found. */
    synchronized boolean builtCoarseGrid() {
        return coarse != null;
    }

    private synchronized CoarseGrid coarseGrid() {
        if (coarse == null) {
            double tallest = 1;
            for (int i = 0; i < h.length; i++) {
                tallest = Math.max(tallest, h[i]);
            }
            Box region = new Box(bounds.x() - CLEARANCE, bounds.y() - CLEARANCE,
                    bounds.width() + 2 * CLEARANCE, bounds.height() + 2 * CLEARANCE);
            coarse = new CoarseGrid(cards, x, y, w, h, region, CELL * (tallest + 4 * CLEARANCE), CLEARANCE);
        }
        return coarse;
    }

    /** One straight run between facing sides, when the cards overlap across and nothing is between. */
    private List<Point> direct(int a, int b) {
        double top = Math.max(y[a], y[b]);
        double bottom = Math.min(y[a] + h[a], y[b] + h[b]);
        if (top < bottom) {
            double cy = (top + bottom) / 2;
            double from = x[a] + w[a] <= x[b] ? x[a] + w[a] : x[a];
            double to = x[a] + w[a] <= x[b] ? x[b] : x[b] + w[b];
            if (x[b] + w[b] <= x[a] || x[a] + w[a] <= x[b]) {
                return clear(a, b, Math.min(from, to), cy, Math.abs(to - from), 0)
                        ? List.of(new Point(from, cy), new Point(to, cy)) : null;
            }
            return null;
        }
        double left = Math.max(x[a], x[b]);
        double right = Math.min(x[a] + w[a], x[b] + w[b]);
        if (left < right) {
            // Off the centre, where the solid reporting lines leave and enter a card.
            double cx = left + (right - left) * 3 / 4;
            double from = y[a] + h[a] <= y[b] ? y[a] + h[a] : y[a];
            double to = y[a] + h[a] <= y[b] ? y[b] : y[b] + h[b];
            return clear(a, b, cx, Math.min(from, to), 0, Math.abs(to - from))
                    ? List.of(new Point(cx, from), new Point(cx, to)) : null;
        }
        return null;
    }

    /** Whether the run (a line as a zero-width or zero-height rectangle) stays clear of every other card. */
    private boolean clear(int a, int b, double rx, double ry, double rw, double rh) {
        boolean[] hit = {false};
        double c = CLEARANCE;
        cards.forEachIn(rx - c, ry - c, rw + 2 * c, rh + 2 * c, i -> {
            if (i != a && i != b && x[i] - c < rx + rw && rx < x[i] + w[i] + c
                    && y[i] - c < ry + rh && ry < y[i] + h[i] + c) {
                hit[0] = true;
            }
        });
        return !hit[0];
    }

    /** A* over the channel grid of the region around both cards; {@code null} when the region holds too many cards. */
    private RouteSearch search(int a, int b, double margin, double c, long deadline) {
        double rl = Math.min(x[a], x[b]) - margin;
        double rt = Math.min(y[a], y[b]) - margin;
        double rr = Math.max(x[a] + w[a], x[b] + w[b]) + margin;
        double rb = Math.max(y[a] + h[a], y[b] + h[b]) + margin;
        // Within the chart's bounds and their clearance, which every export's margin holds.
        rl = Math.max(rl, bounds.x() - CLEARANCE);
        rt = Math.max(rt, bounds.y() - CLEARANCE);
        rr = Math.min(rr, bounds.right() + CLEARANCE);
        rb = Math.min(rb, bounds.bottom() + CLEARANCE);
        RouteObstacles obstacles = new RouteObstacles(rl, rt, rr, rb);
        obstacles.add(x[a] - c, y[a] - c, x[a] + w[a] + c, y[a] + h[a] + c);
        obstacles.add(x[b] - c, y[b] - c, x[b] + w[b] + c, y[b] + h[b] + c);
        int[] count = {0};
        boolean[] late = {false};
        cards.forEachInWhile(rl, rt, rr - rl, rb - rt, i -> {
            if (i != a && i != b) {
                count[0]++;
                if (count[0] > MAX_CARDS) {
                    return false;
                }
                if (count[0] % CLOCK_EVERY == 0 && deadline != Long.MAX_VALUE && System.nanoTime() > deadline) {
                    late[0] = true;
                    return false;
                }
                obstacles.add(x[i] - c, y[i] - c, x[i] + w[i] + c, y[i] + h[i] + c);
            }
            return true;
        });
        if (late[0]) {
            return TIMED_OUT;
        }
        if (count[0] > MAX_CARDS) {
            return null;
        }
        return grid(obstacles, ports(a, c), ports(b, c), new double[0], new double[0], MAX_STEPS, GREED);
    }

    /**
     * The search over the channel grid of the obstacles: their edges, the ports' stub ends, the
     * rectangle's sides and the extra lines given.
     */
    private static RouteSearch grid(RouteObstacles obstacles, Port[] starts, Port[] goals,
                                    double[] moreXs, double[] moreYs, int maxSteps, double greed) {
        double rl = obstacles.rl;
        double rt = obstacles.rt;
        double rr = obstacles.rr;
        double rb = obstacles.rb;
        double[] xs = new double[obstacles.size() * 2 + 2 + 16 + moreXs.length];
        double[] ys = new double[obstacles.size() * 2 + 2 + 16 + moreYs.length];
        int nx = 0;
        int ny = 0;
        xs[nx++] = rl;
        xs[nx++] = rr;
        ys[ny++] = rt;
        ys[ny++] = rb;
        for (int k = 0; k < obstacles.size(); k++) {
            xs[nx++] = clamp(obstacles.left[k], rl, rr);
            xs[nx++] = clamp(obstacles.right[k], rl, rr);
            ys[ny++] = clamp(obstacles.top[k], rt, rb);
            ys[ny++] = clamp(obstacles.bottom[k], rt, rb);
        }
        for (Port p : starts) {
            xs[nx++] = p.sx;
            ys[ny++] = p.sy;
        }
        for (Port p : goals) {
            xs[nx++] = p.sx;
            ys[ny++] = p.sy;
        }
        for (double v : moreXs) {
            xs[nx++] = v;
        }
        for (double v : moreYs) {
            ys[ny++] = v;
        }
        xs = unique(xs, nx);
        ys = unique(ys, ny);
        obstacles.index();
        return new RouteSearch(xs, ys, obstacles, starts, goals, maxSteps, greed);
    }

    private static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : Math.min(v, hi);
    }

    private static double[] unique(double[] v, int n) {
        Arrays.sort(v, 0, n);
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (m == 0 || v[k] != v[m - 1]) {
                v[m++] = v[k];
            }
        }
        return Arrays.copyOf(v, m);
    }

    /**
     * Where a route may leave or enter a card: the middle of the left and right sides, and a
     * point a quarter in from the right on the top and bottom, clear of the solid lines that meet
     * a card at its centre. (px, py) is on the border; (sx, sy) is the end of the short stub out
     * to the clearance; {@code out} is the direction of the stub.
     */
    record Port(double px, double py, double sx, double sy, int out) {
    }

    private Port[] ports(int i, double c) {
        double cx = x[i] + w[i] * 3 / 4;
        double cy = y[i] + h[i] / 2;
        return new Port[] {
            new Port(x[i] + w[i], cy, x[i] + w[i] + c, cy, RIGHT),
            new Port(x[i], cy, x[i] - c, cy, LEFT),
            new Port(cx, y[i] + h[i], cx, y[i] + h[i] + c, DOWN),
            new Port(cx, y[i], cx, y[i] - c, UP),
        };
    }
}
