package dev.orgwright.render;

/** Where a text's x coordinate is on the text. */
public enum TextAlign {
    /** x is the left end of the text. */
    LEFT,
    /** x is the middle of the text. */
    CENTRE
}
