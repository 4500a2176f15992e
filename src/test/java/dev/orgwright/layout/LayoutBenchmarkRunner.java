package dev.orgwright.layout;

import java.util.Arrays;
import java.util.Locale;

/**
 * Times the layout engine on realistic trees of 1,000 to 1,000,000 boxes, a chain and a star,
 * and prints the chart width in each mode. Lives in the layout package to reach the engine;
 * started by {@code dev.orgwright.bench.LayoutBenchmark}.
 */
public final class LayoutBenchmarkRunner {

    private LayoutBenchmarkRunner() {
    }

    public static void run() {
        System.out.printf(Locale.ROOT, "%-22s %10s %12s %12s %16s%n", "tree", "boxes", "median ms", "best ms", "width px");
        for (int n : new int[] {1_000, 10_000, 100_000, 1_000_000}) {
            LayoutTree tree = RandomTrees.realistic(n, 42);
            row("realistic by-depth", tree, LayoutOptions.DEFAULT, n >= 1_000_000 ? 7 : 21);
            row("realistic compact", tree, LayoutOptions.DEFAULT.withCompact(true), n >= 1_000_000 ? 7 : 21);
            row("realistic by-tier", tree, LayoutOptions.DEFAULT.withRows(LayoutOptions.Rows.BY_TIER), n >= 1_000_000 ? 7 : 21);
        }
        row("chain", RandomTrees.chain(100_000), LayoutOptions.DEFAULT, 11);
        row("star", RandomTrees.star(100_000), LayoutOptions.DEFAULT, 11);
        row("star compact", RandomTrees.star(100_000), LayoutOptions.DEFAULT.withCompact(true), 11);
        LayoutTree tenThousand = RandomTrees.realistic(10_000, 7);
        double plain = TidyLayout.place(tenThousand, LayoutOptions.DEFAULT).totalWidth();
        double compact = TidyLayout.place(tenThousand, LayoutOptions.DEFAULT.withCompact(true)).totalWidth();
        System.out.printf(Locale.ROOT, "%nwidth of a realistic 10,000-box chart: plain %.0f px, compact %.0f px (%.2f of plain)%n",
                plain, compact, compact / plain);
    }

    private static void row(String name, LayoutTree tree, LayoutOptions options, int runs) {
        for (int i = 0; i < 3; i++) {
            TidyLayout.place(tree, options); // warm-up
        }
        long[] times = new long[runs];
        Placement p = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            p = TidyLayout.place(tree, options);
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "%-22s %10d %12.1f %12.1f %16.0f%n", name, tree.size(), times[runs / 2] / 1e6,
                times[0] / 1e6, p.totalWidth());
    }
}
