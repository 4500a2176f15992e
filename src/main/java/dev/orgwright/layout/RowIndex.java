package dev.orgwright.layout;

import java.util.function.IntConsumer;

/**
 * The spatial index of a layout. Within a row the boxes are in tree order, which is also
 * left-to-right order with no overlap, so a binary search on their right edges finds the first
 * box in view; rows are found by a binary search on their tops. The reports of one manager are
 * contiguous in their row, so the same searches find the families whose lines cross a view.
 */
final class RowIndex {

    private final int[] depth;
    private final int[][] members;
    private final int[] parent;
    private final double[] x;
    private final double[] width;
    /** For each position, where its family (the reports of its manager) starts and ends in its row. */
    private final int[] familyStart;
    private final int[] familyEnd;

    RowIndex(int[] depth, int depthCount, int[] parent, double[] x, double[] width) {
        this.depth = depth;
        this.parent = parent;
        this.x = x;
        this.width = width;
        int[] count = new int[depthCount];
        for (int d : depth) {
            count[d]++;
        }
        members = new int[depthCount][];
        for (int d = 0; d < depthCount; d++) {
            members[d] = new int[count[d]];
        }
        int[] fill = new int[depthCount];
        for (int i = 0; i < depth.length; i++) {
            members[depth[i]][fill[depth[i]]++] = i;
        }
        familyStart = new int[depth.length];
        familyEnd = new int[depth.length];
        for (int[] row : members) {
            int start = 0;
            for (int k = 1; k <= row.length; k++) {
                if (k == row.length || parent[row[k]] != parent[row[start]]) {
                    for (int m = start; m < k; m++) {
                        familyStart[row[m]] = start;
                        familyEnd[row[m]] = k;
                    }
                    start = k;
                }
            }
        }
    }

    int depthOf(int i) {
        return depth[i];
    }

    /** Every box in a row that meets the view vertically and whose x-range meets the view's. */
    void forEachIn(double[] rowTop, double[] rowHeight, double qx, double qy, double qw, double qh, IntConsumer visit) {
        for (int d = firstRowEndingAtOrBelow(rowTop, rowHeight, qy); d < members.length && rowTop[d] <= qy + qh; d++) {
            int[] row = members[d];
            for (int k = firstRightOfOrAt(row, qx); k < row.length && x[row[k]] <= qx + qw; k++) {
                visit.accept(row[k]);
            }
        }
    }

    /** The box of the row containing {@code py} whose x-range holds {@code px}, or -1. */
    int at(double[] rowTop, double[] rowHeight, double px, double py) {
        int d = firstRowEndingAtOrBelow(rowTop, rowHeight, py);
        if (d >= members.length || rowTop[d] > py) {
            return -1;
        }
        int[] row = members[d];
        int k = firstRightOfOrAt(row, px);
        return k < row.length && x[row[k]] <= px ? row[k] : -1;
    }

    /**
     * Reports whose elbow may cross the view: rows whose band above them meets the view, in
     * each family meeting the view horizontally the reports whose top centre is in the view's
     * x-range, plus the nearest report outside it on either side.
     */
    void forEachReportIn(double[] rowTop, double qx, double qy, double qw, double qh, IntConsumer visit) {
        for (int d = Math.max(1, firstRowWithTopAtOrBelow(rowTop, qy)); d < members.length && rowTop[d - 1] <= qy + qh; d++) {
            int[] row = members[d];
            int k = firstCentreAtOrRightOf(row, qx);
            // Start with the family of the nearest report on the left: its bar may reach into view.
            int j = row.length == 0 ? 0 : familyStart[row[Math.max(0, k - 1)]];
            while (j < row.length) {
                int end = familyEnd[row[j]];
                double lo = Math.min(centre(row[j]), centre(parent[row[j]]));
                if (lo > qx + qw) {
                    break;
                }
                visitFamily(row, j, end, qx, qw, visit);
                j = end;
            }
        }
    }

    private void visitFamily(int[] row, int from, int to, double qx, double qw, IntConsumer visit) {
        int k = Math.min(to, Math.max(from, firstCentreAtOrRightOf(row, qx)));
        if (k > from) { // the nearest on the left covers the bar up to the view
            visit.accept(row[k - 1]);
        }
        while (k < to && centre(row[k]) <= qx + qw) {
            visit.accept(row[k]);
            k++;
        }
        if (k < to) { // and the nearest on the right covers it beyond
            visit.accept(row[k]);
        }
    }

    private double centre(int i) {
        return x[i] + width[i] / 2;
    }

    private static int firstRowEndingAtOrBelow(double[] rowTop, double[] rowHeight, double qy) {
        int lo = 0;
        int hi = rowTop.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rowTop[mid] + rowHeight[mid] < qy) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int firstRowWithTopAtOrBelow(double[] rowTop, double qy) {
        int lo = 0;
        int hi = rowTop.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rowTop[mid] < qy) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int firstRightOfOrAt(int[] row, double qx) {
        int lo = 0;
        int hi = row.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[row[mid]] + width[row[mid]] < qx) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int firstCentreAtOrRightOf(int[] row, double qx) {
        int lo = 0;
        int hi = row.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (centre(row[mid]) < qx) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
