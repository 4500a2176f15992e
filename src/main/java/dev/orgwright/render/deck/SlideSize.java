package dev.orgwright.render.deck;

import java.util.Locale;

/** The shape of a deck's slides, in points (1/72 inch), as PowerPoint's own sizes. */
public enum SlideSize {
    /** 13.33 × 7.5 inches: PowerPoint's default since 2013. */
    WIDE("16:9", 960, 540),
    /** 10 × 7.5 inches: older projectors and printed handouts. */
    STANDARD("4:3", 720, 540);

    private final String label;
    private final double width;
    private final double height;

    SlideSize(String label, double width, double height) {
        this.label = label;
        this.width = width;
        this.height = height;
    }

    /** "16:9" or "4:3". */
    public String label() {
        return label;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** The size a user names: "16:9" or "4:3" (also "wide" and "standard"). */
    public static SlideSize parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "16:9", "wide", "widescreen" -> WIDE;
            case "4:3", "standard" -> STANDARD;
            default -> throw new IllegalArgumentException("The slide size must be 16:9 or 4:3, not '" + text + "'.");
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
