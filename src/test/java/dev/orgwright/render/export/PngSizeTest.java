package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** The largest PNG image programs open, and the largest scale at which a chart still makes one. */
class PngSizeTest {

    @Test
    void aChartOfThirtyThousandByEighteenThousandPixelsFitsAtEightyFivePercent() {
        PngSize size = new PngSize(30_253, 18_004);

        assertFalse(size.fits(1), "400 million pixels at most");
        assertEquals(0.85, size.largestScale(1));
        assertEquals(25_716, size.width(0.85));
        assertEquals(15_304, size.height(0.85));
        assertTrue(size.fits(0.85));
        assertFalse(size.fits(0.86), "the next hundredth is over the limit");
    }

    @Test
    void aWideChartIsHeldBackByItsSideAndAScaleAskedForThatFitsIsKept() {
        PngSize wide = new PngSize(40_000, 300);
        assertEquals(0.81, wide.largestScale(4));
        assertEquals(32_400, wide.width(0.81));
        assertFalse(wide.fits(0.82));

        PngSize small = new PngSize(800, 600);
        assertEquals(4, small.largestScale(4));
        assertEquals(2, small.largestScale(2));
    }

    @Test
    void aChartTooLargeEvenAtATenthHasNoScaleThatFits() {
        PngSize huge = new PngSize(400_000, 1_000);
        assertTrue(huge.largestScale(4) < ExportRequest.MIN_SCALE);
        assertFalse(huge.fitsAtSomeScale());
        assertTrue(new PngSize(300_000, 1_000).fitsAtSomeScale());
    }

    @Property
    void theLargestScaleFitsAndAHundredthMoreDoesNot(@ForAll @DoubleRange(min = 100, max = 500_000) double width,
                                                     @ForAll @DoubleRange(min = 100, max = 500_000) double height) {
        PngSize size = new PngSize(Math.ceil(width), Math.ceil(height));
        double largest = size.largestScale(ExportRequest.MAX_SCALE);
        if (largest > 0) {
            assertTrue(size.fits(largest), size + " at " + largest);
        }
        if (largest < ExportRequest.MAX_SCALE) {
            assertFalse(size.fits(largest + 0.01), size + " at " + (largest + 0.01));
        }
        assertEquals(largest, Math.round(largest * 100) / 100.0, "in hundredths");
    }
}
