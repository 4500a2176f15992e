package dev.orgwright.layout;

/**
 * How the layout engine places boxes.
 *
 * @param siblingGap     least space between two boxes side by side (default 20)
 * @param subtreeGap     least space between the boxes of neighbouring subtrees below the siblings (default 20)
 * @param rowGap         space between one row and the next (default 40)
 * @param rows           rows by depth, or by tier
 * @param mode           how a team is arranged: side by side, stacked leaves, or chosen per team
 * @param orientation    top-down or left-to-right
 * @param twoColumnsFrom from how many stacked leaves a stack uses two columns instead of one
 * @param aspect         the width over height the automatic layout aims for: the page's or the screen's
 */
public record LayoutOptions(double siblingGap, double subtreeGap, double rowGap, Rows rows, Mode mode,
                            Orientation orientation, int twoColumnsFrom, double aspect) {

    /** Which boxes share a row. */
    public enum Rows {
        /** Every box of one depth on one row. */
        BY_DEPTH,
        /** Every position of one tier on the tier's own band of rows, whatever its depth. */
        BY_TIER
    }

    /** Which way the tree grows. */
    public enum Orientation { TOP_DOWN, LEFT_RIGHT }

    /** How the reports of a manager are arranged. */
    public enum Mode {
        /** Every team side by side: the classic tidy tree. */
        TIDY,
        /** A manager whose reports are all leaves stacks them in one or two columns. */
        COMPACT,
        /**
         * Each team side by side, stacked, or wrapped into several rows, whichever brings the
         * whole chart closest to fitting a page or screen of {@link #aspect()}. With rows by tier,
         * a team either keeps its tier bands and stacked leaves as {@link #COMPACT} lays them out,
         * or wraps its reports' subtrees into rows of blocks; the tier bands are aligned across
         * the blocks of each such row, so the bands repeat row after row.
         */
        AUTO
    }

    /** Width over height of A4 (or any ISO paper) in landscape. */
    public static final double A4_LANDSCAPE = Math.sqrt(2);

    /** Width over height of a 16:10 screen. */
    public static final double SCREEN = 1.6;

    /** The classic tidy tree, top down, rows by depth. */
    public static final LayoutOptions DEFAULT = new LayoutOptions(20, 20, 40, Rows.BY_DEPTH, Mode.TIDY,
            Orientation.TOP_DOWN, 5, SCREEN);

    /** The automatic layout for a screen: the default of the window and of exports. */
    public static final LayoutOptions AUTO = DEFAULT.withMode(Mode.AUTO);

    public LayoutOptions {
        for (double gap : new double[] {siblingGap, subtreeGap, rowGap}) {
            if (!(gap >= 0) || Double.isInfinite(gap)) {
                throw new IllegalArgumentException("Layout gaps must be finite and not negative.");
            }
        }
        if (twoColumnsFrom < 2) {
            throw new IllegalArgumentException("A stack needs at least 2 leaves for two columns.");
        }
        if (mode == null || rows == null || orientation == null) {
            throw new IllegalArgumentException("A layout needs its rows, mode and orientation.");
        }
        if (!(aspect > 0) || Double.isInfinite(aspect)) {
            throw new IllegalArgumentException("The aspect a layout aims for must be a finite number above zero, not "
                    + aspect + ".");
        }
    }

    /**
     * Whether leaf teams are stacked: in compact mode, and in the automatic mode with rows by
     * tier, whose teams that do not wrap are laid out as in compact mode.
     */
    public boolean compact() {
        return mode == Mode.COMPACT || (mode == Mode.AUTO && rows == Rows.BY_TIER);
    }

    public LayoutOptions withGaps(double sibling, double row) {
        return new LayoutOptions(sibling, sibling, row, rows, mode, orientation, twoColumnsFrom, aspect);
    }

    public LayoutOptions withRows(Rows value) {
        return new LayoutOptions(siblingGap, subtreeGap, rowGap, value, mode, orientation, twoColumnsFrom, aspect);
    }

    /** Compact (stacked leaves) or, when {@code value} is false, the classic tidy tree. */
    public LayoutOptions withCompact(boolean value) {
        return withMode(value ? Mode.COMPACT : Mode.TIDY);
    }

    public LayoutOptions withMode(Mode value) {
        return new LayoutOptions(siblingGap, subtreeGap, rowGap, rows, value, orientation, twoColumnsFrom, aspect);
    }

    public LayoutOptions withOrientation(Orientation value) {
        return new LayoutOptions(siblingGap, subtreeGap, rowGap, rows, mode, value, twoColumnsFrom, aspect);
    }

    /** Aims the automatic layout at a page or screen of this width over height. */
    public LayoutOptions withAspect(double value) {
        return new LayoutOptions(siblingGap, subtreeGap, rowGap, rows, mode, orientation, twoColumnsFrom, value);
    }
}
