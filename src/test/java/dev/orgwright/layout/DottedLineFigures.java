package dev.orgwright.layout;

import dev.orgwright.bench.IoBenchmark;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.EditRefusedException;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How long routing dotted lines around the cards takes on realistic charts in auto layout: all
 * lines at once (what an export pays), and the lines one screen shows (what the first frame
 * after a layout change pays, and every later frame), and the frames of a view that routes for at
 * most 8 ms a frame, as the canvas does, until every line in view is drawn. Lines are drawn "near" (to a position a
 * few levels up and down the tree, as real dotted lines run) or "anywhere" (between random
 * positions). Lives in the layout package to count the lines that fell back to straight; started
 * by {@code dev.orgwright.bench.DottedLineBenchmark}.
 */
public final class DottedLineFigures {

    private static final CardSizer SIZER = p -> new CardSize(120 + p.title().length() * 3, p.isVacant() ? 48 : 64);

    private DottedLineFigures() {
    }

    public static void run() throws InvalidChartException {
        run(new int[][] {{5_000, 50}, {100_000, 1_000}});
    }

    /** The figures for charts of {@code cases[i][0]} positions with {@code cases[i][1]} lines. */
    public static void run(int[][] cases) throws InvalidChartException {
        System.out.printf(Locale.ROOT, "%-9s %8s %6s %9s %12s %10s %12s %12s %9s %14s %14s %8s %7s %14s %12s %8s %7s %12s%n",
                "lines", "chart", "count", "straight", "all ms", "per line µs", "frame 1 ms", "frame 2 ms", "points",
                "8ms: frame 1", "8ms: slowest", "frames", ">16 ms", "8ms: until all", "bg: slowest", "frames",
                ">16 ms", "bg: wall ms");
        for (int[] c : cases) {
            Chart base = IoBenchmark.realisticChart(c[0], new Random(7));
            for (boolean near : new boolean[] {true, false}) {
                Chart chart = withDottedLines(base, c[1], near, new Random(11));
                figures(near ? "near" : "anywhere", chart, c[1]);
            }
        }
    }

    private static void figures(String kind, Chart chart, int lines) {
        TreeLayout engine = new TreeLayout(LayoutOptions.AUTO);
        int runs = 7;
        long[] all = new long[runs];
        long[] first = new long[runs * 4];
        long[] later = new long[runs * 4];
        long[] budgetedFirst = new long[runs * 4];
        long[] budgetedSlowest = new long[runs * 4];
        long[] budgetedFrames = new long[runs * 4];
        long[] budgetedAll = new long[runs * 4];
        long[] budgetedOver = new long[runs * 4];
        long[] bgSlowest = new long[runs * 4];
        long[] bgFrames = new long[runs * 4];
        long[] bgOver = new long[runs * 4];
        long[] bgWall = new long[runs * 4];
        int straight = 0;
        double points = 0;
        int count = 0;
        Random random = new Random(3);
        for (int r = -2; r < runs; r++) {
            ChartLayout layout = engine.layout(chart, SIZER);
            long t0 = System.nanoTime();
            List<Edge> edges = layout.dottedLines();
            long t1 = System.nanoTime();
            if (r >= 0) {
                all[r] = t1 - t0;
            }
            straight = layout.straightDottedLines();
            count = edges.size();
            points = edges.stream().mapToInt(e -> e.points().size()).average().orElse(0);
            for (int v = 0; v < 4; v++) {
                ChartLayout fresh = engine.layout(chart, SIZER);
                Edge around = edges.get(random.nextInt(edges.size()));
                Box b = fresh.box(around.manager()).orElseThrow();
                double qx = b.centreX() - 800;
                double qy = b.centreY() - 500;
                ChartLayout framed = engine.layout(chart, SIZER);
                long[] budgeted = null;
                if (v % 2 == 1) { // in turns: the frame without a budget first, then with one, then the other way round
                    budgeted = framesOf(framed, qx, qy);
                }
                long f0 = System.nanoTime();
                fresh.dottedLinesIn(qx, qy, 1600, 1000);
                long f1 = System.nanoTime();
                fresh.dottedLinesIn(qx, qy, 1600, 1000);
                long f2 = System.nanoTime();
                if (v % 2 == 0) {
                    budgeted = framesOf(framed, qx, qy);
                }
                long[] paced = pacedFramesOf(engine.layout(chart, SIZER), qx, qy);
                if (r >= 0) {
                    first[r * 4 + v] = f1 - f0;
                    later[r * 4 + v] = f2 - f1;
                    budgetedFirst[r * 4 + v] = budgeted[0];
                    budgetedSlowest[r * 4 + v] = budgeted[1];
                    budgetedFrames[r * 4 + v] = budgeted[2];
                    budgetedAll[r * 4 + v] = budgeted[3];
                    budgetedOver[r * 4 + v] = budgeted[4];
                    bgSlowest[r * 4 + v] = paced[0];
                    bgFrames[r * 4 + v] = paced[1];
                    bgOver[r * 4 + v] = paced[2];
                    bgWall[r * 4 + v] = paced[3];
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-9s %,8d %6d %9d %12.1f %10.1f %12.2f %12.3f %9.1f %14.2f %14.2f %8.0f %7.0f %14.1f %12.2f %8.0f %7.0f %12.1f%n",
                kind, chart.size(), count, straight, median(all) / 1e6, median(all) / 1e3 / Math.max(1, count),
                median(first) / 1e6, median(later) / 1e6, points, median(budgetedFirst) / 1e6,
                median(budgetedSlowest) / 1e6, median(budgetedFrames), median(budgetedOver) * 1.0,
                median(budgetedAll) / 1e6, median(bgSlowest) / 1e6, median(bgFrames), median(bgOver) * 1.0,
                median(bgWall) / 1e6);
        System.out.printf(Locale.ROOT, "%-9s %8s with the background thread: slowest frame of all %.2f ms, frames over 16 ms in all %d of %d%n",
                kind, "", Arrays.stream(bgSlowest).max().orElse(0) / 1e6, Arrays.stream(bgOver).sum(),
                Arrays.stream(bgFrames).sum());
    }

    /**
     * A view's frames on a fresh layout, each routing for at most 8 ms (the canvas's budget), until
     * every line in view is drawn: the first frame's time, the slowest frame's, how many frames,
     * their time together (nanoseconds; drawing and the pauses between frames left out), and how
     * many frames took more than 16 ms.
     */
    private static long[] framesOf(ChartLayout layout, double qx, double qy) {
        long slowest = 0;
        long firstFrame = 0;
        long total = 0;
        int frames = 0;
        int over = 0;
        boolean pending = true;
        while (pending) {
            long t0 = System.nanoTime();
            pending = layout.dottedLinesIn(qx, qy, 1600, 1000, RoutingBudget.millis(8)).pending();
            long t = System.nanoTime() - t0;
            if (frames == 0) {
                firstFrame = t;
            }
            frames++;
            slowest = Math.max(slowest, t);
            over += t > 16_000_000 ? 1 : 0;
            total += t;
        }
        return new long[] {firstFrame, slowest, frames, total, over};
    }

    /** The thread the canvas hands long pieces to, here for the paced frames. */
    private static final java.util.concurrent.ExecutorService BACKGROUND =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "dotted-lines-background");
                t.setDaemon(true);
                return t;
            });

    /**
     * A view's frames as the canvas makes them: 8 ms of routing a frame, long pieces handed to a
     * background thread, one frame a pulse (60 a second) until every line in view is drawn: the
     * slowest frame, how many frames, how many took more than 16 ms, and the wall clock from the
     * first frame to the one that drew every line (nanoseconds).
     */
    private static long[] pacedFramesOf(ChartLayout layout, double qx, double qy) {
        long slowest = 0;
        int frames = 0;
        int over = 0;
        long start = System.nanoTime();
        boolean pending = true;
        while (pending) {
            long gc0 = gcMillis();
            long t0 = System.nanoTime();
            pending = layout.dottedLinesIn(qx, qy, 1600, 1000, RoutingBudget.millis(8, BACKGROUND)).pending();
            long t = System.nanoTime() - t0;
            long gc = gcMillis() - gc0;
            frames++;
            slowest = Math.max(slowest, t);
            over += t > 16_000_000 ? 1 : 0;
            if (t > 16_000_000) {
                System.out.printf(Locale.ROOT, "          a frame of %.2f ms; the collector paused the threads for %d ms in it%n",
                        t / 1e6, gc);
            }
            long next = t0 + 16_666_667;
            while (pending && System.nanoTime() < next) {
                java.util.concurrent.locks.LockSupport.parkNanos(next - System.nanoTime());
            }
        }
        return new long[] {slowest, frames, over, System.nanoTime() - start};
    }

    /** The time the garbage collectors have taken so far, in milliseconds. */
    private static long gcMillis() {
        long total = 0;
        for (var bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, bean.getCollectionTime());
        }
        return total;
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** The chart with {@code lines} dotted lines from random positions. */
    public static Chart withDottedLines(Chart chart, int lines, boolean near, Random random) {
        List<PositionId> ids = new ArrayList<>(chart.positionsById().keySet());
        ids.sort(null);
        int added = 0;
        while (added < lines) {
            PositionId from = ids.get(random.nextInt(ids.size()));
            PositionId to = near ? relative(chart, from, random) : ids.get(random.nextInt(ids.size()));
            Position p = chart.position(from);
            if (to == null || to.equals(from) || to.equals(p.reportsTo()) || p.dottedLines().contains(to)) {
                continue;
            }
            try {
                chart = Edits.addDottedLine(from, to).apply(chart);
                added++;
            } catch (EditRefusedException e) {
                // another pair
            }
        }
        return chart;
    }

    /** A position one to three levels up from {@code id}, then one to three levels down. */
    private static PositionId relative(Chart chart, PositionId id, Random random) {
        PositionId at = id;
        for (int up = 1 + random.nextInt(3); up > 0 && chart.position(at).reportsTo() != null; up--) {
            at = chart.position(at).reportsTo();
        }
        for (int down = 1 + random.nextInt(3); down > 0; down--) {
            List<PositionId> reports = chart.childrenOf(at);
            if (reports.isEmpty()) {
                break;
            }
            at = reports.get(random.nextInt(reports.size()));
        }
        return at;
    }
}
