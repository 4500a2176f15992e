package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.bench.IoBenchmark;
import dev.orgwright.layout.DottedLineFigures;
import dev.orgwright.layout.DottedLinesSoFar;
import dev.orgwright.layout.RoutingBudget;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.ui.compare.ComparePane;
import dev.orgwright.ui.compare.CompareWindow;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The comparison's canvas routes dotted lines a frame at a time, as the main window's does: a
 * frame draws the lines settled so far, and the canvas paints again on the next pulses, unasked,
 * until it draws every dotted line in view.
 */
@ExtendWith(ApplicationExtension.class)
class CompareCanvasDottedLinesTest {

    private ComparePane pane;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) throws Exception {
        Chart current = DottedLineFigures.withDottedLines(IoBenchmark.realisticChart(120, new Random(5)), 12, false,
                new Random(3));
        Chart proposed = Edits.setTitle(current.roots().get(0), "Chief Executive, renamed").apply(current);
        Stage compare = CompareWindow.show(null, current, proposed, "Compare", new RecordingDialogs());
        pane = (ComparePane) compare.getUserData();
    }

    @AfterEach
    void close() throws Exception {
        TestWindows.closeOtherWindows();
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get();
    }

    @Test
    void dottedLinesNeedingSeveralFramesAreAllDrawnOnceSettled(FxRobot robot) throws Exception {
        AtomicInteger frames = new AtomicInteger();
        AtomicInteger pendingFrames = new AtomicInteger();
        // One piece of routing a frame: one line's route, or where one line can be.
        robot.interact(() -> pane.canvas().setFrameBudget(() -> {
            if (frames.incrementAndGet() > 1 && pane.canvas().dottedLinesDrawn().pending()) {
                pendingFrames.incrementAndGet();
            }
            return RoutingBudget.pieces(1);
        }));
        // The current side's layout has routed no line yet.
        robot.interact(() -> robot.lookup("#show-current").queryAs(javafx.scene.control.ToggleButton.class).fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> !pane.canvas().dottedLinesDrawn().pending()));

        DottedLinesSoFar drawn = onFx(() -> pane.canvas().dottedLinesDrawn());
        // Unlimited: what an export of the same view draws.
        robot.interact(() -> pane.canvas().setFrameBudget(() -> RoutingBudget.UNLIMITED));
        DottedLinesSoFar complete = onFx(() -> pane.canvas().dottedLinesDrawn());
        assertFalse(complete.lines().isEmpty(), "the view shows dotted lines");
        assertTrue(pendingFrames.get() > 0, "some frame came after one that left lines pending: " + frames.get());
        assertEquals(complete.lines(), drawn.lines(), "the canvas ends up drawing every line in view");
    }
}
