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
    void aNewlyShownChartStopsAtTheReadableScaleAndZoomingOutAtTheUsualLimit() throws Exception {
        Chart chart = IoBenchmark.realisticChart(5_000, new Random(7));
        ChartLayout layout = new TreeLayout().layout(chart, CardSizer.fixed(180, 64));
        ChartView view = ChartView.of(() -> layout, () -> { });
        view.resize(WIDTH, HEIGHT);

        view.fitReadable();
        assertEquals(ChartView.READABLE_SCALE, view.viewport().scale(), 1e-12);
        for (int i = 0; i < 40; i++) {
            view.zoomBy(0.5);
        }
        assertEquals(Camera.MIN_SCALE, view.viewport().scale(), 1e-12);
    }
}
