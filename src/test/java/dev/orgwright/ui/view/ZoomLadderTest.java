package dev.orgwright.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The zoom ladder: four steps from any fit to readable, ordinary steps above it, in proportion. */
class ZoomLadderTest {

    private static final double READABLE = ChartView.READABLE_SCALE;

    @Test
    void fourStepsTakeAnyFitToTheReadableZoom() {
        for (double fit : new double[] {0.002, 0.01, 0.0283, 0.1, 0.2}) {
            double s = fit;
            for (int i = 0; i < 4; i++) {
                s = ZoomLadder.scaleAfter(s, 1, fit);
            }
            assertEquals(READABLE, s, 1e-12, "from a fit at " + fit);
            assertEquals(fit, ZoomLadder.scaleAfter(s, -4, fit), 1e-12, "and four steps back");
        }
    }

    @Test
    void aboveReadableAndForChartsThatFitReadableAStepIsTheOrdinaryOne() {
        assertEquals(READABLE * ChartView.ZOOM_STEP, ZoomLadder.scaleAfter(READABLE, 1, 0.03), 1e-12);
        assertEquals(2 * ChartView.ZOOM_STEP, ZoomLadder.scaleAfter(2, 1, 0.03), 1e-12);
        assertEquals(1.6, ZoomLadder.scaleAfter(2, -1, 0.03), 1e-12);
        // A chart that fits at 40 % needs no bigger steps: 0.4 * 1.25^4 is beyond readable already.
        assertEquals(0.4 * ChartView.ZOOM_STEP, ZoomLadder.scaleAfter(0.4, 1, 0.4), 1e-12);
        assertEquals(0.3 / ChartView.ZOOM_STEP, ZoomLadder.scaleAfter(0.3, -1, 0.4), 1e-12);
    }

    @Test
    void fractionsOfAStepAddUpAndTheLadderNeverGoesBackwards() {
        double fit = 0.0283;
        double s = 0.3;
        for (int i = 0; i < 10; i++) {
            double next = ZoomLadder.scaleAfter(s, 0.1, fit);
            assertTrue(next > s);
            s = next;
        }
        assertEquals(ZoomLadder.scaleAfter(0.3, 1, fit), s, 1e-12, "ten tenths across the readable zoom make one step");
    }
}
