package dev.orgwright.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.bench.IoBenchmark;
import dev.orgwright.model.Chart;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A frame whose budget has a background executor never does a long piece of routing itself (a
 * long line's extent or route, and the coarse grid they need): it hands them on, reports the
 * lines pending, and once the executor has done them the frames draw exactly the export's lines.
 */
class DottedLinesHandedOnTest {

    /** An executor that keeps what it is given until asked to run it, on a thread of its own. */
    private static final class Held implements Executor {
        final List<Runnable> work = new ArrayList<>();

        @Override
        public synchronized void execute(Runnable command) {
            work.add(command);
        }

        synchronized List<Runnable> take() {
            List<Runnable> out = new ArrayList<>(work);
            work.clear();
            return out;
        }
    }

    /** As much work as asked for, long pieces handed to {@code background}. */
    private static RoutingBudget unlimitedWith(Executor background) {
        return new RoutingBudget() {
            @Override
            public boolean take() {
                return true;
            }

            @Override
            public Executor background() {
                return background;
            }
        };
    }

    @Provide
    Arbitrary<DottedLineRoutingPropertiesTest.Shape> crowded() {
        return new DottedLineLanesPropertiesTest().crowded();
    }

    /**
     * Whatever a frame leaves to the background (every search, with its deadline already past;
     * only the long lines, with a deadline far off), the frames and the background together draw
     * exactly the export's lines, and no frame draws a line the export does not.
     */
    @Property(tries = 150)
    void handingWorkOnNeverChangesALine(@ForAll("crowded") DottedLineRoutingPropertiesTest.Shape shape,
                                        @ForAll boolean deadlinePast) {
        ChartLayout export = shape.layout();
        Set<Edge> exported = new HashSet<>(export.dottedLines());
        ChartLayout view = shape.layout();
        Box b = view.bounds();
        Held held = new Held();
        long deadline = deadlinePast ? System.nanoTime() - 1 : Long.MAX_VALUE;
        RoutingBudget budget = new RoutingBudget() {
            @Override
            public boolean take() {
                return true;
            }

            @Override
            public Executor background() {
                return held;
            }

            @Override
            public long deadline() {
                return deadline;
            }
        };
        DottedLinesSoFar frame = view.dottedLinesIn(b.x(), b.y(), b.width(), b.height(), budget);
        for (int rounds = 0; frame.pending() && rounds < 1_000; rounds++) {
            for (Edge e : frame.lines()) {
                assertTrue(exported.contains(e), "a frame draws " + e + " as no export does");
            }
            held.take().forEach(Runnable::run);
            frame = view.dottedLinesIn(b.x(), b.y(), b.width(), b.height(), budget);
        }
        assertFalse(frame.pending());
        assertEquals(export.dottedLinesIn(b.x(), b.y(), b.width(), b.height()), frame.lines());
    }

    @Test
    void longPiecesGoToTheBackgroundAndTheFramesThenDrawTheExportsLines() throws Exception {
        Chart chart = DottedLineFigures.withDottedLines(IoBenchmark.realisticChart(3_000, new Random(7)), 40, false,
                new Random(11));
        TreeLayout engine = new TreeLayout(LayoutOptions.AUTO);
        CardSizer sizer = CardSizer.fixed(150, 64);
        ChartLayout export = engine.layout(chart, sizer);
        Set<Edge> exported = new HashSet<>(export.dottedLines());
        assertTrue(export.dottedLinesBuiltCoarseGrid(), "the chart has long lines");
        Box b = export.bounds();
        ChartLayout view = engine.layout(chart, sizer);
        Held held = new Held();

        // Without the background's work the frames settle what they can and stop there.
        DottedLinesSoFar frame = view.dottedLinesIn(b.x(), b.y(), b.width(), b.height(), unlimitedWith(held));
        DottedLinesSoFar again = view.dottedLinesIn(b.x(), b.y(), b.width(), b.height(), unlimitedWith(held));
        assertTrue(frame.pending(), "long lines wait for the background");
        assertEquals(frame, again, "a frame cannot go on without the background's work");
        assertFalse(view.dottedLinesBuiltCoarseGrid(), "no frame built the coarse grid");
        List<Runnable> handed = held.take();
        assertFalse(handed.isEmpty());
        for (Edge e : frame.lines()) {
            assertTrue(exported.contains(e), "a frame draws " + e + " as no export does");
        }

        // Each long line is handed on once while it waits.
        view.dottedLinesIn(b.x(), b.y(), b.width(), b.height(), unlimitedWith(held));
        assertTrue(held.take().isEmpty(), "lines already handed on are not handed on again");

        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            int rounds = 0;
            while (frame.pending() && rounds++ < 100) {
                for (Runnable r : handed) {
                    thread.submit(r).get(1, TimeUnit.MINUTES);
                }
                frame = view.dottedLinesIn(b.x(), b.y(), b.width(), b.height(), unlimitedWith(held));
                handed = held.take();
            }
        } finally {
            thread.shutdownNow();
        }
        assertFalse(frame.pending(), "every line is drawn once the background has done its part");
        assertEquals(export.dottedLinesIn(b.x(), b.y(), b.width(), b.height()), frame.lines());
        assertTrue(view.dottedLinesBuiltCoarseGrid(), "the background built the coarse grid");
    }
}
