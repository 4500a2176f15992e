package dev.orgwright.ui;

import dev.orgwright.ui.canvas.ChartCanvas;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Holds back work that would compete with the first drawing of a chart just opened: checking a
 * chart of 100,000 positions keeps a processor busy for seconds, and on a machine of two cores it
 * slowed the window's sizing, layout and first paint of that chart (and the compilers warming
 * them up) as much as it gained by running alongside.
 *
 * <p>A task given to it runs on the JavaFX thread once the canvas has painted the chart after the
 * task was given, that paint has reached the screen (two pulses later, as {@link FirstFrameProbe}
 * counts), and a short pause more has gone by, in which the window answers its first clicks. In
 * a window not on the screen the task runs at once; a canvas that does not paint the chart lets
 * it run after {@link #PULSES_WITHOUT_PAINT} pulses.
 */
final class AfterChartShown implements Executor {

    /** The pause after the first frame of the chart, before the work held back begins. */
    static final Duration SETTLE = Duration.millis(250);
    /** Pulses without a paint of the chart after which the canvas is taken not to draw it (a canvas of no size). */
    static final int PULSES_WITHOUT_PAINT = 60;
    /** The longest the work waits, should the window stop pulsing (hidden meanwhile). */
    static final Duration AT_MOST = Duration.seconds(60);

    private final Scene scene;
    private final ChartCanvas canvas;

    AfterChartShown(Scene scene, ChartCanvas canvas) {
        this.scene = Objects.requireNonNull(scene, "scene");
        this.canvas = Objects.requireNonNull(canvas, "canvas");
    }

    /** Runs {@code task} on the JavaFX thread once the chart is on the screen; see the class description. */
    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task, "task");
        if (Platform.isFxApplicationThread()) {
            new Waiting(task).begin();
        } else {
            Platform.runLater(() -> new Waiting(task).begin());
        }
    }

    /** One task waiting for the chart's first frame after it was given. */
    private final class Waiting {
        private final Runnable task;
        private final long paintsBefore = canvas.chartPaints();
        private final Runnable listener = this::pulse;
        private final PauseTransition atMost = new PauseTransition(AT_MOST);
        private int pulses;
        private int pulsesSincePaint;
        private boolean released;

        Waiting(Runnable task) {
            this.task = task;
        }

        void begin() {
            if (scene.getWindow() == null || !scene.getWindow().isShowing()) {
                released = true;
                task.run(); // no frame to wait for
                return;
            }
            scene.addPostLayoutPulseListener(listener);
            atMost.setOnFinished(e -> release(Duration.ZERO));
            atMost.play();
            Platform.requestNextPulse();
        }

        private void pulse() {
            if (released) {
                return;
            }
            pulses++;
            if (canvas.chartPaints() > paintsBefore) {
                pulsesSincePaint++;
            }
            if (pulsesSincePaint >= 2) {
                release(SETTLE);
            } else if (pulses >= PULSES_WITHOUT_PAINT && pulsesSincePaint == 0) {
                release(Duration.ZERO);
            } else {
                Platform.requestNextPulse();
            }
        }

        private void release(Duration after) {
            if (released) {
                return;
            }
            released = true;
            atMost.stop();
            // Not removed during the pulse that calls it: the scene is going through its listeners.
            Platform.runLater(() -> scene.removePostLayoutPulseListener(listener));
            if (after.lessThanOrEqualTo(Duration.ZERO)) {
                task.run();
            } else {
                PauseTransition settle = new PauseTransition(after);
                settle.setOnFinished(e -> task.run());
                settle.play();
            }
        }
    }
}
