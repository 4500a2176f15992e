package dev.orgwright.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.Chart;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DottedLineRoutingTest {

    private static final CardSizer SIZER = CardSizer.fixed(100, 50);

    private static PositionId id(String value) {
        return PositionId.of(value);
    }

    private static List<Box> boxes(ChartLayout l, Chart chart) {
        List<Box> out = new ArrayList<>();
        for (Position p : chart.inTreeOrder()) {
            l.box(p.id()).ifPresent(out::add);
        }
        return out;
    }

    @Test
    void theSamplesDottedLineFromHeadOfPeopleToTheCeoGoesAroundTheSeniorTeam() {
        Chart chart = SampleCharts.leadershipTeam();
        for (LayoutOptions options : List.of(LayoutOptions.DEFAULT, LayoutOptions.AUTO)) {
            ChartLayout l = new TreeLayout(options).layout(chart, SIZER);

            assertEquals(1, l.dottedLines().size());
            Edge e = l.dottedLines().get(0);
            assertEquals(id("ceo"), e.manager());
            assertEquals(id("head-people"), e.report());
            Box ceo = l.box(id("ceo")).orElseThrow();
            Box people = l.box(id("head-people")).orElseThrow();
            DottedLineRoutingPropertiesTest.assertRoutedAround(e, ceo, people, boxes(l, chart));
            assertTrue(e.points().size() <= 5, "at most three bends: " + e.points());
        }
    }

    @Test
    void aDottedLinePastACardInTheSameRowBendsAroundIt() throws InvalidChartException {
        Chart chart = Chart.builder()
                .add(Position.of("ceo", "CEO", "senior"))
                .add(Position.of("a", "A", "senior").withReportsTo(id("ceo")))
                .add(Position.of("b", "B", "senior").withReportsTo(id("ceo")))
                .add(Position.of("c", "C", "senior").withReportsTo(id("ceo")).withDottedLines(List.of(id("a"))))
                .build();
        ChartLayout l = new TreeLayout().layout(chart, SIZER);

        Edge e = l.dottedLines().get(0);

        // a at x 0..100, b at 120..220, c at 240..340, all at y 90..140.
        DottedLineRoutingPropertiesTest.assertRoutedAround(e, l.box(id("a")).orElseThrow(),
                l.box(id("c")).orElseThrow(), boxes(l, chart));
        assertEquals(4, e.points().size(), "up or down past b, across, and back: " + e.points());
        assertTrue(e.points().get(1).y() < 90 - DottedLineRouter.CLEARANCE + 1e-9
                || e.points().get(1).y() > 140 + DottedLineRouter.CLEARANCE - 1e-9, "clear of the row: " + e.points());
    }

    @Test
    void facingCardsWithNothingBetweenAreJoinedByOneStraightRun() throws InvalidChartException {
        Chart chart = Chart.builder()
                .add(Position.of("p0", "CEO", "senior"))
                .add(Position.of("p1", "CTO", "senior").withReportsTo(id("p0")))
                .add(Position.of("p2", "CFO", "senior").withReportsTo(id("p0")).withDottedLines(List.of(id("p1"))))
                .build();
        ChartLayout l = new TreeLayout().layout(chart, SIZER);

        assertEquals(List.of(new Point(100, 115), new Point(120, 115)), l.dottedLines().get(0).points());
    }

    @Test
    void aViewRoutesOnlyTheLinesThatCanReachItAndGetsTheSameRoutes() throws InvalidChartException {
        Chart chart = Chart.builder()
                .add(Position.of("ceo", "CEO", "senior"))
                .add(Position.of("a", "A", "senior").withReportsTo(id("ceo")))
                .add(Position.of("b", "B", "senior").withReportsTo(id("ceo")))
                .add(Position.of("c", "C", "senior").withReportsTo(id("ceo")).withDottedLines(List.of(id("a"))))
                .build();
        ChartLayout l = new TreeLayout().layout(chart, SIZER);

        List<Edge> far = l.dottedLinesIn(5_000, 5_000, 100, 100);
        List<Edge> near = l.dottedLinesIn(0, 0, 400, 200);

        assertTrue(far.isEmpty());
        assertEquals(l.dottedLines(), near);
    }
}
