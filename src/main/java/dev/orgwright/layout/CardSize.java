package dev.orgwright.layout;

/**
 * The size a card needs on the chart, in chart units (pixels at 100% zoom).
 *
 * @param width  greater than zero
 * @param height greater than zero
 */
public record CardSize(double width, double height) {

    /** Rejects sizes that would make boxes vanish or the layout meaningless. */
    public CardSize {
        if (!(width > 0) || !(height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("A card needs a finite size above zero, not " + width + " × " + height + ".");
        }
    }
}
