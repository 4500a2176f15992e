package dev.orgwright.layout;

import static dev.orgwright.layout.DottedLineRouter.BEND;
import static dev.orgwright.layout.DottedLineRouter.DX;
import static dev.orgwright.layout.DottedLineRouter.DY;

import dev.orgwright.layout.DottedLineRouter.Port;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One A* search of {@link DottedLineRouter} over the states (column, row, direction of arrival)
 * of a grid of channels, from any free port of one card to any free port of the other.
 */
final class RouteSearch {
    private final double[] xs;
    private final double[] ys;
    private final RouteObstacles obstacles;
    private final Port[] starts;
    private final Port[] goals;
    private final int[] goalX;
    private final int[] goalY;
    private final StateTable table = new StateTable();
    private final Heap open = new Heap();
    private final int maxSteps;
    private final double greed;
    private boolean outOfSteps;
    private boolean outOfTime;

    /**
     * A search that settles at most {@code maxSteps} states, weighing the distance still to go
     * {@code greed} times the distance gone.
     */
    RouteSearch(double[] xs, double[] ys, RouteObstacles obstacles, Port[] starts, Port[] goals, int maxSteps,
                double greed) {
        this.maxSteps = maxSteps;
        this.greed = greed;
        this.xs = xs;
        this.ys = ys;
        this.obstacles = obstacles;
        this.starts = starts;
        this.goals = goals;
        goalX = new int[goals.length];
        goalY = new int[goals.length];
        for (int g = 0; g < goals.length; g++) {
            goalX[g] = Arrays.binarySearch(xs, goals[g].sx());
            goalY[g] = Arrays.binarySearch(ys, goals[g].sy());
        }
    }

    /** Whether the last run gave up on its budget rather than running out of grid. */
    boolean outOfSteps() {
        return outOfSteps;
    }

    /** Whether the last run stopped at its deadline. */
    boolean outOfTime() {
        return outOfTime;
    }

    List<Point> run() {
        return run(Long.MAX_VALUE);
    }

    /**
     * The route, or null: none in the grid, none within the steps ({@link #outOfSteps}), or
     * none by {@code deadline} ({@link System#nanoTime}; {@link #outOfTime}).
     */
    List<Point> run(long deadline) {
        for (int s = 0; s < starts.length; s++) {
            Port p = starts[s];
            if (!stubFree(p)) {
                continue;
            }
            int xi = Arrays.binarySearch(xs, p.sx());
            int yi = Arrays.binarySearch(ys, p.sy());
            long key = key(xi, yi, p.out());
            double g = Math.abs(p.sx() - p.px()) + Math.abs(p.sy() - p.py());
            int slot = table.improve(key, g, -1 - s);
            if (slot >= 0) {
                open.push(g + greed * heuristic(xi, yi), g, slot);
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
            if (++steps > maxSteps) {
                outOfSteps = true;
                return null;
            }
            if (steps % DottedLineRouter.CLOCK_EVERY == 0 && deadline != Long.MAX_VALUE && System.nanoTime() > deadline) {
                outOfTime = true;
                return null;
            }
            int xi = (int) (key >>> 34);
            int yi = (int) ((key >>> 2) & 0xFFFFFFFFL);
            int dir = (int) (key & 3);
            for (int q = 0; q < goals.length; q++) {
                if (goalFree[q] && goalX[q] == xi && goalY[q] == yi) {
                    int in = (goals[q].out() + 2) & 3;
                    int turns = dir == in ? 0 : dir == goals[q].out() ? 2 : 1;
                    double total = g + turns * BEND + Math.abs(goals[q].sx() - goals[q].px())
                            + Math.abs(goals[q].sy() - goals[q].py());
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
                    open.push(ng + greed * heuristic(nx, ny), ng, next);
                }
            }
        }
        return null;
    }

    /** Whether the stub's outer end is free: the stub itself lies in its own card's clearance. */
    private boolean stubFree(Port p) {
        return !obstacles.blocked(p.sx(), p.sy());
    }

    private double heuristic(int xi, int yi) {
        double best = Double.POSITIVE_INFINITY;
        for (int q = 0; q < goals.length; q++) {
            double dx = Math.abs(xs[xi] - goals[q].sx());
            double dy = Math.abs(ys[yi] - goals[q].sy());
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
        reversed.add(new Point(goal.px(), goal.py()));
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
        reversed.add(new Point(starts[start].px(), starts[start].py()));
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
