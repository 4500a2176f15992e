package dev.orgwright.layout;

/**
 * What the engine produced: for each box of a {@link LayoutTree}, whether it is shown and where
 * (x, y, width, height in chart units, y growing downwards), and its reporting line to its
 * manager as an orthogonal polyline, computed on demand so that 100,000 lines cost nothing
 * until drawn. A line runs along the bar (bus) its report is given, so that a team wrapped
 * into several rows has one bar per row on a common trunk.
 */
final class Placement {

    private final LayoutTree tree;
    private final boolean topDown;
    private final boolean[] visible;
    private final boolean[] stacked;
    private final boolean[] beside;
    private final double[] b0;
    private final double[] d0;
    private final double[] bs;
    private final double[] ds;
    /** Per report: the depth of the bar its line runs along. */
    private final double[] bar;
    /** Per manager of a stack: the breadth of the stack's spine. */
    private final double[] spine;
    private final double breadth;
    private final double depth;
    private final int[] preorder;

    Placement(LayoutTree tree, LayoutOptions.Orientation orientation, boolean[] visible, boolean[] stacked,
              boolean[] beside, double[] b0, double[] d0, double[] bs, double[] ds, double[] bar, double[] spine,
              double breadth, double depth, int[] preorder) {
        this.tree = tree;
        this.topDown = orientation == LayoutOptions.Orientation.TOP_DOWN;
        this.visible = visible;
        this.stacked = stacked;
        this.beside = beside;
        this.b0 = b0;
        this.d0 = d0;
        this.bs = bs;
        this.ds = ds;
        this.bar = bar;
        this.spine = spine;
        this.breadth = breadth;
        this.depth = depth;
        this.preorder = preorder;
    }

    boolean isTopDown() {
        return topDown;
    }

    LayoutTree tree() {
        return tree;
    }

    boolean isVisible(int box) {
        return visible[box];
    }

    boolean isStacked(int box) {
        return stacked[box];
    }

    /** Whether the box is an assistant drawn beside its manager's line. */
    boolean isBeside(int box) {
        return beside[box];
    }

    /** The depth of the bar the line to {@code box} runs along. */
    double bar(int box) {
        return bar[box];
    }

    /** The breadth of the spine of a stack, for a manager whose leaves are stacked. */
    double spine(int manager) {
        return spine[manager];
    }

    /** The visible boxes, each manager before its reports. */
    int[] preorder() {
        return preorder;
    }

    double x(int box) {
        return topDown ? b0[box] : d0[box];
    }

    double y(int box) {
        return topDown ? d0[box] : b0[box];
    }

    double width(int box) {
        return topDown ? bs[box] : ds[box];
    }

    double height(int box) {
        return topDown ? ds[box] : bs[box];
    }

    /**
     * The x of every box as one array, shared, not copied: read only the visible boxes' entries.
     * Likewise {@link #ys}, {@link #widths} and {@link #heights}.
     */
    double[] xs() {
        return topDown ? b0 : d0;
    }

    double[] ys() {
        return topDown ? d0 : b0;
    }

    double[] widths() {
        return topDown ? bs : ds;
    }

    double[] heights() {
        return topDown ? ds : bs;
    }

    /** The width of the whole layout. */
    double totalWidth() {
        return topDown ? breadth : depth;
    }

    double totalHeight() {
        return topDown ? depth : breadth;
    }

    /**
     * The line from a visible box's manager to it, as x0, y0, x1, y1, ...: down from the
     * manager, along a bar in the gap below the manager's row, and down into the report; into
     * the side of a stacked report from the stack's spine; into the side of an assistant from
     * the manager's trunk. Empty for a root.
     */
    double[] edge(int box) {
        double[] out = new double[10];
        return java.util.Arrays.copyOf(out, edgeInto(box, out));
    }

    /**
     * Writes the line of {@link #edge} into {@code out} (room for ten numbers) and returns how
     * many it wrote, so that a pass over every line allocates nothing.
     */
    int edgeInto(int box, double[] out) {
        int m = tree.parent[box];
        if (m < 0 || !visible[box]) {
            return 0;
        }
        double mc = b0[m] + bs[m] / 2;
        double top = d0[m] + ds[m];
        if (beside[box]) {
            double mid = d0[box] + ds[box] / 2;
            double side = b0[box] >= mc ? b0[box] : b0[box] + bs[box];
            put(out, 0, mc, top);
            put(out, 2, mc, mid);
            put(out, 4, side, mid);
            return 6;
        }
        if (stacked[box]) {
            double mid = d0[box] + ds[box] / 2;
            double side = b0[box] >= spine[m] ? b0[box] : b0[box] + bs[box];
            put(out, 0, mc, top);
            put(out, 2, mc, bar[box]);
            put(out, 4, spine[m], bar[box]);
            put(out, 6, spine[m], mid);
            put(out, 8, side, mid);
            return 10;
        }
        double cc = b0[box] + bs[box] / 2;
        put(out, 0, mc, top);
        put(out, 2, mc, bar[box]);
        put(out, 4, cc, bar[box]);
        put(out, 6, cc, d0[box]);
        return 8;
    }

    /**
     * Maps a breadth/depth pair to x/y. Points are kept even where a segment has no length (a
     * report right below its manager), so every reporting line has the same shape: four points
     * for an elbow, five for a stacked report, three for an assistant.
     */
    private void put(double[] out, int at, double b, double d) {
        out[at] = topDown ? b : d;
        out[at + 1] = topDown ? d : b;
    }
}
