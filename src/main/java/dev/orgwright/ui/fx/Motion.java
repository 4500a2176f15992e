package dev.orgwright.ui.fx;

/**
 * Whether views change at once instead of gliding: for people who ask for less motion, and for
 * tests, which read the final view. Every animation of the window asks here.
 */
public final class Motion {

    /** The system property that asks for reduced motion ({@code -Dorgwright.reducedMotion=true}). */
    public static final String REDUCED_PROPERTY = "orgwright.reducedMotion";

    private Motion() {
    }

    public static boolean reduced() {
        return Boolean.getBoolean(REDUCED_PROPERTY);
    }
}
