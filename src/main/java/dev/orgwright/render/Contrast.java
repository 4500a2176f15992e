package dev.orgwright.render;

/**
 * The contrast of two colours as WCAG 2 measures it, so that a theme can be checked to keep text
 * readable: 4.5:1 for body text, 7:1 for the enhanced level.
 */
public final class Contrast {

    private Contrast() {
    }

    /** The relative luminance of an opaque colour, from 0 (black) to 1 (white). */
    public static double luminance(Rgba c) {
        return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
    }

    /** The contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
    public static double ratio(Rgba a, Rgba b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
