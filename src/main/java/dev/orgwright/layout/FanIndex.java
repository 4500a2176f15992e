package dev.orgwright.layout;

import java.util.function.IntConsumer;

/**
 * Finds the reporting lines a rectangle needs. The lines from one manager to its reports form a
 * fan (a stem, a bar and drops, or the spine of a stack); fans are indexed by their bounds, and
 * within a fan the reports are bisected along the bar, so a view of a manager with 100,000
 * reports looks at the few whose lines it shows.
 */
final class FanIndex {

    private final Placement placement;
    private final LayoutTree tree;
    private final double[] x;
    private final double[] y;
    private final double[] w;
    private final double[] h;
    /** Managers whose fans are regular bars, indexed by their bounds. */
    private final BandIndex bars;
    private final int[] barManagers;
    /** Managers of stacks: tall and few, checked one by one. */
    private final int[] stackManagers;
    /**
     * Managers whose lines do not follow one bar or one spine (assistants beside the trunk, a
     * team wrapped into rows): checked one by one, every line of a fan in view visited.
     */
    private final int[] otherManagers;
    private final double[] fx;
    private final double[] fy;
    private final double[] fw;
    private final double[] fh;

    FanIndex(Placement placement, double[] x, double[] y, double[] w, double[] h) {
        this.placement = placement;
        this.tree = placement.tree();
        this.x = x;
        this.y = y;
        this.w = w;
        this.h = h;
        int n = tree.size();
        fx = new double[n];
        fy = new double[n];
        fw = new double[n];
        fh = new double[n];
        double[] p = new double[10];
        int[] regular = new int[n];
        int regularCount = 0;
        int[] stacks = new int[n];
        int stackCount = 0;
        int[] others = new int[n];
        int otherCount = 0;
        for (int m : placement.preorder()) {
            if (tree.isCollapsed(m) || tree.childCount(m) == 0) {
                continue;
            }
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < tree.childCount(m); k++) {
                int length = placement.edgeInto(tree.child(m, k), p);
                // Plain comparisons: Math.min and max on doubles, careful about NaN and -0, cost
                // several times as much, and this loop sees every line of the chart.
                for (int j = 0; j < length; j += 2) {
                    double px = p[j];
                    double py = p[j + 1];
                    if (px < minX) {
                        minX = px;
                    }
                    if (px > maxX) {
                        maxX = px;
                    }
                    if (py < minY) {
                        minY = py;
                    }
                    if (py > maxY) {
                        maxY = py;
                    }
                }
            }
            fx[m] = minX;
            fy[m] = minY;
            fw[m] = maxX - minX;
            fh[m] = maxY - minY;
            switch (shape(m)) {
                case 1 -> stacks[stackCount++] = m;
                case 0 -> regular[regularCount++] = m;
                default -> others[otherCount++] = m;
            }
        }
        barManagers = java.util.Arrays.copyOf(regular, regularCount);
        stackManagers = java.util.Arrays.copyOf(stacks, stackCount);
        otherManagers = java.util.Arrays.copyOf(others, otherCount);
        bars = new BandIndex(barManagers, fx, fy, fw, fh);
    }

    /** 0: every line on one bar; 1: every report in a stack; 2: anything else. */
    private int shape(int m) {
        int count = tree.childCount(m);
        boolean stack = placement.isStacked(tree.child(m, 0));
        double bar = placement.bar(tree.child(m, 0));
        for (int k = 0; k < count; k++) {
            int child = tree.child(m, k);
            if (placement.isBeside(child) || placement.isStacked(child) != stack
                    || Double.compare(placement.bar(child), bar) != 0) {
                return 2;
            }
        }
        return stack ? 1 : 0;
    }

    /** Calls {@code visit} with each report whose line may be needed to draw the rectangle. */
    void forEachReportIn(double qx, double qy, double qw, double qh, IntConsumer visit) {
        bars.forEachIn(qx, qy, qw, qh, m -> visitFan(m, qx, qy, qw, qh, visit));
        for (int m : stackManagers) {
            if (inView(m, qx, qy, qw, qh)) {
                visitFan(m, qx, qy, qw, qh, visit);
            }
        }
        for (int m : otherManagers) {
            if (inView(m, qx, qy, qw, qh)) {
                for (int k = 0; k < tree.childCount(m); k++) {
                    visit.accept(tree.child(m, k));
                }
            }
        }
    }

    private boolean inView(int m, double qx, double qy, double qw, double qh) {
        return fx[m] <= qx + qw && fx[m] + fw[m] >= qx && fy[m] <= qy + qh && fy[m] + fh[m] >= qy;
    }

    /**
     * The reports of {@code m} whose position along the fan lies in the rectangle's span, and
     * the nearest one on each side (whose lines cross the span on their way to the manager).
     */
    private void visitFan(int m, double qx, double qy, double qw, double qh, IntConsumer visit) {
        int count = tree.childCount(m);
        boolean alongX = alongX(m);
        double from = alongX ? qx : qy;
        double to = alongX ? qx + qw : qy + qh;
        int lo = firstAtOrAfter(m, count, from, alongX);
        int start = Math.max(0, lo - 1);
        for (int k = start; k < count; k++) {
            int child = tree.child(m, k);
            visit.accept(child);
            // The first report that starts past the span has its drop past it too, so its line
            // covers the bar up to the span's end; a report that only ends past it may not.
            if ((alongX ? x[child] : y[child]) > to) {
                break;
            }
        }
    }

    /** Reports of a bar lie along x when the tree grows downwards; those of a stack along y. */
    private boolean alongX(int m) {
        boolean stack = placement.isStacked(tree.child(m, 0));
        boolean topDown = placement.isTopDown();
        return stack != topDown;
    }

    private double key(int child, boolean alongX) {
        return alongX ? x[child] + w[child] : y[child] + h[child];
    }

    /** The first report whose far edge along the fan is at or after {@code value}; the keys never decrease. */
    private int firstAtOrAfter(int m, int count, double value, boolean alongX) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key(tree.child(m, mid), alongX) < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
