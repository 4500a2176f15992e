package dev.orgwright.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.bench.IoBenchmark;
import dev.orgwright.layout.DottedLineRoutingPropertiesTest.Shape;
import dev.orgwright.model.Chart;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A view's frame routes dotted lines only while its budget lasts: repeated frames over one
 * rectangle converge, after finitely many, on exactly the lines an export draws there; no frame
 * does more work than its budget; a frame that left work undone says so; and no frame draws a
 * line that an export would draw otherwise.
 */
class DottedLineBudgetPropertiesTest {

    @Provide
    Arbitrary<Shape> crowded() {
        return new DottedLineLanesPropertiesTest().crowded();
    }

    @Property(tries = 300)
    void framesWithASmallBudgetConvergeOnTheExportsLines(@ForAll("crowded") Shape shape,
                                                         @ForAll @IntRange(min = 1, max = 4) int pieces,
                                                         @ForAll("steps") int steps,
                                                         @ForAll @DoubleRange(min = 0, max = 1) double fx,
                                                         @ForAll @DoubleRange(min = 0, max = 1) double fy,
                                                         @ForAll @DoubleRange(min = 0.02, max = 1) double fw,
                                                         @ForAll @DoubleRange(min = 0.02, max = 1) double fh) {
        ChartLayout view = shape.layout();
        Box b = view.bounds();
        double qx = b.x() + fx * b.width() - 40;
        double qy = b.y() + fy * b.height() - 40;
        double qw = fw * b.width() + 80;
        double qh = fh * b.height() + 80;
        assertConverges(view, shape.layout(), shape.layout(), qx, qy, qw, qh, pieces, steps);
    }

    /** How many steps of the lighter work (testing lines against each other, spreading lanes) a frame may do: few, or any number. */
    @Provide
    Arbitrary<Integer> steps() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 40), Arbitraries.just(Integer.MAX_VALUE));
    }

    @Test
    void longLinesAcrossABigChartAreDrawnOverSeveralFramesAsTheExportDrawsThem() throws Exception {
        longLinesOverSeveralFrames(Integer.MAX_VALUE);
    }

    @Test
    void aClusterOfLongLinesIsFoundAndSpreadOverSeveralFramesAsTheExportDrawsIt() throws Exception {
        longLinesOverSeveralFrames(200);
    }

    private void longLinesOverSeveralFrames(int steps) throws Exception {
        Chart chart = DottedLineFigures.withDottedLines(IoBenchmark.realisticChart(3_000, new Random(7)), 40, false,
                new Random(11));
        TreeLayout engine = new TreeLayout(LayoutOptions.AUTO);
        CardSizer sizer = CardSizer.fixed(150, 64);
        ChartLayout export = engine.layout(chart, sizer);
        Edge line = export.dottedLines().get(0);
        Box around = export.box(line.manager()).orElseThrow();
        double qx = around.centreX() - 800;
        double qy = around.centreY() - 500;
        int calls = assertConverges(engine.layout(chart, sizer), export, engine.layout(chart, sizer), qx, qy, 1600,
                1000, 3, steps);
        assertTrue(calls > 2, "the view's lines needed more than one frame's budget: " + calls + " frames");
    }

    /**
     * Asks {@code view} for the rectangle with a budget of {@code pieces} pieces and {@code steps}
     * steps until nothing is pending; {@code export} has drawn every line, {@code fresh} is
     * untouched. Returns how many calls it took.
     */
    private static int assertConverges(ChartLayout view, ChartLayout export, ChartLayout fresh, double qx, double qy,
                                       double qw, double qh, int pieces, int steps) {
        Set<Edge> exported = new HashSet<>(export.dottedLines());
        int needed = fresh.dottedLineWork();
        List<Edge> expected = fresh.dottedLinesIn(qx, qy, qw, qh);
        needed = fresh.dottedLineWork() - needed;
        // Each frame with work pending does a piece or a step at least, and there are finitely many.
        int most = 1_000_000;
        DottedLinesSoFar frame = null;
        int calls = 0;
        while (calls < most) {
            int before = view.dottedLineWork();
            frame = view.dottedLinesIn(qx, qy, qw, qh, RoutingBudget.pieces(pieces, steps));
            calls++;
            int done = view.dottedLineWork() - before;
            assertTrue(done <= pieces, "frame " + calls + " did " + done + " pieces of work on a budget of " + pieces);
            for (Edge e : frame.lines()) {
                assertTrue(exported.contains(e), "frame " + calls + " draws " + e + " as no export does");
            }
            if (calls == 1 && (needed > pieces || steps == Integer.MAX_VALUE)) {
                assertEquals(needed > pieces, frame.pending(),
                        "the first frame, with " + needed + " pieces of work to do on a budget of " + pieces);
            }
            if (!frame.pending()) {
                break;
            }
        }
        assertFalse(frame.pending(), "still pending after " + calls + " frames");
        assertEquals(expected, frame.lines(), "the lines of the last frame are the export's");
        assertEquals(expected, export.dottedLinesIn(qx, qy, qw, qh));
        return calls;
    }
}
