package dev.orgwright.layout;

import java.util.Arrays;

/** The obstacles of one route search, as open rectangles, bucketed for point queries. */
final class RouteObstacles {
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
    /** The corridor a search is confined to, or {@code null} for the whole rectangle. */
    private final CoarseGrid.Corridor corridor;

    RouteObstacles(double rl, double rt, double rr, double rb) {
        this(rl, rt, rr, rb, null);
    }

    /** Obstacles in the rectangle; outside the corridor's cells (when there is one) is blocked too. */
    RouteObstacles(double rl, double rt, double rr, double rb, CoarseGrid.Corridor corridor) {
        this.rl = rl;
        this.rt = rt;
        this.rr = rr;
        this.rb = rb;
        this.corridor = corridor;
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

    /**
     * Whether the point lies strictly inside an obstacle (on a border is free), or outside the
     * corridor, whose cells hold every card near them as an obstacle.
     */
    boolean blocked(double px, double py) {
        if (corridor != null && !corridor.contains(px, py)) {
            return true;
        }
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
