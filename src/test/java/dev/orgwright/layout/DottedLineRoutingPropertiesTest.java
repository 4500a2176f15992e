package dev.orgwright.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.ChartBuilder;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over random charts with random dotted lines in every layout mode: each routed dotted line is
 * made of horizontal and vertical runs, starts on its manager's card and ends on its report's,
 * and enters no other card.
 */
class DottedLineRoutingPropertiesTest {

    private static final double EPSILON = 1e-6;

    /** A random forest with cards of varied sizes and dotted lines between random positions. */
    record Shape(int[] parents, double[] widths, double[] heights, int[][] dotted, LayoutOptions options) {
        Chart chart() {
            ChartBuilder b = Chart.builder().title("Test");
            for (int i = 0; i < parents.length; i++) {
                Position p = Position.of("p" + i, "Position " + i, "senior");
                if (parents[i] >= 0) {
                    p = p.withReportsTo(PositionId.of("p" + parents[i]));
                }
                Set<PositionId> targets = new LinkedHashSet<>();
                for (int[] d : dotted) {
                    if (d[0] == i && d[1] != i && d[1] != parents[i]) {
                        targets.add(PositionId.of("p" + d[1]));
                    }
                }
                b.add(p.withDottedLines(new ArrayList<>(targets)));
            }
            try {
                return b.build();
            } catch (InvalidChartException e) {
                throw new AssertionError(e);
            }
        }

        ChartLayout layout() {
            return new TreeLayout(options).layout(chart(), TestCharts.sizes(widths, heights));
        }
    }

    @Provide
    Arbitrary<Shape> shapes() {
        List<LayoutOptions> modes = List.of(LayoutOptions.DEFAULT, LayoutOptions.DEFAULT.withCompact(true),
                LayoutOptions.AUTO, LayoutOptions.DEFAULT.withOrientation(LayoutOptions.Orientation.LEFT_RIGHT),
                LayoutOptions.AUTO.withRows(LayoutOptions.Rows.BY_TIER));
        return Arbitraries.integers().between(2, 80).flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(-50, 2000).list().ofSize(n),
                Arbitraries.integers().between(10, 260).list().ofSize(n),
                Arbitraries.integers().between(10, 90).list().ofSize(n),
                Arbitraries.integers().between(0, n * n - 1).list().ofMinSize(1).ofMaxSize(12),
                Arbitraries.of(modes)).as((raw, ws, hs, pairs, options) -> {
                    int[] parents = new int[n];
                    double[] widths = new double[n];
                    double[] heights = new double[n];
                    for (int i = 0; i < n; i++) {
                        int r = raw.get(i);
                        parents[i] = i == 0 || r < 0 ? -1 : r < 1000 ? i - 1 - r % Math.min(i, 3) : r % i;
                        widths[i] = ws.get(i);
                        heights[i] = hs.get(i);
                    }
                    int[][] dotted = pairs.stream().map(p -> new int[] {p / n, p % n}).toArray(int[][]::new);
                    return new Shape(parents, widths, heights, dotted, options);
                }));
    }

    @Property(tries = 300)
    void everyDottedLineRunsAroundTheOtherCards(@ForAll("shapes") Shape shape) {
        ChartLayout l = shape.layout();
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < shape.parents().length; i++) {
            l.box(PositionId.of("p" + i)).ifPresent(boxes::add);
        }
        for (Edge e : l.dottedLines()) {
            assertRoutedAround(e, l.box(e.manager()).orElseThrow(), l.box(e.report()).orElseThrow(), boxes);
        }
    }

    /** The three promises of a routed dotted line, checked for one line. */
    static void assertRoutedAround(Edge e, Box from, Box to, List<Box> boxes) {
        List<Point> p = e.points();
        assertTrue(onBorder(p.get(0), from), "starts on its manager's card: " + e + " " + from);
        assertTrue(onBorder(p.get(p.size() - 1), to), "ends on its report's card: " + e + " " + to);
        for (int k = 1; k < p.size(); k++) {
            Point a = p.get(k - 1);
            Point b = p.get(k);
            assertTrue(a.x() == b.x() || a.y() == b.y(), "run " + k + " is horizontal or vertical: " + e);
            for (Box box : boxes) {
                if (box.equals(from) || box.equals(to)) {
                    continue;
                }
                assertTrue(!entersInterior(a, b, box), "run " + k + " of " + e + " enters the card at " + box);
            }
        }
    }

    static boolean onBorder(Point p, Box b) {
        boolean inside = p.x() >= b.x() - EPSILON && p.x() <= b.right() + EPSILON
                && p.y() >= b.y() - EPSILON && p.y() <= b.bottom() + EPSILON;
        boolean onEdge = Math.abs(p.x() - b.x()) < EPSILON || Math.abs(p.x() - b.right()) < EPSILON
                || Math.abs(p.y() - b.y()) < EPSILON || Math.abs(p.y() - b.bottom()) < EPSILON;
        return inside && onEdge;
    }

    /** Whether the axis-parallel run from a to b passes through the open interior of the box. */
    static boolean entersInterior(Point a, Point b, Box box) {
        double minX = Math.min(a.x(), b.x());
        double maxX = Math.max(a.x(), b.x());
        double minY = Math.min(a.y(), b.y());
        double maxY = Math.max(a.y(), b.y());
        return minX < box.right() - EPSILON && maxX > box.x() + EPSILON
                && minY < box.bottom() - EPSILON && maxY > box.y() + EPSILON;
    }
}
