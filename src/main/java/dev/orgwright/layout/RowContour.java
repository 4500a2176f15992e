package dev.orgwright.layout;

/**
 * The outline of a laid-out subtree: for each row it covers, the leftmost and rightmost breadth
 * of its boxes (NaN where a row is empty). Rows are kept in a buffer that grows at both ends,
 * and every value is stored relative to a shared offset, so that moving a whole subtree costs
 * O(1) and merging two outlines costs O(rows of the shorter one). Over a whole tree that sums
 * to O(n): this is Reingold and Tilford's contour idea with arrays instead of threads.
 */
final class RowContour {

    private double[] left;
    private double[] right;
    private int head;       // buffer index of firstRow
    private int count;      // rows covered
    private int firstRow;
    /** Added to every stored value to get its real breadth. */
    private double offset;

    RowContour(int row, double l, double r) {
        left = new double[4];
        right = new double[4];
        head = 2;
        count = 1;
        firstRow = row;
        left[head] = l;
        right[head] = r;
    }

    int firstRow() {
        return firstRow;
    }

    int lastRow() {
        return firstRow + count - 1;
    }

    int rows() {
        return count;
    }

    void shift(double by) {
        offset += by;
    }

    /** The left edge at a row, or NaN when the row is empty or not covered. */
    double leftAt(int row) {
        int i = row - firstRow;
        return i < 0 || i >= count ? Double.NaN : left[head + i] + offset;
    }

    double rightAt(int row) {
        int i = row - firstRow;
        return i < 0 || i >= count ? Double.NaN : right[head + i] + offset;
    }

    /** Widens the extent at a row (covering it first if needed) to include [l, r]. */
    void include(int row, double l, double r) {
        cover(row);
        int i = head + row - firstRow;
        double sl = l - offset;
        double sr = r - offset;
        left[i] = Double.isNaN(left[i]) ? sl : Math.min(left[i], sl);
        right[i] = Double.isNaN(right[i]) ? sr : Math.max(right[i], sr);
    }

    /** Makes the contour cover {@code row}, adding empty rows in between. */
    private void cover(int row) {
        while (row < firstRow) {
            if (head == 0) {
                grow();
            }
            head--;
            count++;
            firstRow--;
            left[head] = Double.NaN;
            right[head] = Double.NaN;
        }
        while (row > lastRow()) {
            if (head + count == left.length) {
                grow();
            }
            left[head + count] = Double.NaN;
            right[head + count] = Double.NaN;
            count++;
        }
    }

    private void grow() {
        int capacity = Math.max(8, left.length * 2);
        double[] nl = new double[capacity];
        double[] nr = new double[capacity];
        int newHead = (capacity - count) / 2;
        System.arraycopy(left, head, nl, newHead, count);
        System.arraycopy(right, head, nr, newHead, count);
        left = nl;
        right = nr;
        head = newHead;
    }

    /**
     * How far {@code next} (to be placed to the right of this outline) must move right so that at
     * every row both cover, its left edge is at least {@code gap} right of this one's right edge.
     * The gap is {@code nearGap} at {@code nearRow} and {@code farGap} at every other row.
     * Returns -infinity when no row is shared.
     */
    double separation(RowContour next, int nearRow, double nearGap, double farGap) {
        int from = Math.max(firstRow, next.firstRow);
        int to = Math.min(lastRow(), next.lastRow());
        double needed = Double.NEGATIVE_INFINITY;
        for (int row = from; row <= to; row++) {
            double r = rightAt(row);
            double l = next.leftAt(row);
            if (!Double.isNaN(r) && !Double.isNaN(l)) {
                needed = Math.max(needed, r + (row == nearRow ? nearGap : farGap) - l);
            }
        }
        return needed;
    }

    /** Whether {@code other} covers more rows: merges pour the shorter outline into the longer. */
    boolean shorterThan(RowContour other) {
        return count < other.count;
    }

    /**
     * The outline of this subtree (on the left) and {@code next} (on the right, already shifted)
     * together. Returns whichever object was reused; the other must not be used again.
     */
    RowContour mergeWithRight(RowContour next) {
        if (this.shorterThan(next)) {
            // Pour this (left, shorter) into next: at shared rows the left edge comes from this.
            for (int row = firstRow; row <= lastRow(); row++) {
                double l = leftAt(row);
                double r = rightAt(row);
                if (Double.isNaN(l)) {
                    continue;
                }
                double nl = next.leftAt(row);
                double nr = next.rightAt(row);
                next.include(row, Double.isNaN(nl) ? l : Math.min(l, nl), Double.isNaN(nr) ? r : Math.max(r, nr));
            }
            return next;
        }
        for (int row = next.firstRow; row <= next.lastRow(); row++) {
            double l = next.leftAt(row);
            double r = next.rightAt(row);
            if (!Double.isNaN(l)) {
                include(row, l, r);
            }
        }
        return this;
    }
}
