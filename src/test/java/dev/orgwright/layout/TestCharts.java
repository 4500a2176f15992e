package dev.orgwright.layout;

import dev.orgwright.model.Chart;
import dev.orgwright.model.ChartBuilder;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;

/** Charts of a given shape for layout tests: position i is "p" + i. */
final class TestCharts {

    private TestCharts() {
    }

    /** parents[i] is the index of i's manager, or -1 for a root; managers come before their reports. */
    static Chart fromParents(int[] parents) {
        ChartBuilder b = Chart.builder().title("Test");
        for (int i = 0; i < parents.length; i++) {
            Position p = Position.of("p" + i, "Position " + i, "senior");
            if (parents[i] >= 0) {
                p = p.withReportsTo(PositionId.of("p" + parents[i]));
            }
            b.add(p);
        }
        try {
            return b.build();
        } catch (InvalidChartException e) {
            throw new AssertionError(e);
        }
    }

    static Chart chain(int n) {
        int[] parents = new int[n];
        for (int i = 0; i < n; i++) {
            parents[i] = i - 1;
        }
        return fromParents(parents);
    }

    static Chart fan(int reports) {
        int[] parents = new int[reports + 1];
        parents[0] = -1;
        for (int i = 1; i <= reports; i++) {
            parents[i] = 0;
        }
        return fromParents(parents);
    }

    static PositionId id(int i) {
        return PositionId.of("p" + i);
    }

    /** A sizer that gives position i the size widths[i] × heights[i]. */
    static CardSizer sizes(double[] widths, double[] heights) {
        return p -> {
            int i = Integer.parseInt(p.id().value().substring(1));
            return new CardSize(widths[i], heights[i]);
        };
    }
}
