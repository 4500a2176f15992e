package dev.orgwright.ui;

import dev.orgwright.ui.canvas.ChartCanvas;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures start-up honestly for {@code --exit-after-first-frame}: the time from the start of
 * the JVM to the first frame on which the chart canvas shows the chart.
 *
 * <p>A canvas paint only records drawing commands; the pixels reach the window when a pulse
 * syncs the canvas and the render thread draws the scene. So the probe waits for the pulse
 * after the first paint, then for one more pulse (which starts only once the previous frame
 * has been rendered), and reports after that.
 */
final class FirstFrameProbe {

    /** The option that asks for the measurement; the window exits once it is reported. */
    static final String OPTION = "--exit-after-first-frame";

    private final Scene scene;
    private final ChartCanvas canvas;
    private final LongConsumer report;
    private int pulsesSincePaint;
    private boolean reported;
    private final Runnable listener = this::pulse;

    private FirstFrameProbe(Scene scene, ChartCanvas canvas, LongConsumer report) {
        this.scene = scene;
        this.canvas = canvas;
        this.report = report;
    }

    static boolean requested(List<String> args) {
        return args.contains(OPTION);
    }

    static List<String> withoutOption(List<String> args) {
        return args.stream().filter(a -> !OPTION.equals(a)).toList();
    }

    /**
     * Watches {@code scene}; once {@code canvas} has painted the chart and that paint has been
     * rendered, calls {@code report} with the milliseconds since the process started, once.
     */
    static void watch(Scene scene, ChartCanvas canvas, LongConsumer report) {
        FirstFrameProbe probe = new FirstFrameProbe(scene, canvas, report);
        scene.addPostLayoutPulseListener(probe.listener);
        Platform.requestNextPulse();
    }

    /** Prints the line the measurement scripts read, and ends the program. */
    static void printAndExit(long millis) {
        System.out.println("first frame after " + millis + " ms");
        System.out.flush();
        System.exit(0);
    }

    private void pulse() {
        if (reported) {
            return;
        }
        if (canvas.chartPaints() > 0) {
            pulsesSincePaint++;
        }
        if (pulsesSincePaint >= 2) {
            reported = true;
            Platform.runLater(() -> scene.removePostLayoutPulseListener(listener));
            report.accept(millisSinceStart());
        } else {
            Platform.requestNextPulse();
        }
    }

    /**
     * Counted from the JVM's start, which the JVM records in milliseconds. (The process start
     * time that Linux offers is rounded to whole seconds of boot time, too coarse to measure.)
     * The clock is read before the management classes load, so loading them is not counted.
     */
    static long millisSinceStart() {
        long now = System.currentTimeMillis();
        return now - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
