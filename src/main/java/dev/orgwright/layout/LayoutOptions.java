package dev.orgwright.layout;

/**
 * The spacing of a tree layout, in chart units.
 *
 * @param siblingGap the least horizontal space between two boxes of a row (and between trees)
 * @param rowGap     the vertical space between one row's tallest box and the next row
 */
public record LayoutOptions(double siblingGap, double rowGap) {

    /** 20 between neighbours, 40 between rows. */
    public static final LayoutOptions DEFAULT = new LayoutOptions(20, 40);

    /** Rejects negative or non-finite gaps. */
    public LayoutOptions {
        if (!(siblingGap >= 0) || !(rowGap >= 0) || Double.isInfinite(siblingGap) || Double.isInfinite(rowGap)) {
            throw new IllegalArgumentException("Layout gaps must be finite and not negative.");
        }
    }
}
