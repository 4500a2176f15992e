package dev.orgwright.layout;

/**
 * Where the engine put each box of a bare {@link LayoutTree}, by box index: the counterpart of
 * {@link ChartLayout} for trees that are not charts (boxes read from a file, generated trees),
 * so that the engine can be compared with other layout engines on identical input. Coordinates
 * are in chart units, x and y the top-left corner, y growing downwards.
 */
public final class LaidOutBoxes {

    private final Placement placement;

    LaidOutBoxes(Placement placement) {
        this.placement = placement;
    }

    /** The tree that was laid out. */
    public LayoutTree tree() {
        return placement.tree();
    }

    /** The shown boxes (those below a collapsed box are not), each parent before its children. */
    public int[] inTreeOrder() {
        return placement.preorder().clone();
    }

    /** How many direct reports a collapsed box hides; 0 for any other box. */
    public int hiddenReports(int box) {
        LayoutTree tree = placement.tree();
        return tree.isCollapsed(box) ? tree.childCount(box) : 0;
    }

    public boolean isVisible(int box) {
        return placement.isVisible(box);
    }

    public double x(int box) {
        return placement.x(box);
    }

    public double y(int box) {
        return placement.y(box);
    }

    public double width(int box) {
        return placement.width(box);
    }

    public double height(int box) {
        return placement.height(box);
    }

    /** The width of the whole layout, from x = 0. */
    public double totalWidth() {
        return placement.totalWidth();
    }

    /** The height of the whole layout, from y = 0. */
    public double totalHeight() {
        return placement.totalHeight();
    }

    /**
     * The line from a shown box's parent to it as x0, y0, x1, y1, ...: an orthogonal elbow, or
     * into the side of a stacked leaf from its stack's spine. Empty for a root or a hidden box.
     */
    public double[] edge(int box) {
        return placement.edge(box);
    }
}
