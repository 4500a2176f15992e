package dev.orgwright.bench;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.render.CardSizing;
import dev.orgwright.render.ChartPainter;
import dev.orgwright.render.Decorations;
import dev.orgwright.render.TeamBlocks;
import dev.orgwright.render.Theme;
import dev.orgwright.render.Viewport;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import dev.orgwright.ui.document.BackgroundChecks;
import dev.orgwright.ui.document.DocumentSession;
import dev.orgwright.ui.editor.ChartStatistics;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.CachedCardSizer;
import dev.orgwright.ui.fx.FxCanvasSurface;
import dev.orgwright.ui.fx.FxTextMeasure;
import dev.orgwright.ui.fx.RecordingDialogs;
import dev.orgwright.ui.view.ChartView;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;

/**
 * Where the time goes when the window opens a large chart: each step the window takes before
 * its first frame, timed once in a fresh JVM (cold, as a user meets it), wall-clock and CPU time
 * of the thread that runs it, in the order the window runs them. Then the whole open as the
 * window model does it (warm by then), split into what the JavaFX thread waits for before its
 * first frame and what arrives after it (the findings).
 *
 * <p>The toolkit is needed (card text is measured with the screen fonts): run it under Xvfb, or
 * headless with {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw}.
 * {@code --write FILE [SIZE]} writes the benchmark chart (100,000 positions unless SIZE says
 * otherwise, the same chart as {@link IoBenchmark}); {@code FILE} alone measures opening it.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/test-classes:target/classes:$(cat cp.txt) dev.orgwright.bench.OpenBenchmark --write big.orgchart.json
 * xvfb-run -a java -cp target/test-classes:target/classes:$(cat cp.txt) dev.orgwright.bench.OpenBenchmark big.orgchart.json
 * </pre>
 */
public final class OpenBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final double VIEW_WIDTH = 1400;
    private static final double VIEW_HEIGHT = 800;

    private OpenBenchmark() {
    }

    private record Phase(String name, double wallMillis, double cpuMillis) {
    }

    private static final List<Phase> PHASES = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        long entered = System.currentTimeMillis();
        if (args.length >= 2 && args[0].equals("--write")) {
            int size = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
            ChartFiles.save(Path.of(args[1]), IoBenchmark.realisticChart(size, new Random(42)));
            System.out.printf(Locale.ROOT, "wrote %s: %,d positions, %.1f MB%n", args[1], size,
                    Files.size(Path.of(args[1])) / 1e6);
            return;
        }
        if (args.length != 1) {
            System.err.println("usage: OpenBenchmark FILE | --write FILE [SIZE]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        PHASES.add(new Phase("JVM start to main", entered - ManagementFactory.getRuntimeMXBean().getStartTime(),
                Double.NaN));
        time("toolkit start", () -> {
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.join();
            return null;
        });
        onFx(OpenBenchmark::coldPhases, file);
        System.out.println("the open as the window model does it (warm, everything loaded):");
        onFx(OpenBenchmark::windowOpen, file);
        WAITING.await();
        Platform.exit();
    }

    /** Each step of an open, once, cold, in the window's order. */
    private static void coldPhases(Path file) throws Exception {
        Chart chart = time("read the file (JSON to chart)", () -> ChartFiles.load(file));
        Validation findings = time("validation (every rule)", () -> Validator.withDefaultRules().validate(chart));
        time("counts for the status bar", () -> ChartStatistics.of(chart));
        CardSizer sizer = new CachedCardSizer(new CardSizing(new FxTextMeasure(), Theme.LIGHT));
        time("card sizing (text measured)", () -> {
            for (Position p : chart.inTreeOrder()) {
                sizer.sizeOf(p);
            }
            return null;
        });
        ChartLayout layout = time("layout (auto, sizes known)",
                () -> new TreeLayout(LayoutOptions.AUTO).layout(chart, sizer, Set.of()));
        Canvas canvas = new Canvas(VIEW_WIDTH, VIEW_HEIGHT);
        ChartView view = ChartView.of(() -> layout, () -> { });
        view.resize(VIEW_WIDTH, VIEW_HEIGHT);
        view.fitReadable();
        Viewport shown = view.viewport();
        ChartPainter painter = new ChartPainter(Theme.LIGHT);
        Decorations marks = new Decorations(null, Set.of(), null, false, Set.of(), findings);
        time("first paint (drawing commands)", () -> {
            FxCanvasSurface surface = new FxCanvasSurface(canvas.getGraphicsContext2D());
            if (TeamBlocks.applies(shown.scale())) {
                new TeamBlocks(Theme.LIGHT).paint(surface, chart, layout, shown, marks, painter.colouring(chart, findings));
            } else {
                painter.paint(surface, chart, layout, shown, marks);
            }
            return null;
        });
        double wall = 0;
        double cpu = 0;
        System.out.printf(Locale.ROOT, "%,d positions, %.1f MB, %s%n", chart.size(), Files.size(file) / 1e6, file);
        System.out.println("cold, once each, in the window's order        wall ms    cpu ms");
        for (Phase p : PHASES) {
            System.out.printf(Locale.ROOT, "  %-42s %8.0f  %8s%n", p.name(), p.wallMillis(),
                    Double.isNaN(p.cpuMillis()) ? "" : String.format(Locale.ROOT, "%8.0f", p.cpuMillis()));
            wall += p.wallMillis();
            cpu += Double.isNaN(p.cpuMillis()) ? 0 : p.cpuMillis();
        }
        System.out.printf(Locale.ROOT, "  %-42s %8.0f  %8.0f%n", "sum", wall, cpu);
    }

    /**
     * The open as the window model does it, warm: how long the JavaFX thread is busy until the
     * chart can be drawn, first with the findings worked out on the spot (as every open did
     * before), then as the window does it now (a large chart's findings worked out on a thread of
     * their own), and when those arrive.
     */
    private static void windowOpen(Path file) throws Exception {
        open(file, BackgroundChecks.NONE, "findings on the spot");
        open(file, BackgroundChecks.forLargeCharts(Platform::runLater), "findings in the background");
    }

    private static void open(Path file, BackgroundChecks checks, String how) {
        ChartWindowModel model = new ChartWindowModel(SampleCharts.leadershipTeam(),
                new CachedCardSizer(new CardSizing(new FxTextMeasure(), Theme.LIGHT)), ChartFiles::load,
                new RecordingDialogs());
        model.session().setBackgroundChecks(checks);
        long start = System.nanoTime();
        model.session().addListener(change -> {
            if (change == DocumentSession.Change.CHECKED) {
                System.out.printf(Locale.ROOT, "  %-28s findings arrive %.0f ms after the open began: %,d%n", how,
                        (System.nanoTime() - start) / 1e6, model.validation().all().size());
                WAITING.countDown();
            }
        });
        long cpu = THREADS.getCurrentThreadCpuTime();
        model.session().open(file);
        double busy = (System.nanoTime() - start) / 1e6;
        double busyCpu = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        System.out.printf(Locale.ROOT, "  %-28s JavaFX thread busy %.0f ms (cpu %.0f ms) before it can draw;"
                + " findings by then: %,d%n", how, busy, busyCpu, model.validation().all().size());
        if (!model.session().isChecking()) {
            WAITING.countDown();
        }
    }

    private static final java.util.concurrent.CountDownLatch WAITING = new java.util.concurrent.CountDownLatch(2);

    private interface Step {
        void run(Path file) throws Exception;
    }

    private static void onFx(Step step, Path file) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                step.run(file);
                done.complete(null);
            } catch (Exception | Error e) {
                done.completeExceptionally(e);
            }
        });
        done.get();
    }

    private static <T> T time(String name, Callable<T> step) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        T result = step.call();
        PHASES.add(new Phase(name, (System.nanoTime() - start) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6));
        return result;
    }
}
