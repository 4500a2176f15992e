package dev.orgwright.layout;

import java.util.Arrays;

/**
 * A coarse grid over a whole layout, for dotted lines too long for one fine search: square cells
 * over the chart, each knowing how much of it the cards cover and which cards come near it
 * (within the router's clearance). A search from cell to cell, which prefers the cells the cards
 * leave empty (the channels between rows and the gaps between teams), finds a corridor; the fine
 * search of {@link DottedLineRouter} then runs on the channels of that corridor's cards only.
 * Built once per layout, the first time a long line is routed.
 */
final class CoarseGrid {

    /** At most about this many cells cover the chart: bigger charts get bigger cells. */
    static final int MAX_CELLS = 250_000;
    /** How much more a cell the cards cover entirely costs to cross than an empty one. */
    static final double CROWDING = 4;
    /** How much more the distance still to go weighs than the distance gone, as in the fine search. */
    private static final double GREED = 1.5;

    final double left;
    final double top;
    final double size;
    final int cols;
    final int rows;
    /** The part of each cell the cards cover, 0 to 1. */
    private final float[] cover;
    /** The cards near each cell: cell k holds members[start[k] .. start[k + 1]). */
    private final int[] start;
    private final int[] members;
    /** A mark per card, so that a card near several cells of a corridor is taken once. */
    private final int[] seen;
    private int stamp;
    /** A path search's cost, predecessor and mark of each cell, made once and reused. */
    private double[] g;
    private int[] parent;
    private int[] reached;
    private int search;

    /**
     * The grid over the cards of {@code cards} within {@code region}, with cells no smaller than
     * {@code least}; a card belongs to every cell its box widened by {@code clearance} touches.
     */
    CoarseGrid(BandIndex cards, double[] x, double[] y, double[] w, double[] h, Box region,
               double least, double clearance) {
        int[] ids = new int[16];
        int[] n = {0};
        int[][] grow = {ids};
        cards.forEachIn(region.x(), region.y(), region.width(), region.height(), i -> {
            if (n[0] == grow[0].length) {
                grow[0] = Arrays.copyOf(grow[0], n[0] * 2);
            }
            grow[0][n[0]++] = i;
        });
        ids = grow[0];
        int count = n[0];
        this.left = region.x();
        this.top = region.y();
        double area = Math.max(1, region.width()) * Math.max(1, region.height());
        this.size = Math.max(least, Math.sqrt(area / MAX_CELLS));
        this.cols = Math.max(1, (int) Math.ceil(region.width() / size));
        this.rows = Math.max(1, (int) Math.ceil(region.height() / size));
        this.cover = new float[cols * rows];
        this.start = new int[cols * rows + 1];
        this.seen = new int[x.length];
        double cellArea = size * size;
        for (int k = 0; k < count; k++) {
            int i = ids[k];
            for (int r = row(y[i] - clearance); r <= row(y[i] + h[i] + clearance); r++) {
                for (int c = col(x[i] - clearance); c <= col(x[i] + w[i] + clearance); c++) {
                    start[r * cols + c + 1]++;
                    double cl = left + c * size;
                    double ct = top + r * size;
                    double ow = Math.min(cl + size, x[i] + w[i]) - Math.max(cl, x[i]);
                    double oh = Math.min(ct + size, y[i] + h[i]) - Math.max(ct, y[i]);
                    if (ow > 0 && oh > 0) {
                        cover[r * cols + c] += (float) (ow * oh / cellArea);
                    }
                }
            }
        }
        for (int cell = 0; cell < cols * rows; cell++) {
            start[cell + 1] += start[cell];
        }
        members = new int[start[cols * rows]];
        int[] fill = Arrays.copyOf(start, cols * rows);
        for (int k = 0; k < count; k++) {
            int i = ids[k];
            for (int r = row(y[i] - clearance); r <= row(y[i] + h[i] + clearance); r++) {
                for (int c = col(x[i] - clearance); c <= col(x[i] + w[i] + clearance); c++) {
                    members[fill[r * cols + c]++] = i;
                }
            }
        }
    }

    int col(double v) {
        return (int) Math.max(0, Math.min(cols - 1, Math.floor((v - left) / size)));
    }

    int row(double v) {
        return (int) Math.max(0, Math.min(rows - 1, Math.floor((v - top) / size)));
    }

    /**
     * The cells of one corridor: a window of the grid ({@code col0}, {@code row0}, {@code width}
     * by {@code height} cells) and which of its cells are in, {@code cells} of them.
     */
    record Corridor(CoarseGrid grid, int col0, int row0, int width, int height, boolean[] in, int cells) {

        /** Whether the point lies in a cell of the corridor. */
        boolean contains(double px, double py) {
            int c = grid.col(px) - col0;
            int r = grid.row(py) - row0;
            return c >= 0 && r >= 0 && c < width && r < height && in[r * width + c];
        }
    }

    /**
     * The cheapest path of cells from the cell of {@code from}'s centre to the cell of {@code to}'s
     * through the cells of {@code within}, crowded cells costing more: the cells' indices.
     */
    synchronized int[] path(Box from, Box to, Box within) {
        int c0 = col(within.x());
        int r0 = row(within.y());
        int c1 = col(within.right());
        int r1 = row(within.bottom());
        int source = row(from.centreY()) * cols + col(from.centreX());
        int target = row(to.centreY()) * cols + col(to.centreX());
        int tc = target % cols;
        int tr = target / cols;
        if (g == null) {
            g = new double[cols * rows];
            parent = new int[cols * rows];
            reached = new int[cols * rows];
        }
        search++;
        CellHeap open = new CellHeap();
        g[source] = 0;
        parent[source] = -1;
        reached[source] = search;
        open.push(0, source);
        while (open.size() > 0) {
            double f = open.peekKey();
            int cell = open.pop();
            if (cell == target) {
                break;
            }
            int cc = cell % cols;
            int cr = cell / cols;
            if (f > g[cell] + GREED * size * (Math.abs(cc - tc) + Math.abs(cr - tr)) + 1e-9) {
                continue; // a stale entry
            }
            for (int d = 0; d < 4; d++) {
                int nc = cc + DottedLineRouter.DX[d];
                int nr = cr + DottedLineRouter.DY[d];
                if (nc < c0 || nr < r0 || nc > c1 || nr > r1) {
                    continue;
                }
                int next = nr * cols + nc;
                double ng = g[cell] + size * (1 + CROWDING * cover[next]);
                if (reached[next] != search || ng < g[next]) {
                    reached[next] = search;
                    g[next] = ng;
                    parent[next] = cell;
                    open.push(ng + GREED * size * (Math.abs(nc - tc) + Math.abs(nr - tr)), next);
                }
            }
        }
        int n = 0;
        for (int cell = target; cell >= 0; cell = parent[cell]) {
            n++;
        }
        int[] out = new int[n];
        for (int cell = target; cell >= 0; cell = parent[cell]) {
            out[--n] = cell;
        }
        return out;
    }

    /**
     * The corridor along a {@link #path} from card box {@code from} to {@code to}: its cells
     * widened by {@code widen} cells on every side, with the cells near the two cards, within
     * the cells of {@code within}.
     */
    Corridor corridor(int[] path, Box from, Box to, Box within, int widen) {
        int c0 = col(within.x());
        int r0 = row(within.y());
        int width = col(within.right()) - c0 + 1;
        int height = row(within.bottom()) - r0 + 1;
        boolean[] in = new boolean[width * height];
        for (int cell : path) {
            mark(in, width, height, cell % cols - c0, cell / cols - r0, widen, widen);
        }
        for (Box b : new Box[] {from, to}) {
            for (int r = row(b.y()) - r0 - widen; r <= row(b.bottom()) - r0 + widen; r++) {
                for (int c = col(b.x()) - c0 - widen; c <= col(b.right()) - c0 + widen; c++) {
                    if (c >= 0 && r >= 0 && c < width && r < height) {
                        in[r * width + c] = true;
                    }
                }
            }
        }
        int count = 0;
        for (boolean b : in) {
            count += b ? 1 : 0;
        }
        return new Corridor(this, c0, r0, width, height, in, count);
    }

    /** The rectangle around {@link #corridor}{@code (path, from, to, within, widen)}'s cells, without making it. */
    Box extent(int[] path, Box from, Box to, Box within, int widen) {
        int c0 = Math.min(col(from.x()), col(to.x()));
        int c1 = Math.max(col(from.right()), col(to.right()));
        int r0 = Math.min(row(from.y()), row(to.y()));
        int r1 = Math.max(row(from.bottom()), row(to.bottom()));
        for (int cell : path) {
            c0 = Math.min(c0, cell % cols);
            c1 = Math.max(c1, cell % cols);
            r0 = Math.min(r0, cell / cols);
            r1 = Math.max(r1, cell / cols);
        }
        c0 = Math.max(c0 - widen, col(within.x()));
        c1 = Math.min(c1 + widen, col(within.right()));
        r0 = Math.max(r0 - widen, row(within.y()));
        r1 = Math.min(r1 + widen, row(within.bottom()));
        return new Box(left + c0 * size, top + r0 * size, (c1 - c0 + 1) * size, (r1 - r0 + 1) * size);
    }

    /**
     * The cells of {@link #corridor}{@code (path, from, to, within, widen)}, as sorted indices
     * into the whole grid: a tighter bound of a route along it than the rectangle around them.
     */
    int[] cells(int[] path, Box from, Box to, Box within, int widen) {
        Corridor c = corridor(path, from, to, within, widen);
        int[] out = new int[c.cells()];
        int n = 0;
        for (int r = 0; r < c.height(); r++) {
            for (int q = 0; q < c.width(); q++) {
                if (c.in()[r * c.width() + q]) {
                    out[n++] = (c.row0() + r) * cols + c.col0() + q;
                }
            }
        }
        return out;
    }

    /** Whether the rectangle shares a point with one of the {@link #cells}. */
    boolean touches(int[] cells, double qx, double qy, double qw, double qh) {
        int c0 = col(qx);
        int c1 = col(qx + qw);
        for (int r = row(qy); r <= row(qy + qh); r++) {
            int k = Arrays.binarySearch(cells, r * cols + c0);
            k = k >= 0 ? k : -1 - k;
            if (k < cells.length && cells[k] <= r * cols + c1) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] in, int width, int height, int c, int r, int dc, int dr) {
        for (int rr = Math.max(0, r - dr); rr <= Math.min(height - 1, r + dr); rr++) {
            for (int cc = Math.max(0, c - dc); cc <= Math.min(width - 1, c + dc); cc++) {
                in[rr * width + cc] = true;
            }
        }
    }

    /** Calls {@code visit} once for every card near a cell of the corridor. */
    synchronized void forEachCard(Corridor corridor, java.util.function.IntConsumer visit) {
        stamp++;
        for (int r = 0; r < corridor.height(); r++) {
            for (int c = 0; c < corridor.width(); c++) {
                if (corridor.in()[r * corridor.width() + c]) {
                    int cell = (corridor.row0() + r) * cols + corridor.col0() + c;
                    for (int k = start[cell]; k < start[cell + 1]; k++) {
                        int i = members[k];
                        if (seen[i] != stamp) {
                            seen[i] = stamp;
                            visit.accept(i);
                        }
                    }
                }
            }
        }
    }

    /** A binary min-heap of cells by key. */
    private static final class CellHeap {
        private double[] key = new double[256];
        private int[] cell = new int[256];
        private int n;

        int size() {
            return n;
        }

        double peekKey() {
            return key[0];
        }

        void push(double k, int c) {
            if (n == key.length) {
                key = Arrays.copyOf(key, n * 2);
                cell = Arrays.copyOf(cell, n * 2);
            }
            int i = n++;
            while (i > 0) {
                int p = (i - 1) / 2;
                if (key[p] <= k) {
                    break;
                }
                key[i] = key[p];
                cell[i] = cell[p];
                i = p;
            }
            key[i] = k;
            cell[i] = c;
        }

        int pop() {
            int top = cell[0];
            n--;
            if (n > 0) {
                double k = key[n];
                int c = cell[n];
                int i = 0;
                while (true) {
                    int ch = 2 * i + 1;
                    if (ch >= n) {
                        break;
                    }
                    if (ch + 1 < n && key[ch + 1] < key[ch]) {
                        ch++;
                    }
                    if (key[ch] >= k) {
                        break;
                    }
                    key[i] = key[ch];
                    cell[i] = cell[ch];
                    i = ch;
                }
                key[i] = k;
                cell[i] = c;
            }
            return top;
        }
    }
}
