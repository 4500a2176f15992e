package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.bench.IoBenchmark;
import dev.orgwright.layout.Box;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.DottedLineFigures;
import dev.orgwright.layout.DottedLinesSoFar;
import dev.orgwright.layout.Edge;
import dev.orgwright.layout.RoutingBudget;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.Viewport;
import dev.orgwright.ui.fx.BackgroundRouting;
import dev.orgwright.ui.fx.DottedLineFrames;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The canvas routes dotted lines a frame at a time: when the lines in view need more routing than
 * one frame may do, it draws what is settled and paints again on the next frames, unasked, until
 * it draws every line in view as an export would. Long lines are routed on the background thread
 * and drawn once they are done there.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasDottedLinesOverFramesTest {

    private MainWindow window;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, new RecordingDialogs());
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get();
    }

    @Test
    void dottedLinesThatNeedSeveralFramesOfRoutingAreAllDrawnOnceSettled(FxRobot robot) throws Exception {
        Chart chart = DottedLineFigures.withDottedLines(IoBenchmark.realisticChart(2_000, new Random(7)), 30, false,
                new Random(11));
        AtomicInteger frames = new AtomicInteger();
        // One piece of routing a frame: one line's route, or where one line can be.
        robot.interact(() -> window.canvas().setFrameBudget(() -> {
            frames.incrementAndGet();
            return RoutingBudget.pieces(1);
        }));
        robot.interact(() -> window.model().session().newChart(chart));
        ChartLayout layout = onFx(() -> window.model().layout());
        Box manager = layout.box(java.util.stream.StreamSupport.stream(chart.inTreeOrder().spliterator(), false)
                .filter(p -> !p.dottedLines().isEmpty()).findFirst().orElseThrow().id()).orElseThrow();
        robot.interact(() -> {
            frames.set(0);
            window.model().view().showRegion(new Box(manager.centreX() - 400, manager.centreY() - 250, 800, 500), 1);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> onFx(() -> !window.canvas().dottedLinesDrawn().pending()));

        DottedLinesSoFar drawn = onFx(() -> window.canvas().dottedLinesDrawn());
        Viewport view = onFx(() -> window.model().view().viewport());
        List<Edge> expected = onFx(() -> window.model().layout().dottedLinesIn(view.originX(), view.originY(),
                view.chartWidth(), view.chartHeight()));
        assertFalse(expected.isEmpty(), "the view shows dotted lines");
        assertTrue(frames.get() > 1, "the view's lines took more than one frame: " + frames.get());
        assertEquals(expected, drawn.lines(), "the canvas ends up drawing every line in view, as an export does");
    }

    @Test
    void longLinesRoutedOnTheBackgroundThreadAreDrawnOnceThere(FxRobot robot) throws Exception {
        Chart chart = DottedLineFigures.withDottedLines(IoBenchmark.realisticChart(3_000, new Random(7)), 40, false,
                new Random(11));
        AtomicInteger handedOn = new AtomicInteger();
        Executor counted = work -> {
            handedOn.incrementAndGet();
            BackgroundRouting.EXECUTOR.execute(work);
        };
        robot.interact(() -> window.canvas().setFrameBudget(
                () -> RoutingBudget.millis(DottedLineFrames.FRAME_ROUTING_MILLIS, counted)));
        robot.interact(() -> window.model().session().newChart(chart));
        ChartLayout layout = onFx(() -> window.model().layout());
        // The line whose ends lie furthest apart crosses the most cards: a long line (found
        // from the cards' boxes, routing nothing).
        PositionId[] longest = new PositionId[2];
        double far = -1;
        for (Position p : chart.inTreeOrder()) {
            for (PositionId to : p.dottedLines()) {
                Box a = layout.box(p.id()).orElseThrow();
                Box b = layout.box(to).orElseThrow();
                double d = Math.abs(a.centreX() - b.centreX()) + Math.abs(a.centreY() - b.centreY());
                if (d > far) {
                    far = d;
                    longest[0] = p.id();
                    longest[1] = to;
                }
            }
        }
        Box manager = layout.box(longest[0]).orElseThrow();
        robot.interact(() -> window.model().view().showRegion(
                new Box(manager.centreX() - 400, manager.centreY() - 250, 800, 500), 1));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> onFx(() -> !window.canvas().dottedLinesDrawn().pending()));

        DottedLinesSoFar drawn = onFx(() -> window.canvas().dottedLinesDrawn());
        Viewport view = onFx(() -> window.model().view().viewport());
        List<Edge> expected = layout.dottedLinesIn(view.originX(), view.originY(), view.chartWidth(),
                view.chartHeight());
        assertTrue(expected.stream().anyMatch(e -> Set.of(e.manager(), e.report()).equals(Set.of(longest))),
                "the long line is in view");
        assertTrue(handedOn.get() > 0, "the frames handed long lines to the background");
        assertEquals(expected, drawn.lines(), "the canvas draws the lines the background routed, as an export does");
    }
}
