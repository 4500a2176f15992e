package dev.orgwright.ui;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.FileFingerprint;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.Chart;
import dev.orgwright.rules.Validator;
import dev.orgwright.ui.document.DocumentSession;
import dev.orgwright.ui.editor.PreparedLayout;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Start-up work that does not need the toolkit, done on a second thread while JavaFX starts:
 * reading the sample chart (which brings up the JSON reader) and a first validation of it
 * (which brings up the rules and the duty matcher). The window then takes the chart ready-made,
 * and its own validation finds the rules' classes loaded. Only the chart is handed over; the
 * validation here is thrown away, so the window's results do not depend on this thread.
 *
 * <p>A chart file named on the command line is read on a third thread from the start: a chart of
 * 100,000 positions takes about a second to read, which then overlaps the toolkit's start instead
 * of following it. The window takes that chart through {@link #loader()}, once, for that file,
 * and the file's fingerprint (a hash of its bytes) is taken on that thread too. Once the
 * toolkit is up, that thread also sizes the chart's cards and lays it out for the window.
 */
final class StartupWarmUp {

    private static volatile CompletableFuture<Chart> sample;
    private static volatile Path preloadedFile;
    private static volatile CompletableFuture<Chart> preloaded;

    private StartupWarmUp() {
    }

    /** Starts the warm-up, and the reading of the chart file that {@code args} name first, if any. */
    static void begin(List<String> args) {
        begin();
        if (!args.isEmpty() && !args.get(0).isBlank()) {
            try {
                preload(Path.of(args.get(0)));
            } catch (InvalidPathException e) {
                // Not a file name: the window tells the user when it tries to open it.
            }
        }
    }

    private static void preload(Path file) {
        CompletableFuture<Chart> future = new CompletableFuture<>();
        LayoutAhead ahead = new LayoutAhead();
        preloadedFile = file;
        preloaded = future;
        layoutAhead = ahead;
        FileFingerprint.Ahead fingerprint = FileFingerprint.ahead(file);
        Thread thread = new Thread(() -> {
            Chart chart;
            try {
                chart = ChartFiles.load(file);
            } catch (ChartFormatException | RuntimeException | Error e) {
                future.completeExceptionally(e);
                return;
            } finally {
                fingerprint.take(); // what the window remembers of the file, to notice a change by another program
            }
            future.complete(chart);
            ahead.prepare(chart);
        }, "orgwright-open");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Sizing the cards of the chart read ahead and laying it out, on the thread that read it, as
     * the window will ({@link PreparedLayout}), once the toolkit is up and the window's language
     * is set (a vacancy's card says so in that language). The window is meanwhile being built;
     * when it asks for the chart, it waits for a layout begun, and a layout not begun yet is not
     * begun any more (the window lays the chart out itself, as it does when this fails).
     */
    private static final class LayoutAhead {
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<Void> done = new CompletableFuture<>();

        /** On the reading thread: waits for the window's language, then lays out unless the window came first. */
        void prepare(Chart chart) {
            CompletableFuture.anyOf(WINDOW_LANGUAGE_SET, done).join();
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                PreparedLayout.prepare(chart, OrgwrightApp.cardSizer()).ifPresent(PreparedLayout::offer);
            } catch (RuntimeException | Error e) {
                // The window lays the chart out itself.
            } finally {
                done.complete(null);
            }
        }

        /** On the window's thread, once it has the chart: waits for the layout if it was begun. */
        void await() {
            if (claimed.compareAndSet(false, true)) {
                done.complete(null); // not begun: the reading thread leaves it to the window
            } else {
                done.join();
            }
        }
    }

    private static volatile LayoutAhead layoutAhead;

    /** Completed once the toolkit runs and the window's language is set: cards can be measured. */
    private static final CompletableFuture<Void> WINDOW_LANGUAGE_SET = new CompletableFuture<>();

    /** Called on the JavaFX thread once the window's language is set, before the window is built. */
    static void windowLanguageSet() {
        WINDOW_LANGUAGE_SET.complete(null);
    }

    /**
     * Reads chart files for the window: the file read ahead is handed over the first time it is
     * asked for (with the same refusal, when it did not load); anything else is read on the spot.
     */
    static DocumentSession.ChartLoader loader() {
        return file -> {
            CompletableFuture<Chart> ahead = preloaded;
            if (ahead != null && file.equals(preloadedFile)) {
                preloaded = null;
                try {
                    Chart chart = ahead.join();
                    layoutAhead.await();
                    return chart;
                } catch (CompletionException e) {
                    if (e.getCause() instanceof ChartFormatException refused) {
                        throw refused;
                    }
                    // Anything else is read again on this thread, so that it surfaces here as it would without reading ahead.
                }
            }
            return ChartFiles.load(file);
        };
    }

    /** Starts the warm-up; called once, before the toolkit. */
    static void begin() {
        CompletableFuture<Chart> future = new CompletableFuture<>();
        sample = future;
        Thread thread = new Thread(() -> {
            try {
                Chart chart = SampleCharts.leadershipTeam();
                future.complete(chart);
                Validator.withDefaultRules().validate(chart);
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "orgwright-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** The sample chart: from the warm-up when one was begun, else read now. */
    static Chart sample() {
        CompletableFuture<Chart> future = sample;
        if (future != null) {
            try {
                return future.join();
            } catch (RuntimeException e) {
                // Read it again on this thread, so that a failure surfaces here as it would without a warm-up.
            }
        }
        return SampleCharts.leadershipTeam();
    }
}
