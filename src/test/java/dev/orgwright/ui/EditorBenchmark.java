package dev.orgwright.ui;

import dev.orgwright.bench.IoBenchmark;
import dev.orgwright.io.ChartFiles;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.canvas.ChartCanvas;
import dev.orgwright.ui.document.RecentFiles;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.CachedCardSizer;
import dev.orgwright.ui.fx.FxTextMeasure;
import dev.orgwright.ui.fx.LoggingConfig;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * How the editor feels on large charts: the time from a file to the first frame, the time to
 * draw one frame at a readable zoom and fitted, and from a drop (reparent) to the next frame.
 * A "frame" here is our painting into the canvas plus the rasterisation of what it recorded
 * (forced with a snapshot of the canvas, so the figure includes the pixels, not just the calls).
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.orgwright.ui.EditorBenchmark
 * </pre>
 * Without a display it runs headless (Monocle, software rendering); with one it uses the real pipeline.
 */
public final class EditorBenchmark {

    private static final int FRAMES = 60;
    private static final int DROPS = 30;

    private EditorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", "1600x1200-32");
        }
        LoggingConfig.install();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Platform.setImplicitExit(false); // each size's window is closed before the next opens
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 100_000};
        System.out.printf(Locale.ROOT, "%-9s %12s %12s %12s %12s %12s %12s %12s%n", "positions", "first frame",
                "zoomed frame", "(paint only)", "fit frame", "(paint only)", "drop→frame", "(UI thread)");
        Path folder = Files.createTempDirectory("orgwright-editor-bench");
        try {
            for (int size : sizes) {
                Path file = folder.resolve("bench-" + size + ChartFiles.EXTENSION);
                Files.write(file, dev.orgwright.io.ChartWriter.toBytes(IoBenchmark.realisticChart(size, new Random(7))));
                measure(file, size);
                Files.delete(file);
            }
        } finally {
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(folder);
            Platform.exit();
        }
    }

    private static void measure(Path file, int size) throws Exception {
        MainWindow window = onFx(() -> OrgwrightApp.openWindow(new Stage(), new RecordingDialogs(), List.of()));
        ChartCanvas canvas = window.canvas();
        ChartWindowModel model = window.model();
        model.session().setRecentFiles(RecentFiles.inMemory()); // the temporary files stay off the user's list

        onFx(() -> {
            long t0 = System.nanoTime();
            Chart loaded = ChartFiles.load(file);
            long t1 = System.nanoTime();
            var validation = dev.orgwright.rules.Validator.withDefaultRules().validate(loaded);
            long t2 = System.nanoTime();
            var sizer = new CachedCardSizer(new dev.orgwright.render.CardSizing(new FxTextMeasure(), dev.orgwright.render.Theme.LIGHT));
            new dev.orgwright.layout.TreeLayout().layout(loaded, sizer, java.util.Set.of());
            long t3 = System.nanoTime();
            new dev.orgwright.layout.TreeLayout().layout(loaded, sizer, java.util.Set.of());
            long t4 = System.nanoTime();
            System.out.printf(Locale.ROOT, "  (load %.0f ms, validate %.0f ms, size+layout %.0f ms, layout again %.0f ms, %d findings)%n",
                    ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), validation.all().size());
            return null;
        });
        long start = System.nanoTime();
        onFx(() -> {
            model.session().open(file);
            canvas.snapshot(null, null);
            return null;
        });
        double firstFrame = ms(System.nanoTime() - start);

        // Readable zoom: 100 %, panning across the chart a little each frame.
        onFx(() -> {
            model.view().zoomAt(1 / (model.view().viewport().scale()), 0, 0);
            model.view().bringIntoView(PositionId.of("p" + (size / 2)));
            return null;
        });
        double[] zoomed = frames(canvas, model, 7);
        double[] zoomedPaint = paints(canvas, model, 7);
        onFx(() -> {
            model.view().fit();
            return null;
        });
        double[] fitted = frames(canvas, model, 0);
        double[] fittedPaint = paints(canvas, model, 0);

        // Drops: a random position moves under another manager outside its subtree, then the frame.
        onFx(() -> {
            model.view().zoomAt(1 / (model.view().viewport().scale()), 0, 0);
            return null;
        });
        Random random = new Random(11);
        double[] drops = new double[DROPS];
        double[] dropWork = new double[DROPS];
        double[] dropCpu = new double[DROPS];
        long[] gcBefore = {gcMillis()};
        for (int i = 0; i < DROPS; i++) {
            Chart chart = model.chart();
            PositionId moved;
            PositionId target;
            do {
                moved = PositionId.of("p" + (1 + random.nextInt(size - 1)));
                target = PositionId.of("p" + random.nextInt(size));
            } while (Edits.whyCannotReportTo(chart, moved, target) != null);
            PositionId m = moved;
            PositionId t = target;
            // The drag itself, as a user makes it over many frames: the target in view, the card
            // picked up and held over the target, each shown. Then a pause, as the hand takes
            // before letting go, so the drop does not share the machine with the rendering of
            // the frames before it (the headless software renderer takes about 80 ms a frame).
            onFx(() -> {
                model.view().bringIntoView(t);
                canvas.snapshot(null, null);
                model.select(m);
                model.drag().begin(m);
                model.drag().hover(t);
                canvas.snapshot(null, null);
                return null;
            });
            Thread.sleep(150);
            int k = i;
            long s = System.nanoTime();
            onFx(() -> {
                long w = System.nanoTime();
                long c = CPU.getCurrentThreadCpuTime();
                model.drag().drop(false); // the edit, findings, layout and the repaint, through the listeners
                dropWork[k] = ms(System.nanoTime() - w);
                dropCpu[k] = ms(CPU.getCurrentThreadCpuTime() - c);
                canvas.snapshot(null, null);
                return null;
            });
            drops[i] = ms(System.nanoTime() - s);
            Position p = model.chart().position(m);
            if (!t.equals(p.reportsTo())) {
                throw new IllegalStateException("the drop did not move " + m);
            }
        }
        System.out.printf(Locale.ROOT, "%,9d %9.0f ms %9.2f ms %9.2f ms %9.2f ms %9.2f ms %9.1f ms %9.1f ms%n", size, firstFrame,
                median(zoomed), median(zoomedPaint), median(fitted), median(fittedPaint), median(drops), median(dropWork));
        System.out.printf(Locale.ROOT, "%9s %12s %9.2f ms %12s %9.2f ms %12s %9.1f ms %9.1f ms   (p90)%n", "", "",
                p90(zoomed), "", p90(fitted), "", p90(drops), p90(dropWork));
        // On a busy machine the wall-clock time of the UI thread includes waiting for a core;
        // its CPU time does not, and garbage collection shows apart.
        System.out.printf(Locale.ROOT, "  drop on the UI thread: CPU time median %.1f ms (p90 %.1f); garbage collection during the %d drops: %d ms%n",
                median(dropCpu), p90(dropCpu), DROPS, gcMillis() - gcBefore[0]);
        onFx(() -> {
            ((Stage) canvas.getScene().getWindow()).close();
            return null;
        });
    }

    /** Paint plus rasterisation, panning by {@code step} pixels between frames. */
    private static double[] frames(ChartCanvas canvas, ChartWindowModel model, double step) throws Exception {
        double[] out = new double[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            out[i] = onFx(() -> {
                long s = System.nanoTime();
                model.view().panBy(step, step / 2); // repaints through the listener
                canvas.snapshot(null, null);
                return ms(System.nanoTime() - s);
            });
        }
        return out;
    }

    /** Our drawing calls alone, without rasterising. */
    private static double[] paints(ChartCanvas canvas, ChartWindowModel model, double step) throws Exception {
        double[] out = new double[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            out[i] = onFx(() -> {
                long s = System.nanoTime();
                model.view().panBy(-step, -step / 2);
                return ms(System.nanoTime() - s);
            });
            onFx(() -> canvas.snapshot(null, null)); // flush what was recorded, outside the timing
        }
        return out;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get();
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private static long gcMillis() {
        long total = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double p90(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.floor(sorted.length * 0.9)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
