package dev.orgwright.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.bench.IoBenchmark;
import dev.orgwright.layout.Box;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The camera of a canvas, without a window. */
class ChartViewTest {

    private static final double WIDTH = 1200;
    private static final double HEIGHT = 800;

    private static void assertEveryCardInView(Chart chart, ChartView view) {
        for (Position p : chart.inTreeOrder()) {
            Box b = view.viewBoxOf(p.id()).orElseThrow();
            assertTrue(b.x() >= -1e-6 && b.y() >= -1e-6 && b.right() <= WIDTH + 1e-6 && b.bottom() <= HEIGHT + 1e-6,
                    p.id() + " at " + b + " is outside the view");
        }
    }

    @Test
    void fitAllShowsEveryCardOfALargeChartHoweverSmallThatMakesIt() throws Exception {
        Chart chart = IoBenchmark.realisticChart(5_000, new Random(7));
        ChartLayout layout = new TreeLayout().layout(chart, CardSizer.fixed(180, 64));
        ChartView view = ChartView.of(() -> layout, () -> { });
        view.resize(WIDTH, HEIGHT);

        view.fit();

        assertTrue(view.viewport().scale() < Camera.MIN_SCALE, "this chart needs less than the zoom-out limit: "
                + view.viewport().scale());
        assertEveryCardInView(chart, view);
        double fitted = view.viewport().scale();
        view.zoomBy(0.5);
        assertEquals(fitted, view.viewport().scale(), 1e-12, "zooming out stops where the fit went");
        view.zoomBy(4);
        assertEquals(fitted * 4, view.viewport().scale(), 1e-12);
    }

    @Test
    void aNewlyShownWideChartStartsAtItsTopPost() throws Exception {
        // The top post sits over the middle of its two reports, far from the middle of the chart:
        // one report leads 200 people side by side, the other two.
        java.util.List<Position> all = new java.util.ArrayList<>();
        all.add(new Position(PositionId.of("top"), "Director", "", null, java.util.List.of(), null,
                java.util.List.of(), "", "", false, null));
        for (String lead : java.util.List.of("wide", "narrow")) {
            all.add(new Position(PositionId.of(lead), "Lead", "", null, java.util.List.of(), PositionId.of("top"),
                    java.util.List.of(), "", "", false, null));
        }
        for (int i = 0; i < 202; i++) {
            all.add(new Position(PositionId.of("p" + i), "Officer", "", null, java.util.List.of(),
                    PositionId.of(i < 200 ? "wide" : "narrow"), java.util.List.of(), "", "", false, null));
        }
        Chart chart = Chart.builder().title("Wide").addAll(all).build();
        ChartLayout layout = new TreeLayout().layout(chart, CardSizer.fixed(180, 64));
        assertTrue(Math.abs(layout.box(PositionId.of("top")).orElseThrow().centreX() - layout.bounds().centreX())
                > WIDTH / ChartView.READABLE_SCALE, "the top post is far from the middle");
        ChartView view = ChartView.of(() -> layout, () -> { });
        view.resize(WIDTH, HEIGHT);

        view.fitReadable();

        Box top = view.viewBoxOf(chart.roots().get(0)).orElseThrow();
        assertTrue(top.x() >= 0 && top.right() <= WIDTH && top.y() >= 0 && top.bottom() <= HEIGHT,
                "the top post at " + top + " is in the view");
    }

    @Test
    void aNewlyShownChartFarTooBigToReadWholeOpensWholeAndZoomingOutStopsAtTheUsualLimit() throws Exception {
        Chart chart = IoBenchmark.realisticChart(5_000, new Random(7));
        ChartLayout layout = new TreeLayout().layout(chart, CardSizer.fixed(180, 64));
        ChartView view = ChartView.of(() -> layout, () -> { });
        view.resize(WIDTH, HEIGHT);

        view.fitReadable();
        // A tidy tree of 5,000 fits at well under 1 %: it is shown whole, every card in the view.
        double fitted = view.viewport().scale();
        assertTrue(fitted < ChartView.READABLE_SCALE * ChartView.OPEN_WHOLE_BELOW, "opened at " + fitted);
        Box bounds = layout.bounds();
        assertTrue(view.viewport().toSurfaceX(bounds.x()) >= 0 && view.viewport().toSurfaceX(bounds.right()) <= WIDTH
                && view.viewport().toSurfaceY(bounds.y()) >= 0 && view.viewport().toSurfaceY(bounds.bottom()) <= HEIGHT,
                "the whole chart is in the view");
        for (int i = 0; i < 40; i++) {
            view.zoomBy(0.5);
        }
        assertEquals(Math.min(fitted, Camera.MIN_SCALE), view.viewport().scale(), 1e-12);
    }

    @Test
    void aChartThatFitsNearTheReadableZoomOpensReadableFromItsTop() throws Exception {
        // Forty teams of five: at the readable zoom wider than the view, whole at about a third.
        java.util.List<Position> all = new java.util.ArrayList<>();
        all.add(new Position(PositionId.of("top"), "Director", "", null, java.util.List.of(), null,
                java.util.List.of(), "", "", false, null));
        for (int t = 0; t < 12; t++) {
            all.add(new Position(PositionId.of("lead" + t), "Lead", "", null, java.util.List.of(),
                    PositionId.of("top"), java.util.List.of(), "", "", false, null));
            for (int i = 0; i < 5; i++) {
                all.add(new Position(PositionId.of("p" + t + "-" + i), "Officer", "", null, java.util.List.of(),
                        PositionId.of("lead" + t), java.util.List.of(), "", "", false, null));
            }
        }
        Chart chart = Chart.builder().title("Rows").addAll(all).build();
        ChartLayout layout = new TreeLayout(dev.orgwright.layout.LayoutOptions.DEFAULT
                .withMode(dev.orgwright.layout.LayoutOptions.Mode.COMPACT)).layout(chart, CardSizer.fixed(180, 64));
        ChartView whole = ChartView.of(() -> layout, () -> { });
        whole.resize(WIDTH, HEIGHT);
        whole.fit();
        double fits = whole.viewport().scale();
        assertTrue(fits < ChartView.READABLE_SCALE && fits >= ChartView.READABLE_SCALE * ChartView.OPEN_WHOLE_BELOW,
                "fits at " + fits);
        ChartView view = ChartView.of(() -> layout, () -> { });
        view.resize(WIDTH, HEIGHT);

        view.fitReadable();

        assertEquals(ChartView.READABLE_SCALE, view.viewport().scale(), 1e-12);
    }
}
