package dev.orgwright.ui.document;

import dev.orgwright.model.Chart;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Where the findings of a chart that a window starts to show are worked out. Checking every rule
 * over 100,000 positions takes seconds, longer than everything else an open does, and the chart
 * can be drawn without them: so a large chart is checked on a thread of its own, the window shows
 * it at once, and its findings (badges, counts, the findings list) arrive on the window's thread
 * when they are ready. Small charts, and every chart without a toolkit, are checked on the spot.
 */
public final class BackgroundChecks {

    /** Every chart checked on the spot, before it is shown: as in tests and the command line. */
    public static final BackgroundChecks NONE =
            new BackgroundChecks(Integer.MAX_VALUE, Runnable::run, Runnable::run, Runnable::run);

    /**
     * From this size on, a chart is shown before its findings: its check takes a few hundred
     * milliseconds or more, while a small chart's findings are there before anyone could look.
     */
    public static final int LARGE_CHART = 5_000;

    private static final ExecutorService CHECKER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "orgwright-findings");
        thread.setDaemon(true);
        return thread;
    });

    private final int fromPositions;
    private final Executor worker;
    private final Executor home;
    private final Executor start;

    private BackgroundChecks(int fromPositions, Executor worker, Executor home, Executor start) {
        this.fromPositions = fromPositions;
        this.worker = Objects.requireNonNull(worker, "worker");
        this.home = Objects.requireNonNull(home, "home");
        this.start = Objects.requireNonNull(start, "start");
    }

    /**
     * Charts of {@link #LARGE_CHART} positions or more checked on one background thread, the
     * findings handed over through {@code home} (the window's thread, {@code Platform::runLater}).
     */
    public static BackgroundChecks forLargeCharts(Executor home) {
        return new BackgroundChecks(LARGE_CHART, CHECKER, home, Runnable::run);
    }

    /**
     * As {@link #forLargeCharts(Executor)}, the check begun only when {@code start} runs it: the
     * window holds it back until the chart is on the screen, so that the check does not compete
     * with the first drawing of the chart for the processor.
     */
    public static BackgroundChecks forLargeCharts(Executor home, Executor start) {
        return new BackgroundChecks(LARGE_CHART, CHECKER, home, start);
    }

    /** Charts of {@code fromPositions} or more checked by {@code worker}, handed over through {@code home}. */
    public static BackgroundChecks of(int fromPositions, Executor worker, Executor home) {
        return new BackgroundChecks(fromPositions, worker, home, Runnable::run);
    }

    /** As {@link #of(int, Executor, Executor)}, each check handed to the worker when {@code start} runs it. */
    public static BackgroundChecks of(int fromPositions, Executor worker, Executor home, Executor start) {
        return new BackgroundChecks(fromPositions, worker, home, start);
    }

    /** Whether {@code chart} is shown before its findings. */
    boolean defers(Chart chart) {
        return chart.size() >= fromPositions;
    }

    /**
     * Checks {@code chart} on the worker, once the start executor lets it begin, and hands the
     * findings to {@code done} on the home thread. Should the check fail, it is made again on the
     * home thread, so that the failure shows there as it would without a worker.
     */
    void check(Validator validator, Chart chart, Consumer<Validation> done) {
        start.execute(() -> worker.execute(() -> {
            Validation findings;
            try {
                findings = validator.validate(chart);
            } catch (RuntimeException e) {
                home.execute(() -> done.accept(validator.validate(chart)));
                return;
            }
            home.execute(() -> done.accept(findings));
        }));
    }
}
