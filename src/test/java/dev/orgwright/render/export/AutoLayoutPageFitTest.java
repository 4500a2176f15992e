package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.ImportOptions;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.render.CardMetrics;
import dev.orgwright.render.Theme;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The automatic layout makes a real HR export (107 positions, a manager with 14 direct reports
 * and 100 people below) readable on one A4 page: the tidy tree draws it as a strip whose titles
 * come out at well under a point.
 */
class AutoLayoutPageFitTest {

    private static final ExportFonts FONTS = new ExportFonts();

    private static Chart fixture() throws Exception {
        Path csv = Path.of(AutoLayoutPageFitTest.class.getResource("/dev/orgwright/io/csv/org-chart-sample.csv").toURI());
        return CsvImport.importFile(csv, ImportOptions.titled("HR sample")).chart();
    }

    /** The size, in points, at which the card titles are printed on one A4 landscape page. */
    private static double titlePoints(Chart chart, LayoutOptions layout) {
        ExportRequest request = new ExportRequest(chart, null, ExportOptions.DEFAULT, layout, Set.of(), Theme.LIGHT, 1,
                PageSetup.A4_FIT);
        return new PdfExporter(FONTS).plan(request).scale() * CardMetrics.TITLE_SIZE;
    }

    @Test
    void onOneA4PageEveryTitleIsPrintedAtFivePointsOrMore() throws Exception {
        Chart chart = fixture();
        double tidy = titlePoints(chart, LayoutOptions.DEFAULT);
        double auto = titlePoints(chart, LayoutOptions.AUTO.withAspect(PdfExporter.printableAspect(PageSetup.A4_FIT)));
        assertTrue(tidy < 1, "the tidy tree is a strip: " + tidy + " pt");
        // 5.03 points: reports that follow a deep subtree are tucked beside it, teams of leaves take a narrower
        // shape where their row is deep anyway, stacked leaves stand half a gap apart, each row of a wrapped team
        // leans to the side where the rows above left room, and the legend sits in the empty corner beside the top
        // card instead of in a band of its own above the chart.
        assertTrue(auto >= 5 && auto >= 6 * tidy, "titles at " + auto + " pt, against " + tidy + " pt in the tidy tree");
    }
}
