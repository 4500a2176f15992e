package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.ImportOptions;
import dev.orgwright.layout.Box;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.Edge;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.Point;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.render.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The heading and legend of an export sit in the chart's top-left corner when the chart leaves
 * it empty, so the page draws the chart larger; otherwise they stay above the chart. Either way
 * they cover no card and no line.
 */
class HeadingCornerTest {

    private static final ExportFonts FONTS = new ExportFonts();

    private static Chart hrSample() throws Exception {
        Path csv = Path.of(HeadingCornerTest.class.getResource("/dev/orgwright/io/csv/org-chart-sample.csv").toURI());
        return CsvImport.importFile(csv, ImportOptions.titled("HR sample")).chart();
    }

    /** The sheet as one A4 page draws it, its heading at the size that page prints it. */
    private static ExportSheet sheet(Chart chart, ExportOptions options, LayoutOptions layout) {
        ExportRequest request = new ExportRequest(chart, null, options, layout, Set.of(), Theme.LIGHT, 1, PageSetup.A4_FIT);
        return new PdfExporter(FONTS).plan(request).sheet();
    }

    private static boolean overlaps(Box a, Box b) {
        return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
    }

    /** Fails when a card or a segment of a reporting line, in sheet units, touches the heading. */
    private static void assertHeadingCoversNothing(ExportSheet sheet) {
        Box heading = sheet.headingBox();
        ChartLayout layout = sheet.layout();
        for (Position p : sheet.chart().inTreeOrder()) {
            Box b = layout.box(p.id()).orElseThrow();
            Box card = new Box(sheet.sheetX(b.x()), sheet.sheetY(b.y()), b.width(), b.height());
            assertFalse(overlaps(card, heading), p.title() + " at " + card + " under the heading at " + heading);
        }
        for (Edge e : layout.edges()) {
            List<Point> points = e.points();
            for (int i = 1; i < points.size(); i++) {
                Point a = points.get(i - 1);
                Point c = points.get(i);
                Box segment = new Box(sheet.sheetX(Math.min(a.x(), c.x())), sheet.sheetY(Math.min(a.y(), c.y())),
                        Math.abs(a.x() - c.x()) + 1e-6, Math.abs(a.y() - c.y()) + 1e-6);
                assertFalse(overlaps(segment, heading), "a line at " + segment + " under the heading at " + heading);
            }
        }
    }

    @Test
    void theHrSampleInTheAutomaticLayoutTakesItsHeadingIntoTheEmptyCornerBesideItsTopCard() throws Exception {
        Chart chart = hrSample();
        LayoutOptions auto = LayoutOptions.AUTO.withAspect(PdfExporter.printableAspect(PageSetup.A4_FIT));
        ExportSheet withLegend = sheet(chart, ExportOptions.DEFAULT, auto);
        ExportSheet bare = sheet(chart, ExportOptions.DEFAULT.withLegend(false), auto);
        assertTrue(withLegend.headingBox().height() > 0, "the legend has a height");
        assertEquals(bare.height(), withLegend.height(), "the legend adds nothing to the sheet's height");
        assertEquals(ExportSheet.MARGIN, withLegend.sheetY(withLegend.region().y()), 1e-9, "the chart starts at the margin");
        assertHeadingCoversNothing(withLegend);
    }

    @Test
    void aChartWithACardInItsTopLeftCornerKeepsItsHeadingAbove() throws Exception {
        // The CEO stands right above its one report, at the chart's left edge.
        Chart chart = Chart.builder().title("Two")
                .add(Position.of("ceo", "Chief Executive Officer", "senior"))
                .add(Position.of("cto", "Chief Technology Officer", "senior").withReportsTo(dev.orgwright.model.PositionId.of("ceo")))
                .build();
        ExportSheet withLegend = sheet(chart, ExportOptions.DEFAULT, LayoutOptions.DEFAULT);
        ExportSheet bare = sheet(chart, ExportOptions.DEFAULT.withLegend(false), LayoutOptions.DEFAULT);
        Box heading = withLegend.headingBox();
        assertTrue(heading.height() > 0, "the legend has a height");
        assertTrue(withLegend.height() >= bare.height() + heading.height() - 1, "the legend's band is added above the chart");
        assertTrue(withLegend.sheetY(withLegend.region().y()) > heading.bottom(), "the chart starts below the heading");
        assertHeadingCoversNothing(withLegend);
    }
}
