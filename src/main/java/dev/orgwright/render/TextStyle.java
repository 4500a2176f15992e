package dev.orgwright.render;

/**
 * The look of a piece of text. Surfaces use the platform's sans-serif font.
 *
 * @param size   the font size in surface pixels
 * @param bold   whether the weight is bold
 * @param italic whether the posture is italic
 * @param colour the colour
 */
public record TextStyle(double size, boolean bold, boolean italic, Rgba colour) {

    public TextStyle withSize(double newSize) {
        return new TextStyle(newSize, bold, italic, colour);
    }
}
