package dev.orgwright.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.DottedLineRoutingPropertiesTest.Shape;
import dev.orgwright.model.PositionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over random charts in every layout mode with 1 to 60 dotted lines, many of them sharing gaps:
 * each line still runs around the other cards with its ends on its own cards, and no two
 * different lines run on top of each other (no collinear runs that overlap).
 */
class DottedLineLanesPropertiesTest {

    private static final double EPSILON = 1e-6;
    /** How far past the chart's bounds a line may run: the outer lanes' room, inside every export's margin. */
    private static final double MARGIN = DottedLineLanes.OUTER;

    @Provide
    Arbitrary<Shape> crowded() {
        List<LayoutOptions> modes = List.of(LayoutOptions.DEFAULT, LayoutOptions.DEFAULT.withCompact(true),
                LayoutOptions.AUTO, LayoutOptions.DEFAULT.withOrientation(LayoutOptions.Orientation.LEFT_RIGHT),
                LayoutOptions.AUTO.withRows(LayoutOptions.Rows.BY_TIER));
        return Arbitraries.integers().between(2, 60).flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(-50, 2000).list().ofSize(n),
                Arbitraries.integers().between(10, 260).list().ofSize(n),
                Arbitraries.integers().between(10, 90).list().ofSize(n),
                Arbitraries.integers().between(0, n * n - 1).list().ofMinSize(1).ofMaxSize(60),
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

    @Property(tries = 400)
    void dottedLinesRunAroundTheCardsInLanesOfTheirOwn(@ForAll("crowded") Shape shape) {
        ChartLayout l = shape.layout();
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < shape.parents().length; i++) {
            l.box(PositionId.of("p" + i)).ifPresent(boxes::add);
        }
        List<Edge> lines = l.dottedLines();
        for (Edge e : lines) {
            DottedLineRoutingPropertiesTest.assertRoutedAround(e, l.box(e.manager()).orElseThrow(),
                    l.box(e.report()).orElseThrow(), boxes);
        }
        assertNoSharedRuns(lines);
    }

    /**
     * Big charts (1,500 to 2,500 positions, wide or wrapped) with lines between their far corners,
     * so that well over 1,000 cards lie between a line's ends: too many for one fine search.
     */
    @Provide
    Arbitrary<Shape> big() {
        List<LayoutOptions> modes = List.of(LayoutOptions.DEFAULT, LayoutOptions.DEFAULT.withCompact(true),
                LayoutOptions.AUTO, LayoutOptions.DEFAULT.withOrientation(LayoutOptions.Orientation.LEFT_RIGHT),
                LayoutOptions.AUTO.withRows(LayoutOptions.Rows.BY_TIER));
        return Combinators.combine(Arbitraries.integers().between(1_500, 2_500), Arbitraries.longs(),
                Arbitraries.of(modes)).as((n, seed, options) -> {
                    Random random = new Random(seed);
                    int[] parents = new int[n];
                    double[] widths = new double[n];
                    double[] heights = new double[n];
                    int spread = 2 + random.nextInt(60);
                    for (int i = 0; i < n; i++) {
                        parents[i] = i == 0 ? -1 : Math.max(0, i - 1 - random.nextInt(Math.min(i, spread)));
                        widths[i] = 60 + random.nextInt(200);
                        heights[i] = 30 + random.nextInt(60);
                    }
                    Shape plain = new Shape(parents, widths, heights, new int[0][], options);
                    return new Shape(parents, widths, heights, farCorners(plain.layout(), n), options);
                });
    }

    /** Lines between the cards nearest the chart's opposite corners, both ways round. */
    private static int[][] farCorners(ChartLayout l, int n) {
        int[] best = {-1, -1, -1, -1};
        double[] score = new double[4];
        for (int i = 0; i < n; i++) {
            Box b = l.box(PositionId.of("p" + i)).orElseThrow();
            double[] s = {-(b.x() + b.y()), b.right() + b.bottom(), b.right() - b.y(), b.bottom() - b.x()};
            for (int k = 0; k < 4; k++) {
                if (best[k] < 0 || s[k] > score[k]) {
                    best[k] = i;
                    score[k] = s[k];
                }
            }
        }
        return new int[][] {{best[0], best[1]}, {best[2], best[3]}, {best[1], best[2]}, {best[3], best[0]}};
    }

    @Property(tries = 10)
    void longLinesAcrossBigChartsRunAroundTheCards(@ForAll("big") Shape shape) {
        ChartLayout l = shape.layout();
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < shape.parents().length; i++) {
            l.box(PositionId.of("p" + i)).ifPresent(boxes::add);
        }
        List<Edge> lines = l.dottedLines();
        int most = 0;
        Box bounds = l.bounds();
        for (Edge e : lines) {
            Box from = l.box(e.manager()).orElseThrow();
            Box to = l.box(e.report()).orElseThrow();
            // The region the router's first search would cover.
            double m = 2 * (Math.max(from.height(), to.height()) + 4 * DottedLineRouter.CLEARANCE);
            Box spanned = Box.around(List.of(new Point(from.x(), from.y()), new Point(from.right(), from.bottom()),
                    new Point(to.x(), to.y()), new Point(to.right(), to.bottom())));
            Box between = new Box(spanned.x() - m, spanned.y() - m, spanned.width() + 2 * m, spanned.height() + 2 * m);
            most = Math.max(most, (int) boxes.stream().filter(b -> b.intersects(between.x(), between.y(),
                    between.width(), between.height())).count());
            DottedLineRoutingPropertiesTest.assertRoutedAround(e, from, to, boxes);
            for (Point p : e.points()) {
                assertTrue(bounds.intersects(p.x() - MARGIN, p.y() - MARGIN, 2 * MARGIN, 2 * MARGIN),
                        "keeps within the chart's bounds and every export's margin: " + e);
            }
        }
        // A shape none of whose lines has more than 1,000 cards around its ends (a compact chart
        // may pack its corners closer) tests nothing new here: it does not count as a try.
        Assume.that(most > DottedLineRouter.MAX_CARDS);
        assertNoSharedRuns(lines);
        for (Edge e : lines) {
            // A view first asked for a small rectangle on the route draws the same line as the export.
            Point p = e.points().get(e.points().size() / 2);
            List<Edge> seen = shape.layout().dottedLinesIn(p.x() - 10, p.y() - 10, 20, 20);
            assertTrue(seen.contains(e), "a view around " + p + " shows " + e + ", not only " + seen);
        }
    }

    /** Fails when two different lines have collinear runs that overlap by more than a point. */
    static void assertNoSharedRuns(List<Edge> lines) {
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                List<Point> p = lines.get(i).points();
                List<Point> q = lines.get(j).points();
                for (int a = 1; a < p.size(); a++) {
                    for (int b = 1; b < q.size(); b++) {
                        assertTrue(!sharedRun(p.get(a - 1), p.get(a), q.get(b - 1), q.get(b)),
                                "run " + a + " of " + lines.get(i) + " lies on run " + b + " of " + lines.get(j));
                    }
                }
            }
        }
    }

    static boolean sharedRun(Point a0, Point a1, Point b0, Point b1) {
        boolean ah = Math.abs(a0.y() - a1.y()) < EPSILON && Math.abs(a0.x() - a1.x()) > EPSILON;
        boolean av = Math.abs(a0.x() - a1.x()) < EPSILON && Math.abs(a0.y() - a1.y()) > EPSILON;
        boolean bh = Math.abs(b0.y() - b1.y()) < EPSILON && Math.abs(b0.x() - b1.x()) > EPSILON;
        boolean bv = Math.abs(b0.x() - b1.x()) < EPSILON && Math.abs(b0.y() - b1.y()) > EPSILON;
        if (ah && bh && Math.abs(a0.y() - b0.y()) < EPSILON) {
            return overlap(a0.x(), a1.x(), b0.x(), b1.x());
        }
        if (av && bv && Math.abs(a0.x() - b0.x()) < EPSILON) {
            return overlap(a0.y(), a1.y(), b0.y(), b1.y());
        }
        return false;
    }

    private static boolean overlap(double a0, double a1, double b0, double b1) {
        double lo = Math.max(Math.min(a0, a1), Math.min(b0, b1));
        double hi = Math.min(Math.max(a0, a1), Math.max(b0, b1));
        return hi - lo > EPSILON;
    }
}
