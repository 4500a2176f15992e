package dev.orgwright.ui;

import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.Chart;
import dev.orgwright.rules.Validator;
import java.util.concurrent.CompletableFuture;

/**
 * Start-up work that does not need the toolkit, done on a second thread while JavaFX starts:
 * reading the sample chart (which brings up the JSON reader) and a first validation of it
 * (which brings up the rules and the duty matcher). The window then takes the chart ready-made,
 * and its own validation finds the rules' classes loaded. Only the chart is handed over; the
 * validation here is thrown away, so the window's results do not depend on this thread.
 */
final class StartupWarmUp {

    private static volatile CompletableFuture<Chart> sample;

    private StartupWarmUp() {
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
