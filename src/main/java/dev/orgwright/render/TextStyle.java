package dev.orgwright.render;

/**
 * The look of a piece of text. Without a family, surfaces use the platform's sans-serif font.
 *
 * @param size   the font size in surface pixels
 * @param bold   whether the weight is bold
 * @param italic whether the posture is italic
 * @param colour the colour
 * @param family the font family the theme asks for, or null for the standard sans-serif
 */
public record TextStyle(double size, boolean bold, boolean italic, Rgba colour, String family) {

    /** Text in the standard sans-serif font. */
    public TextStyle(double size, boolean bold, boolean italic, Rgba colour) {
        this(size, bold, italic, colour, null);
    }

    public TextStyle withSize(double newSize) {
        return new TextStyle(newSize, bold, italic, colour, family);
    }
}
