package dev.orgwright.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.model.Chart;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines a rectangle needs include every line that crosses it, also where the rectangle cuts a bar between two drops. */
class EdgesInTest {

    @Test
    void aRectangleEndingBetweenTwoDropsGetsTheLineThatCrossesItsEdge() throws InvalidChartException {
        var builder = Chart.builder().title("Fan");
        builder.add(Position.of("m", "Manager", null));
        for (int i = 0; i < 6; i++) {
            builder.add(Position.of("r" + i, "Report " + i, null).withReportsTo(PositionId.of("m")));
        }
        ChartLayout layout = new TreeLayout().layout(builder.build(), CardSizer.fixed(150, 60));
        for (double right = 10; right < layout.bounds().width(); right += 7) {
            double qx = 0;
            double qy = 0;
            double qw = right;
            double qh = layout.bounds().height();
            assertEquals(barReach(layout.edges(), right), barReach(layout.edgesIn(qx, qy, qw, qh), right),
                    "the part of the bar inside a rectangle up to x = " + right);
        }
    }

    /** How far the horizontal bar drawn by {@code edges} reaches, clipped to x from 0 to {@code right}. */
    private static List<Double> barReach(List<Edge> edges, double right) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (Edge e : edges) {
            List<Point> p = e.points();
            for (int k = 1; k < p.size(); k++) {
                if (p.get(k - 1).y() == p.get(k).y() && p.get(k - 1).x() != p.get(k).x()) {
                    double a = Math.max(0, Math.min(p.get(k - 1).x(), p.get(k).x()));
                    double b = Math.min(right, Math.max(p.get(k - 1).x(), p.get(k).x()));
                    if (a <= b) {
                        lo = Math.min(lo, a);
                        hi = Math.max(hi, b);
                    }
                }
            }
        }
        return List.of(lo, hi);
    }
}
