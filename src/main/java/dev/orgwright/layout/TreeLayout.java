package dev.orgwright.layout;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A simple top-down tidy layout. Rows are the depths of the tree, each as tall as its tallest
 * card; leaves go left to right in tree order, each as far left as its row allows; a manager
 * sits centred over its first and last report, and when that would overlap its left neighbour
 * the manager moves right with its whole subtree. Several roots stand side by side, each tree
 * to the right of the previous one.
 *
 * <p>Every walk over the tree is a loop over arrays, never a recursion, so a chain of 100,000
 * positions lays out like any other chart. The cost is O(n log depth).
 *
 * <p>This is a first algorithm; a contour-based one (Buchheim et al.) with compact leaf
 * stacking is meant to replace it behind the same {@link #layout} call.
 */
public final class TreeLayout {

    private final LayoutOptions options;

    /** A layout with {@link LayoutOptions#DEFAULT}. */
    public TreeLayout() {
        this(LayoutOptions.DEFAULT);
    }

    public TreeLayout(LayoutOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Places every position of {@code chart} in a card of the size {@code sizer} gives it. */
    public ChartLayout layout(Chart chart, CardSizer sizer) {
        Tree tree = Tree.of(chart, sizer);
        double[] x = placeHorizontally(tree);
        double[] y = new double[tree.size];
        double[] rowTop = new double[tree.depthCount];
        double[] rowHeight = new double[tree.depthCount];
        for (int i = 0; i < tree.size; i++) {
            rowHeight[tree.depth[i]] = Math.max(rowHeight[tree.depth[i]], tree.height[i]);
        }
        for (int d = 1; d < tree.depthCount; d++) {
            rowTop[d] = rowTop[d - 1] + rowHeight[d - 1] + options.rowGap();
        }
        for (int i = 0; i < tree.size; i++) {
            y[i] = rowTop[tree.depth[i]];
        }
        return new ChartLayout(chart, tree.ids, tree.index, tree.parent, tree.depth, x, y, tree.width, tree.height,
                rowTop, rowHeight);
    }

    /**
     * Visits the positions in post-order (reports before their manager, left before right),
     * giving each its x, and returns the final x of every position in tree order.
     */
    private double[] placeHorizontally(Tree t) {
        int n = t.size;
        double gap = options.siblingGap();
        double[] left = new double[n];
        // Shift applied to a subtree after its root was centred; settled into descendants at the end.
        double[] pendingShift = new double[n];
        // Deepest depth in each subtree, and the rightmost extent of each subtree so far.
        int[] deepest = t.depth.clone();
        double[] reach = new double[n];
        java.util.Arrays.fill(reach, Double.NEGATIVE_INFINITY);
        DepthContour contour = new DepthContour(t.depthCount);
        double floor = 0; // trees of later roots start right of everything placed before

        int v = t.firstRoot;
        while (v >= 0) {
            while (t.firstChild[v] >= 0) {
                v = t.firstChild[v];
            }
            while (true) {
                int d = t.depth[v];
                double min = Math.max(contour.get(d), floor);
                double x;
                if (t.firstChild[v] < 0) {
                    x = min;
                    reach[v] = x + t.width[v];
                } else {
                    int first = t.firstChild[v];
                    int last = t.lastChild[v];
                    double centre = (left[first] + t.width[first] / 2 + left[last] + t.width[last] / 2) / 2;
                    x = centre - t.width[v] / 2;
                    if (x < min) {
                        double shift = min - x;
                        x = min;
                        pendingShift[v] = shift;
                        contour.addRange(d + 1, deepest[v], shift);
                        reach[v] += shift;
                    }
                    reach[v] = Math.max(reach[v], x + t.width[v]);
                }
                left[v] = x;
                contour.set(d, x + t.width[v] + gap);
                int p = t.parent[v];
                if (p >= 0) {
                    deepest[p] = Math.max(deepest[p], deepest[v]);
                    reach[p] = Math.max(reach[p], reach[v]);
                } else {
                    floor = Math.max(floor, reach[v] + gap);
                }
                if (t.nextSibling[v] >= 0) {
                    v = t.nextSibling[v];
                    break;
                }
                v = p;
                if (v < 0) {
                    break;
                }
            }
        }
        // Tree order puts every manager before its reports, so one pass settles the shifts.
        double[] accumulated = new double[n];
        for (int i = 0; i < n; i++) {
            int p = t.parent[i];
            accumulated[i] = p < 0 ? 0 : accumulated[p] + pendingShift[p];
            left[i] += accumulated[i];
        }
        return left;
    }

    /** The chart as arrays indexed by tree order, with first-child / next-sibling links. */
    private static final class Tree {
        int size;
        int depthCount;
        int firstRoot = -1;
        PositionId[] ids;
        Map<PositionId, Integer> index;
        int[] parent;
        int[] depth;
        int[] firstChild;
        int[] lastChild;
        int[] nextSibling;
        double[] width;
        double[] height;

        static Tree of(Chart chart, CardSizer sizer) {
            Tree t = new Tree();
            int n = chart.size();
            t.size = n;
            t.ids = new PositionId[n];
            t.index = new HashMap<>(Math.max(16, n * 2));
            t.parent = new int[n];
            t.depth = new int[n];
            t.firstChild = filled(n);
            t.lastChild = filled(n);
            t.nextSibling = filled(n);
            t.width = new double[n];
            t.height = new double[n];
            int lastRoot = -1;
            int i = 0;
            for (Position p : chart.inTreeOrder()) {
                t.ids[i] = p.id();
                t.index.put(p.id(), i);
                CardSize size = Objects.requireNonNull(sizer.sizeOf(p), "card size");
                t.width[i] = size.width();
                t.height[i] = size.height();
                if (p.reportsTo() == null) {
                    t.parent[i] = -1;
                    t.depth[i] = 0;
                    if (lastRoot < 0) {
                        t.firstRoot = i;
                    } else {
                        t.nextSibling[lastRoot] = i;
                    }
                    lastRoot = i;
                } else {
                    int m = t.index.get(p.reportsTo());
                    t.parent[i] = m;
                    t.depth[i] = t.depth[m] + 1;
                    if (t.firstChild[m] < 0) {
                        t.firstChild[m] = i;
                    } else {
                        t.nextSibling[t.lastChild[m]] = i;
                    }
                    t.lastChild[m] = i;
                }
                t.depthCount = Math.max(t.depthCount, t.depth[i] + 1);
                i++;
            }
            return t;
        }

        private static int[] filled(int n) {
            int[] a = new int[n];
            java.util.Arrays.fill(a, -1);
            return a;
        }
    }
}
