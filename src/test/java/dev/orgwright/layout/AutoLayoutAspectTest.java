package dev.orgwright.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.bench.IoBenchmark;
import dev.orgwright.model.Chart;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The automatic layout's promise on realistic charts of 10,000 positions: the whole chart's
 * bounding box comes within twice the aspect of the page or screen it is for (A4 landscape, a
 * 16:10 screen), top down and left to right, where the tidy tree of the same chart is a strip.
 * The charts are those {@link AutoLayoutFigures} prints the shape of: the layout engine's
 * realistic trees and the realistic charts of the benchmarks, for several seeds.
 */
class AutoLayoutAspectTest {

    private static final int SIZE = 10_000;
    private static final double[] TARGETS = {LayoutOptions.A4_LANDSCAPE, LayoutOptions.SCREEN};
    /** Card sizes as the figures size them: wider for a longer title, lower for a vacancy. */
    private static final CardSizer SIZER = p -> new CardSize(120 + p.title().length() * 3, p.isVacant() ? 48 : 64);

    /** How far an aspect is from the target, as a factor of at least 1 either way. */
    private static double offBy(double aspect, double target) {
        return Math.max(aspect / target, target / aspect);
    }

    @Test
    void aRealisticTreeOfTenThousandBoxesComesWithinTwiceTheTargetAspect() {
        for (long seed : new long[] {1, 2, 3, 7, 42}) {
            LayoutTree tree = RandomTrees.realistic(SIZE, seed);
            Placement tidy = TreeLayout.place(tree, LayoutOptions.DEFAULT);
            assertTrue(tidy.totalWidth() / tidy.totalHeight() > 20,
                    "the tidy tree of seed " + seed + " is a strip, so the automatic layout has something to do: "
                            + tidy.totalWidth() / tidy.totalHeight());
            for (LayoutOptions.Orientation orientation : LayoutOptions.Orientation.values()) {
                for (double target : TARGETS) {
                    LayoutOptions options = LayoutOptions.AUTO.withOrientation(orientation).withAspect(target);
                    Placement p = TreeLayout.place(tree, options);
                    assertEquals(SIZE, p.preorder().length, "every box is placed");
                    double aspect = p.totalWidth() / p.totalHeight();
                    assertTrue(offBy(aspect, target) <= 2, String.format(Locale.ROOT,
                            "seed %d, %s aiming at %.2f: %.0f x %.0f, width/height %.2f", seed, orientation, target,
                            p.totalWidth(), p.totalHeight(), aspect));
                }
            }
        }
    }

    @Test
    void aRealisticChartOfTenThousandPositionsComesWithinTwiceTheTargetAspect() throws Exception {
        for (long seed : new long[] {5, 7, 11}) {
            Chart chart = IoBenchmark.realisticChart(SIZE, new Random(seed));
            Box tidy = new TreeLayout(LayoutOptions.DEFAULT).layout(chart, SIZER).bounds();
            assertTrue(tidy.width() / tidy.height() > 20, "the tidy tree of seed " + seed + " is a strip: "
                    + tidy.width() / tidy.height());
            for (double target : TARGETS) {
                ChartLayout layout = new TreeLayout(LayoutOptions.AUTO.withAspect(target)).layout(chart, SIZER);
                assertEquals(SIZE, layout.size(), "every card is placed");
                Box b = layout.bounds();
                double aspect = b.width() / b.height();
                assertTrue(offBy(aspect, target) <= 2, String.format(Locale.ROOT,
                        "seed %d aiming at %.2f: %.0f x %.0f, width/height %.2f", seed, target, b.width(), b.height(),
                        aspect));
            }
        }
    }
}
