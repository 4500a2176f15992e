package dev.orgwright.render;

/**
 * How a card is drawn: the roundness of its corners, where it shows its colour, and whether it
 * casts a shadow. Part of a {@link Theme}, so every output draws cards alike.
 *
 * @param cornerRadius the corner radius in chart units (0 for square cards)
 * @param accent       where the card shows its colour (its tier's, or what the cards are coloured by)
 * @param shadow       whether the card casts a soft shadow below and to the right
 */
public record CardStyle(double cornerRadius, Accent accent, boolean shadow) {

    /** Where a card shows its colour. */
    public enum Accent {
        /** A band along the top edge, as cards have always been drawn. */
        TOP,
        /** A bar down the left edge. */
        LEFT,
        /** Nowhere: plain cards. */
        NONE
    }

    /** The cards as they have always been: rounded by 6, a band on top, no shadow. */
    public static final CardStyle DEFAULT = new CardStyle(CardMetrics.CORNER_RADIUS, Accent.TOP, false);

    public CardStyle {
        if (!(cornerRadius >= 0)) {
            throw new IllegalArgumentException("A card's corner radius cannot be negative.");
        }
        java.util.Objects.requireNonNull(accent, "accent");
    }
}
