package dev.orgwright.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.bench.IoBenchmark;
import dev.orgwright.model.Chart;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The automatic layout with rows by tier keeps its promise on realistic charts of 10,000
 * positions: the bounding box comes within twice the aspect of an A4 landscape page and of a
 * 16:10 screen, where the same chart with tier rows and stacked leaves alone is a strip hundreds
 * of times wider than high. The charts are those {@link TierAutoFigures} prints the shape of.
 */
class TierAutoLayoutAspectTest {

    private static final int SIZE = 10_000;
    private static final double[] TARGETS = {LayoutOptions.A4_LANDSCAPE, LayoutOptions.SCREEN};
    private static final LayoutOptions BY_TIER = LayoutOptions.AUTO.withRows(LayoutOptions.Rows.BY_TIER);
    private static final LayoutOptions STACKED_ONLY = BY_TIER.withMode(LayoutOptions.Mode.COMPACT);
    private static final CardSizer SIZER = p -> new CardSize(120 + p.title().length() * 3, p.isVacant() ? 48 : 64);

    private static double offBy(double aspect, double target) {
        return Math.max(aspect / target, target / aspect);
    }

    @Test
    void aRealisticTreeOfTenThousandBoxesWithTierRowsComesWithinTwiceTheTargetAspect() {
        for (long seed : new long[] {1, 2, 3, 7, 42}) {
            LayoutTree tree = RandomTrees.realistic(SIZE, seed);
            Placement strip = TreeLayout.place(tree, STACKED_ONLY);
            assertTrue(strip.totalWidth() / strip.totalHeight() > 20, "with tier rows and stacks alone, seed " + seed
                    + " is a strip: " + strip.totalWidth() / strip.totalHeight());
            for (LayoutOptions.Orientation orientation : LayoutOptions.Orientation.values()) {
                for (double target : TARGETS) {
                    Placement p = TreeLayout.place(tree, BY_TIER.withOrientation(orientation).withAspect(target));
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
    void aRealisticChartOfTenThousandPositionsWithTierRowsComesWithinTwiceTheTargetAspect() throws Exception {
        for (long seed : new long[] {5, 7, 11}) {
            Chart chart = IoBenchmark.realisticChart(SIZE, new Random(seed));
            Box strip = new TreeLayout(STACKED_ONLY).layout(chart, SIZER).bounds();
            assertTrue(strip.width() / strip.height() > 20, "with tier rows and stacks alone, seed " + seed
                    + " is a strip: " + strip.width() / strip.height());
            for (double target : TARGETS) {
                ChartLayout layout = new TreeLayout(BY_TIER.withAspect(target)).layout(chart, SIZER);
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
