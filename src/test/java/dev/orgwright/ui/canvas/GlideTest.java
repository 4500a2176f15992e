package dev.orgwright.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.render.Viewport;
import org.junit.jupiter.api.Test;

/** The views a glide passes through, without an animation. */
class GlideTest {

    private final Viewport from = new Viewport(0, 0, 0.5, 800, 600);
    private final Viewport to = new Viewport(400, 300, 2, 800, 600);

    private static double centreX(Viewport v) {
        return v.toChartX(v.width() / 2);
    }

    private static double centreY(Viewport v) {
        return v.toChartY(v.height() / 2);
    }

    @Test
    void itStartsAtOneViewAndEndsAtTheOther() {
        assertViewsEqual(from, Glide.between(from, to, 0));
        assertViewsEqual(to, Glide.between(from, to, 1));
    }

    @Test
    void halfwayTheScaleIsTheGeometricMeanAndTheCentreTheMidpoint() {
        Viewport half = Glide.between(from, to, 0.5);
        assertEquals(1, half.scale(), 1e-9, "from 50% to 200% passes 100% halfway: zooming feels even");
        assertEquals((centreX(from) + centreX(to)) / 2, centreX(half), 1e-9);
        assertEquals((centreY(from) + centreY(to)) / 2, centreY(half), 1e-9);
    }

    private static void assertViewsEqual(Viewport expected, Viewport actual) {
        assertEquals(expected.originX(), actual.originX(), 1e-9);
        assertEquals(expected.originY(), actual.originY(), 1e-9);
        assertEquals(expected.scale(), actual.scale(), 1e-9);
        assertEquals(expected.width(), actual.width());
        assertEquals(expected.height(), actual.height());
    }
}
