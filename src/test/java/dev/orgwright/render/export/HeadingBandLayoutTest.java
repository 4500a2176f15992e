package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.render.ColourBy;
import dev.orgwright.render.Theme;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The automatic layout of a PDF aims at the area the chart gets: the page less the band its
 * heading takes above the chart. The Cabinet Office organogram coloured by its 46 departments has
 * a legend of eleven rows, a third of an A4 landscape page; aimed at the whole page, the chart then
 * filled only the left half of what the legend left. A legend in the chart's empty corner leaves
 * the whole page to the chart, and the chart is laid out once, as before.
 */
class HeadingBandLayoutTest {

    private static final ExportFonts FONTS = new ExportFonts();

    /** As the command line exports to one page: the automatic layout, aimed at the page's shape. */
    private static ExportRequest request(Chart chart, Theme theme, PageSetup page) {
        LayoutOptions auto = LayoutOptions.AUTO.withAspect(PdfExporter.printableAspect(page));
        return new ExportRequest(chart, null, ExportOptions.DEFAULT, auto, Set.of(), theme, 1, page);
    }

    /** The share of the pages' printable area the chart's cards and lines take, as the plan prints them. */
    private static double filled(PagePlan plan, PageSetup page) {
        Box drawn = plan.sheet().region();
        double area = page.columns() * (page.width() - 2 * PdfExporter.MARGIN)
                * page.rows() * (page.height() - 2 * PdfExporter.MARGIN - PdfExporter.FOOTER);
        return drawn.width() * plan.scale() * drawn.height() * plan.scale() / area;
    }

    /** A planner that counts the layouts it makes. */
    private static final class Counting implements Function<ExportRequest, ExportSheet> {
        int layouts;

        @Override
        public ExportSheet apply(ExportRequest request) {
            layouts++;
            return request.sheet(FONTS);
        }
    }

    @Test
    void theCabinetOfficeColouredByItsDepartmentsIsLaidOutForWhatItsLegendLeavesOfThePage() throws Exception {
        Chart chart = OrganogramBookTest.pair("cabinet-office");
        Theme byDepartment = Theme.of(chart).withColourBy(ColourBy.DEPARTMENT);
        PageSetup page = PageSetup.A4_FIT;
        ExportRequest request = request(chart, byDepartment, page);
        PdfExporter pdf = new PdfExporter(FONTS);
        // Aimed at the whole page: the plan of the sheet as first laid out.
        PagePlan wholePage = pdf.plan(request, request.sheet(FONTS));
        assertTrue(wholePage.headingBand() > 0.25 * (page.height() - 2 * PdfExporter.MARGIN - PdfExporter.FOOTER),
                "the legend takes a band of " + wholePage.headingBand() + " pt");
        PagePlan plan = pdf.plan(request);
        double before = filled(wholePage, page);
        double after = filled(plan, page);
        // 0.33 of the page aimed at the whole page; 0.50 aimed at what the legend leaves.
        assertTrue(after >= 1.25 * before, "the chart fills " + after + " of the page, against " + before);
        assertTrue(plan.scale() > 1.15 * wholePage.scale(), "printed at " + plan.scale() + ", against " + wholePage.scale());
        // The legend stays as large, and no card comes under it.
        assertEquals(wholePage.sheet().headingZoom() * wholePage.scale(), plan.sheet().headingZoom() * plan.scale(), 1e-6);
        Box heading = plan.sheet().headingBox();
        assertTrue(plan.sheet().sheetY(plan.sheet().region().y()) >= heading.bottom(), "the chart starts below the legend");
    }

    @Test
    void aLegendInTheEmptyCornerCostsNoSecondLayoutAndChangesNothing() throws Exception {
        Chart hr = BookExporterTest.hrSample();
        ExportRequest request = request(hr, Theme.of(hr), PageSetup.A4_FIT);
        Counting sheets = new Counting();
        PagePlan plan = new PdfExporter(FONTS).plan(request, sheets);
        assertEquals(0, plan.headingBand(), 1e-9, "the legend sits in the corner");
        assertEquals(1, sheets.layouts);
        assertEquals(new PdfExporter(FONTS).plan(request, request.sheet(FONTS)).scale(), plan.scale(), 1e-12);
    }
}
