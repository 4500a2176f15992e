package dev.orgwright.layout;

import dev.orgwright.model.Position;

/**
 * Says how big a position's card is. The window measures the card's text with the screen
 * font; tests and headless exports pass fixed sizes. Called once per position per layout, so
 * an implementation that measures text should cache.
 */
@FunctionalInterface
public interface CardSizer {

    /** The size of the card that shows {@code position}. */
    CardSize sizeOf(Position position);

    /** Every card the same size. */
    static CardSizer fixed(double width, double height) {
        CardSize size = new CardSize(width, height);
        return position -> size;
    }
}
