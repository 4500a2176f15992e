package dev.orgwright.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

class TreeLayoutPropertiesTest {

    private static final double EPSILON = 1e-6;

    /** A random forest: parents[i] < i or -1; cards of varied sizes. */
    record Shape(int[] parents, double[] widths, double[] heights) {
        Chart chart() {
            return TestCharts.fromParents(parents);
        }

        ChartLayout layout() {
            return new TreeLayout().layout(chart(), TestCharts.sizes(widths, heights));
        }
    }

    @Provide
    Arbitrary<Shape> shapes() {
        return Arbitraries.integers().between(1, 60).flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(-50, 2000).list().ofSize(n),
                Arbitraries.integers().between(10, 260).list().ofSize(n),
                Arbitraries.integers().between(10, 90).list().ofSize(n)).as((raw, ws, hs) -> {
                    int[] parents = new int[n];
                    double[] widths = new double[n];
                    double[] heights = new double[n];
                    for (int i = 0; i < n; i++) {
                        int r = raw.get(i);
                        // Half the links go to a recent position, which makes deep, stringy trees.
                        parents[i] = i == 0 || r < 0 ? -1 : r < 1000 ? i - 1 - r % Math.min(i, 3) : r % i;
                        widths[i] = ws.get(i);
                        heights[i] = hs.get(i);
                    }
                    return new Shape(parents, widths, heights);
                }));
    }

    @Property(tries = 300)
    void noTwoCardsOverlapAndNeighboursKeepTheirGap(@ForAll("shapes") Shape shape) {
        ChartLayout l = shape.layout();
        List<Box> boxes = boxes(l, shape.parents.length);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Box a = boxes.get(i);
                Box b = boxes.get(j);
                boolean sameRow = a.y() == b.y();
                if (sameRow) {
                    double gap = Math.max(b.x() - a.right(), a.x() - b.right());
                    assertTrue(gap >= 20 - EPSILON, "p" + i + " and p" + j + " are " + gap + " apart");
                } else {
                    assertFalse(a.overlaps(b), "p" + i + " and p" + j + " overlap");
                }
            }
        }
    }

    @Property(tries = 300)
    void everyManagerIsCentredOverItsFirstAndLastReportOneRowUp(@ForAll("shapes") Shape shape) {
        ChartLayout l = shape.layout();
        Chart chart = shape.chart();
        for (int i = 0; i < shape.parents.length; i++) {
            List<PositionId> reports = chart.childrenOf(TestCharts.id(i));
            if (reports.isEmpty()) {
                continue;
            }
            Box manager = l.box(TestCharts.id(i)).orElseThrow();
            Box first = l.box(reports.get(0)).orElseThrow();
            Box last = l.box(reports.get(reports.size() - 1)).orElseThrow();
            assertEquals((first.centreX() + last.centreX()) / 2, manager.centreX(), EPSILON);
            double previousRight = Double.NEGATIVE_INFINITY;
            for (PositionId r : reports) {
                Box report = l.box(r).orElseThrow();
                assertTrue(report.y() >= manager.bottom() + 40 - EPSILON, "a report sits a row gap below");
                assertTrue(report.x() > previousRight, "reports go left to right in their order");
                previousRight = report.right();
            }
        }
    }

    @Property(tries = 300)
    void queriesAgreeWithAFullScan(@ForAll("shapes") Shape shape,
                                   @ForAll @DoubleRange(min = -0.2, max = 1.1) double fx,
                                   @ForAll @DoubleRange(min = -0.2, max = 1.1) double fy,
                                   @ForAll @DoubleRange(min = 0, max = 0.6) double fw,
                                   @ForAll @DoubleRange(min = 0, max = 0.6) double fh) {
        ChartLayout l = shape.layout();
        Box b = l.bounds();
        double qx = b.x() + fx * b.width();
        double qy = b.y() + fy * b.height();
        double qw = fw * b.width();
        double qh = fh * b.height();
        Set<PositionId> expected = new HashSet<>();
        for (int i = 0; i < shape.parents.length; i++) {
            if (l.box(TestCharts.id(i)).orElseThrow().intersects(qx, qy, qw, qh)) {
                expected.add(TestCharts.id(i));
            }
        }
        assertEquals(expected, new HashSet<>(l.positionsIn(qx, qy, qw, qh)));

        // Hit tests at the query corner and at every card's centre and corner.
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {qx, qy});
        for (Box box : boxes(l, shape.parents.length)) {
            points.add(new double[] {box.centreX(), box.centreY()});
            points.add(new double[] {box.right(), box.bottom()});
            points.add(new double[] {box.x() - 1, box.y()});
        }
        for (double[] p : points) {
            Optional<PositionId> scanned = Optional.empty();
            for (int i = 0; i < shape.parents.length; i++) {
                if (l.box(TestCharts.id(i)).orElseThrow().contains(p[0], p[1])) {
                    scanned = Optional.of(TestCharts.id(i));
                }
            }
            assertEquals(scanned, l.positionAt(p[0], p[1]), "hit test at " + p[0] + ", " + p[1]);
        }
    }

    @Property(tries = 300)
    void visibleEdgesCoverEveryLineThatCrossesTheView(@ForAll("shapes") Shape shape,
                                                     @ForAll @DoubleRange(min = -0.1, max = 1.0) double fx,
                                                     @ForAll @DoubleRange(min = -0.1, max = 1.0) double fy,
                                                     @ForAll @DoubleRange(min = 0, max = 0.5) double fw,
                                                     @ForAll @DoubleRange(min = 0, max = 0.5) double fh) {
        ChartLayout l = shape.layout();
        Box b = l.bounds();
        double qx = b.x() + fx * b.width();
        double qy = b.y() + fy * b.height();
        double qw = fw * b.width();
        double qh = fh * b.height();
        List<Edge> returned = l.edgesIn(qx, qy, qw, qh);
        for (Edge e : returned) {
            assertTrue(ChartLayout.crosses(e, qx, qy, qw, qh), "returned edge crosses the view: " + e);
        }
        for (Edge e : l.edges()) {
            if (!ChartLayout.crosses(e, qx, qy, qw, qh)) {
                continue;
            }
            List<Point> p = e.points();
            boolean dropInView = p.get(2).x() >= qx && p.get(2).x() <= qx + qw
                    && p.get(2).y() <= qy + qh && p.get(3).y() >= qy;
            if (dropInView) {
                assertTrue(returned.contains(e), "an edge whose drop is in view is returned: " + e);
            }
            // The visible part of its bar is drawn by the returned edges of the same manager.
            double barY = p.get(1).y();
            if (barY >= qy && barY <= qy + qh) {
                double from = Math.max(qx, Math.min(p.get(1).x(), p.get(2).x()));
                double to = Math.min(qx + qw, Math.max(p.get(1).x(), p.get(2).x()));
                if (from <= to) {
                    double lo = Double.POSITIVE_INFINITY;
                    double hi = Double.NEGATIVE_INFINITY;
                    for (Edge r : returned) {
                        if (r.manager().equals(e.manager())) {
                            lo = Math.min(lo, Math.min(r.points().get(1).x(), r.points().get(2).x()));
                            hi = Math.max(hi, Math.max(r.points().get(1).x(), r.points().get(2).x()));
                        }
                    }
                    assertTrue(lo <= from + EPSILON && hi >= to - EPSILON, "the bar of " + e.manager()
                            + " from " + from + " to " + to + " is covered by returned edges");
                }
            }
        }
    }

    private static List<Box> boxes(ChartLayout l, int n) {
        List<Box> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(l.box(TestCharts.id(i)).orElseThrow());
        }
        return out;
    }
}
