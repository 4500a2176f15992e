package dev.orgwright.layout;

/**
 * For each depth of the tree, the first x where the next box of that row may start. Shifting
 * a finished subtree moves the contour of every row it spans; a Fenwick tree over depths makes
 * that range update cost O(log depth) instead of O(depth), which matters for deep charts.
 */
final class DepthContour {

    private final double[] tree;

    DepthContour(int depths) {
        tree = new double[depths + 2];
    }

    /** The first free x at {@code depth}; 0 while the row is empty. */
    double get(int depth) {
        double sum = 0;
        for (int i = depth + 1; i > 0; i -= i & -i) {
            sum += tree[i];
        }
        return sum;
    }

    void set(int depth, double value) {
        addRange(depth, depth, value - get(depth));
    }

    /** Adds {@code delta} to every depth from {@code from} to {@code to}, both included. */
    void addRange(int from, int to, double delta) {
        if (from > to || delta == 0) {
            return;
        }
        add(from + 1, delta);
        add(to + 2, -delta);
    }

    private void add(int index, double delta) {
        for (int i = index; i < tree.length; i += i & -i) {
            tree[i] += delta;
        }
    }
}
