package dev.orgwright.layout;

import static dev.orgwright.layout.TestCharts.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeLayoutTest {

    private final TreeLayout layout = new TreeLayout();

    @Test
    void leavesGoLeftToRightAndTheManagerIsCentredAboveThem() {
        ChartLayout l = layout.layout(TestCharts.fan(3), CardSizer.fixed(100, 50));

        assertEquals(new Box(0, 90, 100, 50), l.box(id(1)).orElseThrow());
        assertEquals(new Box(120, 90, 100, 50), l.box(id(2)).orElseThrow());
        assertEquals(new Box(240, 90, 100, 50), l.box(id(3)).orElseThrow());
        assertEquals(new Box(120, 0, 100, 50), l.box(id(0)).orElseThrow());
        assertEquals(new Box(0, 0, 340, 140), l.bounds());
    }

    @Test
    void rowsAreAsTallAsTheirTallestCard() {
        // p0 over p1 (tall) and p2; p3 under p2 starts below the tall card's row.
        ChartLayout l = layout.layout(TestCharts.fromParents(new int[] {-1, 0, 0, 2}),
                TestCharts.sizes(new double[] {100, 100, 100, 100}, new double[] {30, 90, 20, 40}));

        assertEquals(70, l.box(id(1)).orElseThrow().y());
        assertEquals(70, l.box(id(2)).orElseThrow().y());
        assertEquals(70 + 90 + 40, l.box(id(3)).orElseThrow().y());
    }

    @Test
    void aWideManagerPushesItsSubtreeClearOfItsNeighbour() {
        // p1 and p2 each have one narrow report but are wide themselves.
        ChartLayout l = layout.layout(TestCharts.fromParents(new int[] {-1, 0, 0, 1, 2}),
                TestCharts.sizes(new double[] {50, 300, 300, 40, 40}, new double[] {40, 40, 40, 40, 40}));

        Box left = l.box(id(1)).orElseThrow();
        Box right = l.box(id(2)).orElseThrow();
        assertTrue(right.x() >= left.right() + 20, "the second manager starts a gap after the first");
        assertEquals(right.centreX(), l.box(id(4)).orElseThrow().centreX(), 1e-9);
        assertEquals(left.centreX(), l.box(id(3)).orElseThrow().centreX(), 1e-9);
    }

    @Test
    void rootsStandSideBySide() {
        ChartLayout l = layout.layout(TestCharts.fromParents(new int[] {-1, 0, 0, -1, 3}), CardSizer.fixed(100, 40));

        double firstTreeRight = l.box(id(2)).orElseThrow().right();
        assertTrue(l.box(id(3)).orElseThrow().x() >= firstTreeRight + 20);
        assertTrue(l.box(id(4)).orElseThrow().x() >= firstTreeRight + 20);
    }

    @Test
    void anElbowRunsFromTheManagersBottomCentreThroughTheMiddleOfTheGap() {
        ChartLayout l = layout.layout(TestCharts.fan(2), CardSizer.fixed(100, 50));

        Edge e = l.edges().get(1);
        assertEquals(id(0), e.manager());
        assertEquals(id(2), e.report());
        assertEquals(List.of(new Point(110, 50), new Point(110, 70), new Point(170, 70), new Point(170, 90)), e.points());
        assertFalse(e.dotted());
    }

    @Test
    void aViewEndingInsideAWideReportStillGetsTheBarBeyondItsCentre() {
        // Reports at x = 0, 120, ..., 600 (centres 50 ... 650). The view's right side, 560, lies
        // between the centre (530) and the right side (580) of p5: the bar from 530 to 560 is
        // drawn only by the line to p6.
        ChartLayout l = layout.layout(TestCharts.fan(6), CardSizer.fixed(100, 50));

        List<PositionId> reports = l.edgesIn(130, 65, 430, 10).stream().map(Edge::report).toList();

        assertTrue(reports.contains(id(6)), "the line to p6 covers the bar up to the view's edge: " + reports);
    }

    @Test
    void dottedLinesRunStraightBetweenFacingSides() throws InvalidChartException {
        Chart chart = Chart.builder()
                .add(Position.of("p0", "CEO", "senior"))
                .add(Position.of("p1", "CTO", "senior").withReportsTo(id(0)))
                .add(Position.of("p2", "CFO", "senior").withReportsTo(id(0)).withDottedLines(List.of(id(1))))
                .build();
        ChartLayout l = layout.layout(chart, CardSizer.fixed(100, 50));

        Edge e = l.dottedLines().get(0);
        assertTrue(e.dotted());
        assertEquals(List.of(new Point(100, 115), new Point(120, 115)), e.points());
    }

    @Test
    void anEmptyChartHasNoBoxes() {
        ChartLayout l = layout.layout(TestCharts.fromParents(new int[0]), CardSizer.fixed(10, 10));

        assertEquals(new Box(0, 0, 0, 0), l.bounds());
        assertTrue(l.positionsIn(-100, -100, 1000, 1000).isEmpty());
        assertTrue(l.positionAt(0, 0).isEmpty());
        assertTrue(l.edgesIn(-100, -100, 1000, 1000).isEmpty());
    }

    @Test
    void aChainOfOneHundredThousandPositionsLaysOutWithoutRecursion() {
        int n = 100_000;
        ChartLayout l = layout.layout(TestCharts.chain(n), CardSizer.fixed(100, 40));

        assertEquals(n, l.size());
        Box last = l.box(id(n - 1)).orElseThrow();
        assertEquals(new Box(0, (n - 1) * 80.0, 100, 40), last);
        assertEquals(PositionId.of("p" + (n - 1)), l.positionAt(50, last.y() + 1).orElseThrow());
        assertEquals(List.of(id(n - 2), id(n - 1)), l.positionsIn(0, last.y() - 60, 10, 70));
        assertEquals(1, l.edgesIn(0, last.y() - 30, 200, 10).size());
        assertEquals(n - 1, l.edges().size());
    }

    @Test
    void aManagerOfOneHundredThousandReportsCostsWhatTheViewShows() {
        int n = 100_000;
        ChartLayout l = layout.layout(TestCharts.fan(n), CardSizer.fixed(100, 40));

        Box manager = l.box(id(0)).orElseThrow();
        Box lastReport = l.box(id(n)).orElseThrow();
        assertEquals((n - 1) * 120.0, lastReport.x());
        assertEquals(lastReport.right() / 2, manager.centreX(), 1e-6);
        // A view just under the manager: its bar passes through, four reports are in view.
        List<Edge> visible = l.edgesIn(manager.x(), manager.bottom() + 1, 300, 100);
        assertTrue(visible.size() <= 6, "a view of four reports gets a few edges, not " + visible.size());
        assertEquals(List.of(id(50_000), id(50_001), id(50_002), id(50_003)),
                l.positionsIn(manager.x(), manager.bottom() + 1, 300, 100));
    }

    /**
     * The sample's Executive Assistant sits beside the CEO's line, between the CEO and the senior
     * team, in every mode, not in the row of the CTO, COO and CFO.
     */
    @Test
    void theSamplesExecutiveAssistantSitsBesideTheChiefExecutivesLine() {
        Chart sample = dev.orgwright.io.SampleCharts.leadershipTeam();
        PositionId ceo = PositionId.of("ceo");
        PositionId assistant = PositionId.of("ceo-assistant");
        for (LayoutOptions.Mode mode : LayoutOptions.Mode.values()) {
            for (LayoutOptions.Rows rows : LayoutOptions.Rows.values()) {
                LayoutOptions options = LayoutOptions.DEFAULT.withMode(mode).withRows(rows);
                ChartLayout layout = new TreeLayout(options).layout(sample, CardSizer.fixed(160, 60));
                Box chief = layout.box(ceo).orElseThrow();
                Box beside = layout.box(assistant).orElseThrow();
                for (PositionId senior : List.of(PositionId.of("cto"), PositionId.of("coo"), PositionId.of("cfo"))) {
                    assertTrue(beside.bottom() < layout.box(senior).orElseThrow().y(),
                            "the assistant is above " + senior + " in " + options);
                }
                assertTrue(beside.y() > chief.bottom(), "below the CEO in " + options);
                assertTrue(beside.right() < chief.centreX() || beside.x() > chief.centreX(),
                        "beside the CEO's line in " + options);
                Edge line = layout.edges().stream().filter(e -> e.report().equals(assistant)).findFirst().orElseThrow();
                Point end = line.points().get(line.points().size() - 1);
                assertEquals(beside.centreY(), end.y(), 1e-9, "the line reaches the side of the card in " + options);
            }
        }
    }

    /**
     * An assistant with a team of two: the assistant still sits beside the CEO's line in every
     * mode, its team hangs below it on its side of the line, and the senior team starts below
     * them, all in one row.
     */
    @Test
    void anAssistantWithATeamSitsBesideTheLineWithItsTeamAboveTheOtherReports() throws InvalidChartException {
        Chart sample = dev.orgwright.io.SampleCharts.leadershipTeam();
        PositionId assistant = PositionId.of("ceo-assistant");
        String tier = sample.tiers().get(sample.tiers().size() - 1).id();
        Chart chart = Chart.builder().title("Assistant with a team").tiers(sample.tiers()).addAll(sample.inTreeOrder())
                .add(Position.of("office", "Office Coordinator", tier).withReportsTo(assistant))
                .add(Position.of("desk", "Receptionist", tier).withReportsTo(assistant))
                .build();
        List<PositionId> seniors = List.of(PositionId.of("cto"), PositionId.of("coo"), PositionId.of("cfo"));
        for (LayoutOptions.Mode mode : LayoutOptions.Mode.values()) {
            for (LayoutOptions.Rows rows : LayoutOptions.Rows.values()) {
                LayoutOptions options = LayoutOptions.DEFAULT.withMode(mode).withRows(rows);
                ChartLayout layout = new TreeLayout(options).layout(chart, CardSizer.fixed(160, 60));
                Box chief = layout.box(PositionId.of("ceo")).orElseThrow();
                Box beside = layout.box(assistant).orElseThrow();
                Box office = layout.box(PositionId.of("office")).orElseThrow();
                Box desk = layout.box(PositionId.of("desk")).orElseThrow();
                Edge line = layout.edges().stream().filter(e -> e.report().equals(assistant)).findFirst().orElseThrow();
                assertEquals(3, line.points().size(), "the assistant's line runs into its side in " + options);
                boolean left = beside.right() < chief.centreX();
                double top = layout.box(seniors.get(0)).orElseThrow().y();
                for (Box report : List.of(office, desk)) {
                    assertTrue(report.y() > beside.bottom(), "the assistant's team is below it in " + options);
                    assertTrue(left ? report.right() < chief.centreX() : report.x() > chief.centreX(),
                            "the assistant's team is on its side of the CEO's line in " + options);
                    assertTrue(report.bottom() < top, "the assistant's team is above the senior team in " + options);
                }
                for (PositionId senior : seniors) {
                    assertEquals(top, layout.box(senior).orElseThrow().y(), 1e-9, "the senior team in one row in " + options);
                }
            }
        }
    }
}
