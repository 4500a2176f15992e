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
 * again with a wider margin, then without clearance, and gives up ({@code null}) past a budget
 * of cards or steps. A route never leaves {@link #reach} of its two cards.
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
    /** The number of grid points one search may settle before it gives up. */
    static final int MAX_STEPS = 10_000;

    private static final int RIGHT = 0;
    private static final int DOWN = 1;
    private static final int LEFT = 2;
    private static final int UP = 3;
    private static final int[] DX = {1, 0, -1, 0};
    private static final int[] DY = {0, 1, 0, -1};

    private final BandIndex cards;
    private final double[] x;
    private final double[] y;
    private final double[] w;
    private final double[] h;
    private final Box bounds;

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
        List<Point> direct = direct(a, b);
        if (direct != null) {
            return direct;
        }
        double m = margin(a, b);
        for (double[] attempt : new double[][] {{m, CLEARANCE}, {4 * m, CLEARANCE}, {4 * m, 0}}) {
            Search search = search(a, b, attempt[0], attempt[1]);
            if (search == null) {
                return null;
            }
            List<Point> found = search.run();
            if (found != null) {
                return found;
            }
            if (search.outOfSteps()) {
                return null; // a wider region would cost more still
            }
        }
        return null;
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
    private Search search(int a, int b, double margin, double c) {
        double rl = Math.min(x[a], x[b]) - margin;
        double rt = Math.min(y[a], y[b]) - margin;
        double rr = Math.max(x[a] + w[a], x[b] + w[b]) + margin;
        double rb = Math.max(y[a] + h[a], y[b] + h[b]) + margin;
        // Within the chart's bounds and their clearance, which every export's margin holds.
        rl = Math.max(rl, bounds.x() - CLEARANCE);
        rt = Math.max(rt, bounds.y() - CLEARANCE);
        rr = Math.min(rr, bounds.right() + CLEARANCE);
        rb = Math.min(rb, bounds.bottom() + CLEARANCE);
        Obstacles obstacles = new Obstacles(rl, rt, rr, rb);
        obstacles.add(x[a] - c, y[a] - c, x[a] + w[a] + c, y[a] + h[a] + c);
        obstacles.add(x[b] - c, y[b] - c, x[b] + w[b] + c, y[b] + h[b] + c);
        int[] count = {0};
        cards.forEachIn(rl, rt, rr - rl, rb - rt, i -> {
            if (i != a && i != b) {
                count[0]++;
                if (count[0] <= MAX_CARDS) {
                    obstacles.add(x[i] - c, y[i] - c, x[i] + w[i] + c, y[i] + h[i] + c);
                }
            }
        });
        if (count[0] > MAX_CARDS) {
            return null;
        }
        Port[] starts = ports(a, c);
        Port[] goals = ports(b, c);
        double[] xs = new double[obstacles.size() * 2 + 2 + 16];
        double[] ys = new double[xs.length];
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
        xs = unique(xs, nx);
        ys = unique(ys, ny);
        obstacles.index();
        return new Search(xs, ys, obstacles, starts, goals);
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
    private record Port(double px, double py, double sx, double sy, int out) {
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

    /** The obstacles of one search, as open rectangles, bucketed for point queries. */
    private static final class Obstacles {
        final double rl;
        final double rt;
        final double rr;
        final double rb;
        double[] left = new double[16];
        double[] top = new double[16];
        double[] right = new double[16];
        double[] bottom = new double[16];
        private int n;
        private int cols;
        private int rows;
        private double cellW;
        private double cellH;
        private int[] start;
        private int[] members;

        Obstacles(double rl, double rt, double rr, double rb) {
            this.rl = rl;
            this.rt = rt;
            this.rr = rr;
            this.rb = rb;
        }

        int size() {
            return n;
        }

        void add(double l, double t, double r, double b) {
            if (n == left.length) {
                left = Arrays.copyOf(left, n * 2);
                top = Arrays.copyOf(top, n * 2);
                right = Arrays.copyOf(right, n * 2);
                bottom = Arrays.copyOf(bottom, n * 2);
            }
            left[n] = l;
            top[n] = t;
            right[n] = r;
            bottom[n] = b;
            n++;
        }

        /** Sorts the obstacles into a grid of about one cell per obstacle (counting sort). */
        void index() {
            int cells = Math.max(1, n);
            double width = Math.max(1e-9, rr - rl);
            double height = Math.max(1e-9, rb - rt);
            cols = Math.max(1, (int) Math.round(Math.sqrt(cells * width / height)));
            rows = Math.max(1, cells / cols);
            cellW = width / cols;
            cellH = height / rows;
            start = new int[cols * rows + 1];
            for (int pass = 0; pass < 2; pass++) {
                int[] fill = pass == 1 ? Arrays.copyOf(start, start.length) : null;
                for (int k = 0; k < n; k++) {
                    int c0 = col(left[k]);
                    int c1 = col(right[k]);
                    int r0 = row(top[k]);
                    int r1 = row(bottom[k]);
                    for (int r = r0; r <= r1; r++) {
                        for (int c = c0; c <= c1; c++) {
                            int cell = r * cols + c;
                            if (pass == 0) {
                                start[cell + 1]++;
                            } else {
                                members[fill[cell]++] = k;
                            }
                        }
                    }
                }
                if (pass == 0) {
                    for (int cell = 0; cell < cols * rows; cell++) {
                        start[cell + 1] += start[cell];
                    }
                    members = new int[start[cols * rows]];
                }
            }
        }

        private int col(double v) {
            return (int) Math.max(0, Math.min(cols - 1, Math.floor((v - rl) / cellW)));
        }

        private int row(double v) {
            return (int) Math.max(0, Math.min(rows - 1, Math.floor((v - rt) / cellH)));
        }

        /** Whether the point lies strictly inside an obstacle (on a border is free). */
        boolean blocked(double px, double py) {
            int cell = row(py) * cols + col(px);
            for (int k = start[cell]; k < start[cell + 1]; k++) {
                int o = members[k];
                if (left[o] < px && px < right[o] && top[o] < py && py < bottom[o]) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One A* search over grid states (column, row, direction of arrival). */
    private static final class Search {
        private final double[] xs;
        private final double[] ys;
        private final Obstacles obstacles;
        private final Port[] starts;
        private final Port[] goals;
        private final int[] goalX;
        private final int[] goalY;
        private final StateTable table = new StateTable();
        private final Heap open = new Heap();
        private boolean outOfSteps;

        Search(double[] xs, double[] ys, Obstacles obstacles, Port[] starts, Port[] goals) {
            this.xs = xs;
            this.ys = ys;
            this.obstacles = obstacles;
            this.starts = starts;
            this.goals = goals;
            goalX = new int[goals.length];
            goalY = new int[goals.length];
            for (int g = 0; g < goals.length; g++) {
                goalX[g] = Arrays.binarySearch(xs, goals[g].sx);
                goalY[g] = Arrays.binarySearch(ys, goals[g].sy);
            }
        }

        /** Whether the last run gave up on its budget rather than running out of grid. */
        boolean outOfSteps() {
            return outOfSteps;
        }

        List<Point> run() {
            for (int s = 0; s < starts.length; s++) {
                Port p = starts[s];
                if (!stubFree(p)) {
                    continue;
                }
                int xi = Arrays.binarySearch(xs, p.sx);
                int yi = Arrays.binarySearch(ys, p.sy);
                long key = key(xi, yi, p.out);
                double g = Math.abs(p.sx - p.px) + Math.abs(p.sy - p.py);
                int slot = table.improve(key, g, -1 - s);
                if (slot >= 0) {
                    open.push(g + GREED * heuristic(xi, yi), g, slot);
                }
            }
            boolean[] goalFree = new boolean[goals.length];
            for (int q = 0; q < goals.length; q++) {
                goalFree[q] = stubFree(goals[q]);
            }
            long goalKey = -1;
            int steps = 0;
            while (open.size() > 0) {
                int slot = open.peekSlot();
                double g = open.peekG();
                open.pop();
                if (g > table.g(slot)) {
                    continue; // a stale entry
                }
                long key = table.key(slot);
                if (key == goalKey) {
                    return path(slot);
                }
                if (++steps > MAX_STEPS) {
                    outOfSteps = true;
                    return null;
                }
                int xi = (int) (key >>> 34);
                int yi = (int) ((key >>> 2) & 0xFFFFFFFFL);
                int dir = (int) (key & 3);
                for (int q = 0; q < goals.length; q++) {
                    if (goalFree[q] && goalX[q] == xi && goalY[q] == yi) {
                        int in = (goals[q].out + 2) & 3;
                        int turns = dir == in ? 0 : dir == goals[q].out ? 2 : 1;
                        double total = g + turns * BEND + Math.abs(goals[q].sx - goals[q].px)
                                + Math.abs(goals[q].sy - goals[q].py);
                        int goal = table.improveGoal(goalKey, total, slot, q);
                        if (goal >= 0) {
                            open.push(total, total, goal);
                        }
                    }
                }
                for (int d = 0; d < 4; d++) {
                    if (d == ((dir + 2) & 3)) {
                        continue;
                    }
                    int nx = xi + DX[d];
                    int ny = yi + DY[d];
                    if (nx < 0 || ny < 0 || nx >= xs.length || ny >= ys.length) {
                        continue;
                    }
                    if (obstacles.blocked((xs[xi] + xs[nx]) / 2, (ys[yi] + ys[ny]) / 2)) {
                        continue;
                    }
                    double ng = g + Math.abs(xs[nx] - xs[xi]) + Math.abs(ys[ny] - ys[yi]) + (d == dir ? 0 : BEND);
                    int next = table.improve(key(nx, ny, d), ng, slot);
                    if (next >= 0) {
                        open.push(ng + GREED * heuristic(nx, ny), ng, next);
                    }
                }
            }
            return null;
        }

        /** Whether the stub's outer end is free: the stub itself lies in its own card's clearance. */
        private boolean stubFree(Port p) {
            return !obstacles.blocked(p.sx, p.sy);
        }

        private double heuristic(int xi, int yi) {
            double best = Double.POSITIVE_INFINITY;
            for (int q = 0; q < goals.length; q++) {
                double dx = Math.abs(xs[xi] - goals[q].sx);
                double dy = Math.abs(ys[yi] - goals[q].sy);
                double v = dx + dy + (dx > 0 && dy > 0 ? BEND : 0);
                best = Math.min(best, v);
            }
            return best;
        }

        private static long key(int xi, int yi, int dir) {
            return ((long) xi << 34) | ((long) yi << 2) | dir;
        }

        /** The points from the start port to the goal port, without points in the middle of a run. */
        private List<Point> path(int goalSlot) {
            Port goal = goals[table.goalPort()];
            List<Point> reversed = new ArrayList<>();
            reversed.add(new Point(goal.px, goal.py));
            int slot = table.parent(goalSlot);
            int start;
            while (true) {
                long key = table.key(slot);
                int xi = (int) (key >>> 34);
                int yi = (int) ((key >>> 2) & 0xFFFFFFFFL);
                reversed.add(new Point(xs[xi], ys[yi]));
                int parent = table.parent(slot);
                if (parent < 0) {
                    start = -1 - parent;
                    break;
                }
                slot = parent;
            }
            reversed.add(new Point(starts[start].px, starts[start].py));
            List<Point> out = new ArrayList<>(reversed.size());
            for (int k = reversed.size() - 1; k >= 0; k--) {
                Point p = reversed.get(k);
                int n = out.size();
                if (n > 0 && out.get(n - 1).equals(p)) {
                    continue;
                }
                if (n >= 2) {
                    Point u = out.get(n - 2);
                    Point v = out.get(n - 1);
                    if ((u.x() == v.x() && v.x() == p.x()) || (u.y() == v.y() && v.y() == p.y())) {
                        out.set(n - 1, p);
                        continue;
                    }
                }
                out.add(p);
            }
            if (out.size() == 1) {
                out.add(out.get(0));
            }
            return out;
        }
    }

    /** The best cost and predecessor of each state reached, in an open-addressing table. */
    private static final class StateTable {
        private long[] keys = new long[1024];
        private double[] costs = new double[1024];
        private int[] parents = new int[1024];
        private int[] slots = new int[2048];
        private int size;
        private int goalPort = -1;

        StateTable() {
            Arrays.fill(slots, -1);
        }

        long key(int slot) {
            return keys[slot];
        }

        double g(int slot) {
            return costs[slot];
        }

        int parent(int slot) {
            return parents[slot];
        }

        int goalPort() {
            return goalPort;
        }

        /** Records cost {@code g} for {@code key} if it is better; returns its slot, or -1 if not better. */
        int improve(long key, double g, int parent) {
            int mask = slots.length - 1;
            int h = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
            while (slots[h] >= 0) {
                int s = slots[h];
                if (keys[s] == key) {
                    if (g < costs[s]) {
                        costs[s] = g;
                        parents[s] = parent;
                        return s;
                    }
                    return -1;
                }
                h = (h + 1) & mask;
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                costs = Arrays.copyOf(costs, size * 2);
                parents = Arrays.copyOf(parents, size * 2);
            }
            keys[size] = key;
            costs[size] = g;
            parents[size] = parent;
            slots[h] = size;
            size++;
            if (size * 2 > slots.length) {
                rehash();
            }
            return size - 1;
        }

        int improveGoal(long goalKey, double g, int parent, int port) {
            int s = improve(goalKey, g, parent);
            if (s >= 0) {
                goalPort = port;
            }
            return s;
        }

        private void rehash() {
            slots = new int[slots.length * 2];
            Arrays.fill(slots, -1);
            int mask = slots.length - 1;
            for (int s = 0; s < size; s++) {
                int h = Long.hashCode(keys[s] * 0x9E3779B97F4A7C15L) & mask;
                while (slots[h] >= 0) {
                    h = (h + 1) & mask;
                }
                slots[h] = s;
            }
        }
    }

    /** A binary min-heap of (f, g, slot), ties broken towards the larger g (deeper first). */
    private static final class Heap {
        private double[] f = new double[256];
        private double[] g = new double[256];
        private int[] slot = new int[256];
        private int n;

        int size() {
            return n;
        }

        int peekSlot() {
            return slot[0];
        }

        double peekG() {
            return g[0];
        }

        void push(double fv, double gv, int s) {
            if (n == f.length) {
                f = Arrays.copyOf(f, n * 2);
                g = Arrays.copyOf(g, n * 2);
                slot = Arrays.copyOf(slot, n * 2);
            }
            int i = n++;
            while (i > 0) {
                int p = (i - 1) / 2;
                if (!before(fv, gv, f[p], g[p])) {
                    break;
                }
                set(i, f[p], g[p], slot[p]);
                i = p;
            }
            set(i, fv, gv, s);
        }

        void pop() {
            n--;
            if (n == 0) {
                return;
            }
            double fv = f[n];
            double gv = g[n];
            int s = slot[n];
            int i = 0;
            while (true) {
                int c = 2 * i + 1;
                if (c >= n) {
                    break;
                }
                if (c + 1 < n && before(f[c + 1], g[c + 1], f[c], g[c])) {
                    c++;
                }
                if (!before(f[c], g[c], fv, gv)) {
                    break;
                }
                set(i, f[c], g[c], slot[c]);
                i = c;
            }
            set(i, fv, gv, s);
        }

        private static boolean before(double f1, double g1, double f2, double g2) {
            return f1 < f2 || (f1 == f2 && g1 > g2);
        }

        private void set(int i, double fv, double gv, int s) {
            f[i] = fv;
            g[i] = gv;
            slot[i] = s;
        }
    }
}
