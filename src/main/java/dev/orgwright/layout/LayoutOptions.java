package dev.orgwright.layout;

/**
 * How the layout engine places boxes.
 *
 * @param siblingGap     least space between two boxes side by side (default 20)
 * @param subtreeGap     least space between the boxes of neighbouring subtrees below the siblings (default 20)
 * @param rowGap         space between one row and the next (default 40)
 * @param rows           rows by depth, or by tier
 * @param compact        whether a manager whose reports are all leaves stacks them in columns
 * @param orientation    top-down or left-to-right
 * @param twoColumnsFrom from how many stacked leaves a stack uses two columns instead of one
 */
public record LayoutOptions(double siblingGap, double subtreeGap, double rowGap, Rows rows, boolean compact,
                          Orientation orientation, int twoColumnsFrom) {

    /** Which boxes share a row. */
    public enum Rows {
        /** Every box of one depth on one row. */
        BY_DEPTH,
        /** Every position of one tier on the tier's own band of rows, whatever its depth. */
        BY_TIER
    }

    /** Which way the tree grows. */
    public enum Orientation { TOP_DOWN, LEFT_RIGHT }

    public static final LayoutOptions DEFAULT = new LayoutOptions(20, 20, 40, Rows.BY_DEPTH, false,
            Orientation.TOP_DOWN, 5);

    public LayoutOptions {
        for (double gap : new double[] {siblingGap, subtreeGap, rowGap}) {
            if (!(gap >= 0) || Double.isInfinite(gap)) {
                throw new IllegalArgumentException("Layout gaps must be finite and not negative.");
            }
        }
        if (twoColumnsFrom < 2) {
            throw new IllegalArgumentException("A stack needs at least 2 leaves for two columns.");
        }
    }

    public LayoutOptions withGaps(double sibling, double row) {
        return new LayoutOptions(sibling, sibling, row, rows, compact, orientation, twoColumnsFrom);
    }

    public LayoutOptions withRows(Rows value) {
        return new LayoutOptions(siblingGap, subtreeGap, rowGap, value, compact, orientation, twoColumnsFrom);
    }

    public LayoutOptions withCompact(boolean value) {
        return new LayoutOptions(siblingGap, subtreeGap, rowGap, rows, value, orientation, twoColumnsFrom);
    }

    public LayoutOptions withOrientation(Orientation value) {
        return new LayoutOptions(siblingGap, subtreeGap, rowGap, rows, compact, value, twoColumnsFrom);
    }
}
