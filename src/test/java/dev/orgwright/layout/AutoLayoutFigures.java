package dev.orgwright.layout;

import dev.orgwright.bench.IoBenchmark;
import dev.orgwright.model.Chart;
import dev.orgwright.model.InvalidChartException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * The automatic layout's speed and shape: how long it takes on realistic charts up to 1,000,000
 * boxes, and how close the bounding box of a realistic chart comes to the aspect it aims at.
 * Lives in the layout package to reach the engine; started by
 * {@code dev.orgwright.bench.AutoLayoutBenchmark}.
 */
public final class AutoLayoutFigures {

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private AutoLayoutFigures() {
    }

    public static void run() throws InvalidChartException {
        run(new int[] {1_000, 10_000, 100_000, 1_000_000}, 0);
    }

    /**
     * The speed table for realistic trees of {@code sizes} boxes only, each mode timed {@code runs}
     * times (0: 15 runs, 5 from 1,000,000 boxes); the star, the chain and the shapes of whole
     * charts follow only when every size is asked for ({@link #run()}).
     */
    public static void run(int[] sizes, int runs) throws InvalidChartException {
        System.out.printf(Locale.ROOT, "%-28s %10s %12s %12s %12s %14s%n", "tree", "boxes", "median ms", "best ms",
                "cpu med ms", "width/height");
        for (int n : sizes) {
            LayoutTree tree = RandomTrees.realistic(n, 42);
            int r = runs > 0 ? runs : n >= 1_000_000 ? 5 : 15;
            row("realistic tidy", tree, LayoutOptions.DEFAULT, r);
            row("realistic auto 16:10", tree, LayoutOptions.AUTO, r);
            row("realistic auto A4", tree, LayoutOptions.AUTO.withAspect(LayoutOptions.A4_LANDSCAPE), r);
            row("realistic auto by tier", tree, LayoutOptions.AUTO.withRows(LayoutOptions.Rows.BY_TIER), r);
        }
        if (runs > 0 || sizes.length < 4) {
            return;
        }
        row("star auto", RandomTrees.star(100_000), LayoutOptions.AUTO, 9);
        row("chain auto", RandomTrees.chain(100_000), LayoutOptions.AUTO, 9);
        System.out.println();
        for (int n : new int[] {10_000, 100_000}) {
            Chart chart = IoBenchmark.realisticChart(n, new Random(7));
            CardSizer sizer = p -> new CardSize(120 + p.title().length() * 3, p.isVacant() ? 48 : 64);
            for (LayoutOptions options : new LayoutOptions[] {LayoutOptions.DEFAULT, LayoutOptions.AUTO,
                    LayoutOptions.AUTO.withAspect(LayoutOptions.A4_LANDSCAPE)}) {
                TreeLayout engine = new TreeLayout(options);
                for (int i = 0; i < 3; i++) {
                    engine.layout(chart, sizer); // warm-up
                }
                long[] times = new long[9];
                ChartLayout layout = null;
                for (int i = 0; i < times.length; i++) {
                    long t0 = System.nanoTime();
                    layout = engine.layout(chart, sizer);
                    times[i] = System.nanoTime() - t0;
                }
                Arrays.sort(times);
                Box b = layout.bounds();
                double aspect = b.width() / b.height();
                System.out.printf(Locale.ROOT, "%,d-position chart, %s aiming at %.2f: %.0f × %.0f, width/height %.2f"
                                + " (%.2f× the target), whole layout from the chart median %.1f ms%n", n, options.mode(),
                        options.aspect(), b.width(), b.height(), aspect,
                        Math.max(aspect / options.aspect(), options.aspect() / aspect), times[times.length / 2] / 1e6);
            }
        }
    }

    private static void row(String name, LayoutTree tree, LayoutOptions options, int runs) {
        for (int i = 0; i < 3; i++) {
            TreeLayout.place(tree, options); // warm-up
        }
        long[] times = new long[runs];
        long[] cpu = new long[runs];
        Placement p = null;
        for (int i = 0; i < runs; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            p = TreeLayout.place(tree, options);
            times[i] = System.nanoTime() - t0;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        // The thread's CPU time leaves out waiting for a core on a busy machine (and the collector's threads).
        System.out.printf(Locale.ROOT, "%-28s %10d %12.1f %12.1f %12.1f %14.2f%n", name, tree.size(), times[runs / 2] / 1e6,
                times[0] / 1e6, cpu[runs / 2] / 1e6, p.totalWidth() / p.totalHeight());
    }
}
