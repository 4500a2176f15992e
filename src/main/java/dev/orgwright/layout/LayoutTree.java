package dev.orgwright.layout;

import java.util.Arrays;

/**
 * The shape the layout engine works on: a forest of boxes as flat arrays indexed 0..n-1, with
 * children in sibling order. Building it from a chart (or from bare boxes, to compare engines on
 * identical input) is the only place ids and objects appear; the engine itself touches only
 * arrays, which is what lets it place a million boxes in well under a second.
 */
public final class LayoutTree {

    final int size;
    final int[] parent;
    final int[] childStart;
    final int[] children;
    final double[] width;
    final double[] height;
    /** The rank of each box's tier (1 = highest), or 0 for none: only the by-tier rows read it. */
    final int[] tierRank;
    /** Boxes whose reports are hidden: they are laid out as leaves. */
    final boolean[] collapsed;
    /** Assistants: drawn beside their manager's line, between the manager and its other reports. */
    final boolean[] assistant;
    final int[] roots;

    private LayoutTree(int size, int[] parent, int[] childStart, int[] children, double[] width, double[] height,
                       int[] tierRank, boolean[] collapsed, boolean[] assistant, int[] roots) {
        this.size = size;
        this.parent = parent;
        this.childStart = childStart;
        this.children = children;
        this.width = width;
        this.height = height;
        this.tierRank = tierRank;
        this.collapsed = collapsed;
        this.assistant = assistant;
        this.roots = roots;
    }

    /** The number of boxes. */
    public int size() {
        return size;
    }

    public int parentOf(int box) {
        return parent[box];
    }

    /** The number of reports of a box, hidden ones included. */
    public int childCount(int box) {
        return childStart[box + 1] - childStart[box];
    }

    public int child(int box, int i) {
        return children[childStart[box] + i];
    }

    public boolean isCollapsed(int box) {
        return collapsed[box];
    }

    /** Whether the box is an assistant to its parent. */
    public boolean isAssistant(int box) {
        return assistant[box];
    }

    /** A builder: add boxes in any order with their parent's index (-1 for a root). */
    public static Builder builder(int expectedSize) {
        return new Builder(expectedSize);
    }

    /** Collects boxes; sibling order is the order in which they are added. */
    public static final class Builder {
        private int size;
        private int[] parent;
        private double[] width;
        private double[] height;
        private int[] tierRank;
        private boolean[] collapsed;
        private boolean[] assistant;

        Builder(int expected) {
            int capacity = Math.max(16, expected);
            parent = new int[capacity];
            width = new double[capacity];
            height = new double[capacity];
            tierRank = new int[capacity];
            collapsed = new boolean[capacity];
            assistant = new boolean[capacity];
        }

        /** Adds a box and returns its index. {@code parentIndex} may refer to a box added later. */
        public int add(int parentIndex, double w, double h, int rank, boolean isCollapsed) {
            return add(parentIndex, w, h, rank, isCollapsed, false);
        }

        /** Adds a box, an assistant to its parent when {@code isAssistant}, and returns its index. */
        public int add(int parentIndex, double w, double h, int rank, boolean isCollapsed, boolean isAssistant) {
            if (size == parent.length) {
                int capacity = size * 2;
                parent = Arrays.copyOf(parent, capacity);
                width = Arrays.copyOf(width, capacity);
                height = Arrays.copyOf(height, capacity);
                tierRank = Arrays.copyOf(tierRank, capacity);
                collapsed = Arrays.copyOf(collapsed, capacity);
                assistant = Arrays.copyOf(assistant, capacity);
            }
            if (!(w >= 0) || !(h >= 0) || Double.isInfinite(w) || Double.isInfinite(h)) {
                throw new IllegalArgumentException("Box " + size + " has an impossible size " + w + " × " + h + ".");
            }
            parent[size] = parentIndex;
            width[size] = w;
            height[size] = h;
            tierRank[size] = rank;
            collapsed[size] = isCollapsed;
            assistant[size] = isAssistant && parentIndex >= 0;
            return size++;
        }

        /**
         * The tree. Parents must exist and there must be no cycle (a chart guarantees both; bare
         * boxes are checked here).
         */
        public LayoutTree build() {
            int n = size;
            int[] counts = new int[n + 1];
            int rootCount = 0;
            for (int i = 0; i < n; i++) {
                int p = parent[i];
                if (p < -1 || p >= n || p == i) {
                    throw new IllegalArgumentException("Box " + i + " has no valid parent (" + p + ").");
                }
                if (p < 0) {
                    rootCount++;
                } else {
                    counts[p + 1]++;
                }
            }
            int[] start = new int[n + 1];
            for (int i = 0; i < n; i++) {
                start[i + 1] = start[i] + counts[i + 1];
            }
            int[] fill = Arrays.copyOf(start, n);
            int[] kids = new int[Math.max(0, n - rootCount)];
            int[] roots = new int[rootCount];
            int r = 0;
            for (int i = 0; i < n; i++) {
                int p = parent[i];
                if (p < 0) {
                    roots[r++] = i;
                } else {
                    kids[fill[p]++] = i;
                }
            }
            LayoutTree tree = new LayoutTree(n, Arrays.copyOf(parent, n), start, kids, Arrays.copyOf(width, n),
                    Arrays.copyOf(height, n), Arrays.copyOf(tierRank, n), Arrays.copyOf(collapsed, n), Arrays.copyOf(assistant, n), roots);
            tree.checkAcyclic();
            return tree;
        }
    }

    /** Every box must be reached from a root exactly once; otherwise some parents form a cycle. */
    private void checkAcyclic() {
        int reached = reachable();
        if (reached != size) {
            throw new IllegalArgumentException((size - reached) + " boxes are not below any root: their parents form a cycle.");
        }
    }

    /**
     * A tree given as its parts, sibling order included: {@code children[childStart[b] ..
     * childStart[b + 1])} are the reports of {@code b}, {@code roots} the top boxes in order.
     * Boxes that no root reaches are left out of the layout (an incremental update keeps the
     * places of removed positions this way). Returns null when the parts do not form a forest
     * with exactly {@code expectedReachable} boxes below the roots, each reached once.
     */
    static LayoutTree ofParts(int[] parent, int[] childStart, int[] children, double[] width, double[] height,
                              int[] tierRank, boolean[] collapsed, boolean[] assistant, int[] roots,
                              int expectedReachable) {
        LayoutTree tree = new LayoutTree(parent.length, parent, childStart, children, width, height, tierRank,
                collapsed, assistant, roots);
        return tree.reachable() == expectedReachable ? tree : null;
    }

    /** The number of boxes below the roots, or -1 when one is reached twice or from the wrong parent. */
    private int reachable() {
        int reached = 0;
        boolean[] seen = new boolean[size];
        int[] stack = new int[Math.max(1, size)];
        int top = 0;
        for (int root : roots) {
            if (root < 0 || root >= size || seen[root] || parent[root] != -1) {
                return -1;
            }
            seen[root] = true;
            stack[top++] = root;
            while (top > 0) {
                int b = stack[--top];
                reached++;
                for (int k = childStart[b]; k < childStart[b + 1]; k++) {
                    int c = children[k];
                    if (c < 0 || c >= size || seen[c] || parent[c] != b) {
                        return -1;
                    }
                    seen[c] = true;
                    stack[top++] = c;
                }
            }
        }
        return reached;
    }

    /**
     * Lists the boxes shown (none below a folded one) in reading order, depth first, into
     * {@code preorder}, marks them in {@code visible}, and returns how many there are.
     */
    int visiblePreorder(int[] preorder, boolean[] visible) {
        int[] stack = new int[Math.max(1, parent.length)];
        int size = 0;
        int count = 0;
        for (int r = roots.length - 1; r >= 0; r--) {
            stack[size++] = roots[r];
        }
        while (size > 0) {
            int b = stack[--size];
            visible[b] = true;
            preorder[count++] = b;
            if (!collapsed[b]) {
                for (int k = childStart[b + 1] - 1; k >= childStart[b]; k--) {
                    stack[size++] = children[k];
                }
            }
        }
        return count;
    }
}
