package dev.orgwright.layout;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * Finds the rectangles in a query rectangle without a scan: rectangles are sorted into
 * horizontal bands as tall as the tallest of them, and within a band by their left edge, so a
 * query looks at a few bands and bisects each. A rectangle's top decides its band; it can
 * reach into the next band only, which the query allows for.
 */
final class BandIndex {

    private final double[] x;
    private final double[] y;
    private final double[] w;
    private final double[] h;
    private final double bandHeight;
    private final double top;
    /** Items of each band, sorted by x: band b holds items[bandStart[b] .. bandStart[b + 1]). */
    private final int[] items;
    private final int[] bandStart;
    private final double[] widestInBand;
    /** The height bands really have: more than the tallest item when items are sparse. */
    private final double effectiveBandHeight;

    /** Indexes the items {@code ids} (indices into the coordinate arrays). */
    BandIndex(int[] ids, double[] x, double[] y, double[] w, double[] h) {
        this.x = x;
        this.y = y;
        this.w = w;
        this.h = h;
        // Plain comparisons rather than Math.min and max on doubles, which cost several times
        // as much: these loops see every card of the chart after every edit.
        double tallest = 1;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i : ids) {
            double hi = h[i];
            double yi = y[i];
            if (hi > tallest) {
                tallest = hi;
            }
            if (yi < minY) {
                minY = yi;
            }
            if (yi > maxY) {
                maxY = yi;
            }
        }
        this.bandHeight = tallest;
        this.top = ids.length == 0 ? 0 : minY;
        int bands = ids.length == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE - 8, Math.floor((maxY - top) / tallest) + 1);
        bands = Math.min(bands, Math.max(1, ids.length)); // very sparse bands: fall back to fewer, larger ones
        double height = bands <= 1 ? Math.max(tallest, maxY - top + 1) : Math.max(tallest, (maxY - top) / (bands - 1));
        int[] bandOf = new int[ids.length];
        int[] counts = new int[bands + 1];
        for (int k = 0; k < ids.length; k++) {
            int b = band(ids[k], height, bands);
            bandOf[k] = b;
            counts[b + 1]++;
        }
        bandStart = new int[bands + 1];
        for (int b = 0; b < bands; b++) {
            bandStart[b + 1] = bandStart[b] + counts[b + 1];
        }
        int[] fill = Arrays.copyOf(bandStart, Math.max(bands, 1));
        items = new int[ids.length];
        widestInBand = new double[bands];
        for (int k = 0; k < ids.length; k++) {
            int i = ids[k];
            int b = bandOf[k];
            items[fill[b]++] = i;
            if (w[i] > widestInBand[b]) {
                widestInBand[b] = w[i];
            }
        }
        for (int b = 0; b < bands; b++) {
            sortByX(bandStart[b], bandStart[b + 1]);
        }
        this.effectiveBandHeight = height;
    }

    private int band(int i, double height, int bands) {
        double b = (y[i] - top) / height; // never negative: top is the smallest y
        return b >= bands - 1 ? bands - 1 : (int) b;
    }

    private void sortByX(int from, int to) {
        int inOrder = from + 1;
        while (inOrder < to && x[items[inOrder - 1]] <= x[items[inOrder]]) {
            inOrder++;
        }
        if (inOrder >= to) {
            return; // already in order, as a row of a tidy tree taken in tree order is
        }
        Integer[] slice = new Integer[to - from];
        for (int k = from; k < to; k++) {
            slice[k - from] = items[k];
        }
        Arrays.sort(slice, (a, b) -> Double.compare(x[a], x[b]));
        for (int k = from; k < to; k++) {
            items[k] = slice[k - from];
        }
    }

    /** Calls {@code visit} for every item that shares a point with the rectangle. */
    void forEachIn(double qx, double qy, double qw, double qh, IntConsumer visit) {
        forEachInWhile(qx, qy, qw, qh, i -> {
            visit.accept(i);
            return true;
        });
    }

    /**
     * Calls {@code visit} for the items that share a point with the rectangle until it returns
     * false, so that a caller with a budget does not pay for a crowded rectangle.
     */
    void forEachInWhile(double qx, double qy, double qw, double qh, IntPredicate visit) {
        int bands = bandStart.length - 1;
        if (bands <= 0) {
            return;
        }
        int first = (int) Math.max(0, Math.floor((qy - bandHeight - top) / effectiveBandHeight));
        int last = (int) Math.min(bands - 1, Math.floor((qy + qh - top) / effectiveBandHeight));
        for (int b = first; b <= last; b++) {
            int from = lowerBound(bandStart[b], bandStart[b + 1], qx - widestInBand[b]);
            for (int k = from; k < bandStart[b + 1] && x[items[k]] <= qx + qw; k++) {
                int i = items[k];
                if (x[i] + w[i] >= qx && y[i] <= qy + qh && y[i] + h[i] >= qy && !visit.test(i)) {
                    return;
                }
            }
        }
    }

    /** The first item containing the point, or -1. */
    int at(double px, double py) {
        int[] found = {-1};
        forEachIn(px, py, 0, 0, i -> {
            if (found[0] < 0) {
                found[0] = i;
            }
        });
        return found[0];
    }

    private int lowerBound(int from, int to, double value) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[items[mid]] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
