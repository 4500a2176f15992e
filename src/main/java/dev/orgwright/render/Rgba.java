package dev.orgwright.render;

/**
 * A colour as 8-bit red, green, blue and alpha, so that every surface (screen, SVG, PDF)
 * gets the same plain values.
 */
public record Rgba(int red, int green, int blue, int alpha) {

    /** Checks every channel is 0–255. */
    public Rgba {
        if ((red | green | blue | alpha) < 0 || red > 255 || green > 255 || blue > 255 || alpha > 255) {
            throw new IllegalArgumentException("Colour channels go from 0 to 255.");
        }
    }

    /** An opaque colour from "#RRGGBB". */
    public static Rgba hex(String rgb) {
        if (rgb.length() != 7 || rgb.charAt(0) != '#') {
            throw new IllegalArgumentException("Expected a colour like #1A2B3C, not " + rgb + ".");
        }
        int v = Integer.parseInt(rgb.substring(1), 16);
        return new Rgba((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF, 255);
    }

    /** Alpha as a fraction from 0 to 1. */
    public double opacity() {
        return alpha / 255.0;
    }
}
