package dev.orgwright.layout;

import dev.orgwright.bench.IoBenchmark;
import dev.orgwright.model.Chart;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * The automatic layout with rows by tier: the shape of realistic charts of 10,000 positions (the
 * generators of {@link AutoLayoutFigures}) against the aspect aimed at, and the time it takes on
 * 100,000. Prints figures; never fails.
 */
public final class TierAutoFigures {

    private TierAutoFigures() {
    }

    public static void main(String[] args) throws Exception {
        LayoutOptions tier = LayoutOptions.AUTO.withRows(LayoutOptions.Rows.BY_TIER);
        double[] targets = {LayoutOptions.A4_LANDSCAPE, LayoutOptions.SCREEN};
        for (long seed : new long[] {1, 2, 3, 7, 42}) {
            LayoutTree tree = RandomTrees.realistic(10_000, seed);
            for (LayoutOptions.Orientation orientation : LayoutOptions.Orientation.values()) {
                for (double target : targets) {
                    Placement p = TreeLayout.place(tree, tier.withOrientation(orientation).withAspect(target));
                    print("tree seed " + seed + " " + orientation, target, p.totalWidth(), p.totalHeight());
                }
            }
        }
        CardSizer sizer = p -> new CardSize(120 + p.title().length() * 3, p.isVacant() ? 48 : 64);
        for (long seed : new long[] {5, 7, 11}) {
            Chart chart = IoBenchmark.realisticChart(10_000, new Random(seed));
            for (double target : targets) {
                Box b = new TreeLayout(tier.withAspect(target)).layout(chart, sizer).bounds();
                print("chart seed " + seed, target, b.width(), b.height());
            }
        }
        for (LayoutOptions options : new LayoutOptions[] {LayoutOptions.AUTO, tier}) {
            LayoutTree tree = RandomTrees.realistic(100_000, 42);
            for (int i = 0; i < 5; i++) {
                TreeLayout.place(tree, options);
            }
            long[] times = new long[15];
            for (int i = 0; i < times.length; i++) {
                long t0 = System.nanoTime();
                TreeLayout.place(tree, options);
                times[i] = System.nanoTime() - t0;
            }
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "100,000 boxes, auto rows %s: median %.1f ms, best %.1f ms%n", options.rows(),
                    times[times.length / 2] / 1e6, times[0] / 1e6);
        }
    }

    private static void print(String name, double target, double width, double height) {
        double aspect = width / height;
        System.out.printf(Locale.ROOT, "%-32s aiming at %.2f: %8.0f x %7.0f, width/height %7.2f (%.2fx off)%n", name,
                target, width, height, aspect, Math.max(aspect / target, target / aspect));
    }
}
