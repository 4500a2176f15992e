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
        afterAMove(100_000);
    }

    /**
     * What the window pays after a drop: a chart laid out from scratch (reading every position
     * into the engine) against the layout updated from the previous one, with the card sizes
     * cached as the window caches them.
     */
    private static void afterAMove(int n) {
        try {
            timeMoves(n);
        } catch (dev.orgwright.model.InvalidChartException | dev.orgwright.model.EditRefusedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void timeMoves(int n) throws dev.orgwright.model.InvalidChartException,
            dev.orgwright.model.EditRefusedException {
        dev.orgwright.model.Chart chart = dev.orgwright.bench.IoBenchmark.realisticChart(n, new java.util.Random(7));
        java.util.Map<dev.orgwright.model.PositionId, CardSize> sizes = new java.util.HashMap<>();
        CardSizer sizer = p -> sizes.computeIfAbsent(p.id(), id -> new CardSize(120 + p.title().length() * 3, 56));
        TreeLayout engine = new TreeLayout();
        ChartLayout layout = engine.layout(chart, sizer);
        java.util.Random random = new java.util.Random(3);
        int runs = 41;
        long[] full = new long[runs];
        long[] updated = new long[runs];
        for (int i = 0; i < runs + 5; i++) {
            dev.orgwright.model.PositionId moved;
            dev.orgwright.model.PositionId target;
            do {
                moved = dev.orgwright.model.PositionId.of("p" + (1 + random.nextInt(n - 1)));
                target = dev.orgwright.model.PositionId.of("p" + random.nextInt(n));
            } while (dev.orgwright.model.Edits.whyCannotReportTo(chart, moved, target) != null);
            dev.orgwright.model.Chart next = dev.orgwright.model.Edits.move(moved, target, -1).apply(chart);
            long t0 = System.nanoTime();
            ChartLayout fresh = engine.layout(next, sizer);
            long t1 = System.nanoTime();
            ChartLayout update = engine.layout(next, sizer, java.util.Set.of(), layout);
            long t2 = System.nanoTime();
            if (!fresh.bounds().equals(update.bounds())) {
                throw new IllegalStateException("the updated layout differs from the fresh one");
            }
            if (i >= 5) { // the first moves warm up
                full[i - 5] = t1 - t0;
                updated[i - 5] = t2 - t1;
            }
            chart = next;
            layout = update;
        }
        Arrays.sort(full);
        Arrays.sort(updated);
        System.out.printf(Locale.ROOT, "%nafter moving one position of a %,d-position chart: layout from scratch median %.1f ms, "
                + "updated from the previous layout median %.1f ms (p90 %.1f)%n", n, full[runs / 2] / 1e6,
                updated[runs / 2] / 1e6, updated[runs * 9 / 10] / 1e6);
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
