package dev.orgwright.bench;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.render.CardContent;
import dev.orgwright.render.CardSizing;
import dev.orgwright.render.ChartPainter;
import dev.orgwright.render.Decorations;
import dev.orgwright.render.LineStyle;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Surface;
import dev.orgwright.render.TeamBlocks;
import dev.orgwright.render.TextAlign;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.Theme;
import dev.orgwright.render.Viewport;
import dev.orgwright.render.export.ExportFonts;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import java.util.Random;
import java.util.Set;

/**
 * What one frame of the window costs to work out at every zoom, from the fitted chart (teams drawn
 * as blocks) to 100 %: the painter's own time over a surface that only counts what it is asked to
 * draw, so the figure is the renderer's share of a frame (JavaFX's rasterising comes on top).
 * Target: under 16 ms at 100,000 positions at every zoom.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=dev.orgwright.bench.FrameBenchmark -Dexec.classpathScope=test</pre>
 */
public final class FrameBenchmark {

    private FrameBenchmark() {
    }

    /** Counts the drawing calls. */
    private static final class Counting implements Surface {
        long calls;

        @Override
        public void fillRect(double x, double y, double w, double h, double r, Rgba fill) {
            calls++;
        }

        @Override
        public void strokeRect(double x, double y, double w, double h, double r, LineStyle style) {
            calls++;
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, LineStyle style) {
            calls++;
        }

        @Override
        public void polyline(double[] xs, double[] ys, LineStyle style) {
            calls++;
        }

        @Override
        public void text(String text, double x, double baseline, TextAlign align, TextStyle style) {
            calls++;
        }

        @Override
        public void textUpwards(String text, double x, double y, TextStyle style) {
            calls++;
        }

        @Override
        public void pushClip(double x, double y, double w, double h) {
        }

        @Override
        public void popClip() {
        }
    }

    /**
     * The first zoomed-out frame after each of a run of edits, once warm: every edit moves a
     * position to another team, so that each frame meets a new layout and new findings (the
     * layout and the findings themselves are made off the frame, and not counted).
     */
    private static void firstFramesAfterEdits(Chart start, ChartLayout startLayout, Validation startFindings,
                                              ChartPainter painter, Viewport view, double aspect) {
        TreeLayout layouts = new TreeLayout(LayoutOptions.AUTO.withAspect(aspect));
        CardSizing sizing = new CardSizing(new ExportFonts(), Theme.LIGHT, CardContent.DEFAULT);
        Validator validator = Validator.withDefaultRules();
        TeamBlocks blocks = new TeamBlocks(Theme.LIGHT);
        Random random = new Random(11);
        java.util.List<dev.orgwright.model.PositionId> ids = new java.util.ArrayList<>(start.positionsById().keySet());
        ids.sort(java.util.Comparator.comparing(dev.orgwright.model.PositionId::value));
        Chart chart = start;
        ChartLayout layout = startLayout;
        Validation findings = startFindings;
        int warm = 15;
        int measured = 21;
        double[] wall = new double[measured];
        double[] cpu = new double[measured];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < warm + measured; round++) {
            dev.orgwright.model.PositionId moved;
            dev.orgwright.model.PositionId to;
            do {
                moved = ids.get(random.nextInt(ids.size()));
                to = ids.get(random.nextInt(ids.size()));
            } while (!chart.childrenOf(moved).isEmpty() || chart.position(moved).reportsTo() == null
                    || chart.childrenOf(to).isEmpty() || to.equals(chart.position(moved).reportsTo()));
            chart = dev.orgwright.model.Edits.move(moved, to, 0).apply(chart);
            layout = layouts.layout(chart, sizing, Set.of(), layout);
            findings = validator.update(findings, chart);
            Decorations marks = new Decorations(null, Set.of(), null, false, Set.of(), findings);
            var colouring = painter.colouring(chart, findings);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            blocks.paint(new Counting(), chart, layout, view, marks, colouring);
            if (round >= warm) {
                wall[round - warm] = (System.nanoTime() - t0) / 1e6;
                cpu[round - warm] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            }
        }
        java.util.Arrays.sort(wall);
        java.util.Arrays.sort(cpu);
        // The CPU time the frame's thread spent, beside the wall time: on a busy machine the wall time
        // also counts the time the thread waited for a core.
        System.out.printf("first zoomed-out frame after an edit (new layout and findings), warm: median %.2f ms, "
                + "worst %.2f ms of %d (CPU: median %.2f ms, worst %.2f ms)%n", wall[measured / 2], wall[measured - 1],
                measured, cpu[measured / 2], cpu[measured - 1]);
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        double width = 1400;
        double height = 800;
        Chart chart = IoBenchmark.realisticChart(size, new Random(7));
        ChartLayout layout = new TreeLayout(LayoutOptions.AUTO.withAspect(width / height))
                .layout(chart, new CardSizing(new ExportFonts(), Theme.LIGHT, CardContent.DEFAULT), Set.of());
        Validation findings = Validator.withDefaultRules().validate(chart);
        ChartPainter painter = new ChartPainter(Theme.LIGHT);
        TeamBlocks blocks = new TeamBlocks(Theme.LIGHT);
        Decorations marks = new Decorations(null, Set.of(), null, false, Set.of(), findings);
        Box b = layout.bounds();
        double fit = Math.min(width / b.width(), height / b.height());
        System.out.printf("%,d positions, chart %.0f × %.0f units, fit at %.4f%%%n", size, b.width(), b.height(),
                fit * 100);
        Viewport fitted = new Viewport(b.x(), b.y(), fit, width, height);
        long start = System.nanoTime();
        blocks.paint(new Counting(), chart, layout, fitted, marks, painter.colouring(chart, findings));
        System.out.printf("first zoomed-out frame of a new layout (team extents and worst findings worked out): %.1f ms%n",
                (System.nanoTime() - start) / 1e6);
        firstFramesAfterEdits(chart, layout, findings, painter, fitted, width / height);
        System.out.println("zoom      mode    calls   median ms (wall / cpu)");
        for (double zoom : new double[] {fit, fit * 2, fit * 5, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0}) {
            // The view centred on the chart's middle, as after zooming in on it.
            double cx = b.x() + b.width() / 2;
            double cy = b.y() + b.height() / 4;
            Viewport view = new Viewport(cx - width / 2 / zoom, cy - height / 2 / zoom, zoom, width, height);
            boolean semantic = TeamBlocks.applies(zoom);
            Counting counting = new Counting();
            Median.Times t = Median.times(5, 21, () -> {
                counting.calls = 0;
                if (semantic) {
                    blocks.paint(counting, chart, layout, view, marks, painter.colouring(chart, findings));
                } else {
                    painter.paint(counting, chart, layout, view, marks);
                }
            });
            System.out.printf("%7.3f%%  %-7s %6d   %6.2f / %6.2f%n", zoom * 100, semantic ? "blocks" : "cards",
                    counting.calls, t.wallMillis(), t.cpuMillis());
        }
    }
}
