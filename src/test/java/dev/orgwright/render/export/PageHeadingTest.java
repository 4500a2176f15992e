package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.ImportOptions;
import dev.orgwright.layout.Box;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.render.CardColouring;
import dev.orgwright.render.CardMetrics;
import dev.orgwright.render.Theme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The heading (title, date) and the legend of an export are the page's: a chart shrunk to fit a
 * page prints them at a readable size, read back from the PDF as the reader sees them, and its
 * cards keep clear of them. A picture (SVG) carries the heading its page would print.
 */
class PageHeadingTest {

    private static final ExportFonts FONTS = new ExportFonts();
    private static final String TITLE = "Organisation 2026";
    private static final LocalDate DATE = LocalDate.of(2026, 12, 4);
    private static final ExportOptions HEADED = ExportOptions.DEFAULT.withTitle(TITLE).withDate(DATE);
    /** The least sizes promised, in points: the sheet's own sizes (20, 12) at the least heading scale. */
    private static final double TITLE_POINTS = 20 * ExportSheet.LEAST_HEADING_SCALE;
    private static final double LEGEND_POINTS = 12 * ExportSheet.LEAST_HEADING_SCALE;
    private static final double ROUNDING = 0.01;

    private static Chart large;

    /** One run of text on a page as a reader sees it: its size in points and its box, y down from the top. */
    private record Run(String text, double size, Box box) {
    }

    private static synchronized Chart large() {
        if (large == null) {
            large = ExportFixtures.generated(5000, 5);
        }
        return large;
    }

    private static Chart hrSample() throws Exception {
        Path csv = Path.of(PageHeadingTest.class.getResource("/dev/orgwright/io/csv/org-chart-sample.csv").toURI());
        return CsvImport.importFile(csv, ImportOptions.titled("HR sample")).chart();
    }

    /** As the command line exports: the automatic layout, aimed at the page's shape. */
    private static ExportRequest request(Chart chart, ExportOptions options, PageSetup page) {
        LayoutOptions auto = LayoutOptions.AUTO.withAspect(PdfExporter.printableAspect(page));
        return new ExportRequest(chart, null, options, auto, Set.of(), Theme.of(chart), 1, page);
    }

    private static byte[] pdf(ExportRequest request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(FONTS).write(request, out);
        return out.toByteArray();
    }

    /** Every run of text on each page, with the size it is printed at (the font's size times the page's scaling). */
    private static List<List<Run>> runs(byte[] pdf) throws IOException {
        List<List<Run>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                List<Run> runs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        TextPosition first = positions.get(0);
                        TextPosition last = positions.get(positions.size() - 1);
                        double size = first.getYScale();
                        double left = first.getXDirAdj();
                        double baseline = first.getYDirAdj();
                        runs.add(new Run(text, size, new Box(left, baseline - size,
                                last.getXDirAdj() + last.getWidthDirAdj() - left, size * 1.25)));
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
                pages.add(runs);
            }
        }
        return pages;
    }

    private static Run run(List<Run> runs, String text) {
        return runs.stream().filter(r -> r.text().strip().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + text + "\" on the page"));
    }

    /** The names the legend explains: the tiers the chart's cards are coloured by. */
    private static List<String> tierNames(Chart chart) {
        return legendNames(chart, Theme.of(chart));
    }

    private static List<String> legendNames(Chart chart, Theme theme) {
        return CardColouring.of(theme, chart, null, false).legend().stream().map(CardColouring.Entry::name).toList();
    }

    private static boolean overlaps(Box a, Box b) {
        return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
    }

    /**
     * The heading's title, date and legend on page 1 of a one-page export are at least the
     * promised sizes, and no other text of the page (the cards' texts) comes into the area they
     * take; returns the heading's area, in points.
     */
    private static Box assertReadableHeading(List<Run> page, Chart chart) {
        return assertReadableHeading(page, tierNames(chart));
    }

    private static Box assertReadableHeading(List<Run> page, List<String> legend) {
        Run title = run(page, TITLE);
        Run date = run(page, "4 December 2026");
        assertTrue(title.size() >= TITLE_POINTS - ROUNDING, "the title at " + title.size() + " pt");
        assertTrue(date.size() >= LEGEND_POINTS - ROUNDING, "the date at " + date.size() + " pt");
        assertFalse(legend.isEmpty());
        double left = title.box().x();
        double top = title.box().y();
        double right = Math.max(title.box().right(), date.box().right());
        double bottom = date.box().bottom();
        for (String name : legend) {
            Run entry = run(page, name);
            assertTrue(entry.size() >= LEGEND_POINTS - ROUNDING, "the legend's \"" + name + "\" at " + entry.size() + " pt");
            right = Math.max(right, entry.box().right());
            bottom = Math.max(bottom, entry.box().bottom());
        }
        Box heading = new Box(left, top, right - left, bottom - top);
        Set<String> headingTexts = new java.util.HashSet<>(legend);
        headingTexts.add(TITLE);
        headingTexts.add("4 December 2026");
        for (Run r : page) {
            if (!headingTexts.contains(r.text().strip())) {
                assertFalse(overlaps(r.box(), heading), "\"" + r.text() + "\" at " + r.box() + " in the heading at " + heading);
            }
        }
        return heading;
    }

    /** No card of the sheet a plan draws lies under its heading, in sheet units. */
    private static void assertNoCardUnderTheHeading(ExportSheet sheet) {
        Box heading = sheet.headingBox();
        assertTrue(heading.height() > 0);
        for (Position p : sheet.chart().inTreeOrder()) {
            Box b = sheet.layout().box(p.id()).orElseThrow();
            Box card = new Box(sheet.sheetX(b.x()), sheet.sheetY(b.y()), b.width(), b.height());
            assertFalse(overlaps(card, heading), p.title() + " at " + card + " under the heading at " + heading);
        }
    }

    @Test
    void aChartOf5000PositionsOnOneA4PagePrintsItsHeadingAndLegendReadablyAndItsCardsClearOfThem() throws Exception {
        ExportRequest request = request(large(), HEADED, PageSetup.A4_FIT);
        List<List<Run>> pages = runs(pdf(request));
        assertEquals(1, pages.size());
        assertReadableHeading(pages.get(0), large());
        PagePlan plan = new PdfExporter(FONTS).plan(request);
        assertTrue(plan.scale() < 0.1, "the chart itself is shrunk far: " + plan.scale());
        assertNoCardUnderTheHeading(plan.sheet());
    }

    @Test
    void theHrSampleOnOnePagePrintsItsHeadingReadablyAndItsLegendStillSitsInItsEmptyCorner() throws Exception {
        Chart hr = hrSample();
        List<List<Run>> pages = runs(pdf(request(hr, HEADED, PageSetup.A4_FIT)));
        assertReadableHeading(pages.get(0), hr);
        // With only its legend, the corner beside the top card holds it, and the cards print as large as before.
        ExportRequest plain = request(hr, ExportOptions.DEFAULT, PageSetup.A4_FIT);
        PagePlan plan = new PdfExporter(FONTS).plan(plain);
        assertEquals(ExportSheet.MARGIN, plan.sheet().sheetY(plan.sheet().region().y()), 1e-9, "the chart starts at the margin");
        assertNoCardUnderTheHeading(plan.sheet());
        assertTrue(plan.scale() * CardMetrics.TITLE_SIZE >= 5, "titles at " + plan.scale() * CardMetrics.TITLE_SIZE + " pt");
        for (String name : tierNames(hr)) {
            Run entry = run(runs(pdf(plain)).get(0), name);
            assertTrue(entry.size() >= LEGEND_POINTS - ROUNDING, name + " at " + entry.size() + " pt");
        }
    }

    @Test
    void aSmallChartPrintedLargeKeepsItsHeadingAtItsOwnScale() throws Exception {
        Chart small = ExportFixtures.tricky();
        PagePlan plan = new PdfExporter(FONTS).plan(request(small, HEADED, PageSetup.A4_FIT));
        assertEquals(1, plan.scale(), 1e-9, "life size");
        assertEquals(1, plan.sheet().headingZoom(), 1e-9);
        Run title = run(runs(pdf(request(small, HEADED, PageSetup.A4_FIT))).get(0), TITLE);
        assertEquals(20, title.size(), ROUNDING);
    }

    @Test
    void aGridOfPagesPrintsTheHeadingReadablyOnItsFirstPageOnly() throws Exception {
        ExportRequest request = request(large(), HEADED, PageSetup.A4_FIT.withGrid(3, 2));
        List<List<Run>> pages = runs(pdf(request));
        assertTrue(pages.size() > 1);
        assertReadableHeading(pages.get(0), large());
        for (int i = 1; i < pages.size(); i++) {
            assertTrue(pages.get(i).stream().noneMatch(r -> r.text().strip().equals(TITLE)), "page " + (i + 1));
        }
        assertNoCardUnderTheHeading(new PdfExporter(FONTS).plan(request).sheet());
    }

    /** A generated chart of 2,000 positions spread over forty departments with long names. */
    private static Chart fortyDepartments() throws Exception {
        Chart generated = ExportFixtures.generated(2000, 11);
        dev.orgwright.model.ChartBuilder builder = Chart.builder().title(generated.title()).tiers(generated.tiers());
        int i = 0;
        for (Position p : generated.inTreeOrder()) {
            builder.add(p.withDepartment("Directorate of Programme Delivery " + (i++ % 40 + 1)));
        }
        return builder.build();
    }

    @Test
    void aLegendOfFortyDepartmentsGoesOnOverRowsAtItsReadableSizeWithinThePage() throws Exception {
        Chart chart = fortyDepartments();
        Theme byDepartment = Theme.of(chart).withColourBy(dev.orgwright.render.ColourBy.DEPARTMENT);
        ExportRequest request = new ExportRequest(chart, null, HEADED,
                LayoutOptions.AUTO.withAspect(PdfExporter.printableAspect(PageSetup.A4_FIT)), Set.of(), byDepartment, 1,
                PageSetup.A4_FIT);
        List<String> legend = legendNames(chart, byDepartment);
        assertTrue(legend.size() >= 40, legend.toString());
        List<Run> page = runs(pdf(request)).get(0);
        Box heading = assertReadableHeading(page, legend);
        assertTrue(heading.right() <= PageSetup.A4_FIT.width() - PdfExporter.MARGIN + 0.5, "the legend ends at " + heading.right());
        java.util.Set<Double> rows = new java.util.TreeSet<>();
        for (String name : legend) {
            rows.add((double) Math.round(run(page, name).box().y()));
        }
        assertTrue(rows.size() > 1, "the legend goes on over rows: " + rows);
        assertNoCardUnderTheHeading(new PdfExporter(FONTS).plan(request).sheet());
    }

    /** A book as the command line writes it: the automatic layout, aimed at the shape of a book's page. */
    private static ExportRequest bookRequest(Chart chart, Theme theme) {
        LayoutOptions auto = LayoutOptions.AUTO.withAspect(BookPlan.aspect(PageSetup.A4_FIT));
        return new ExportRequest(chart, null, ExportOptions.DEFAULT, auto, Set.of(), theme, 1, PageSetup.A4_FIT);
    }

    private static byte[] book(ExportRequest request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BookExporter(FONTS, BookExporterTest.LABELS).write(request, out);
        return out.toByteArray();
    }

    /**
     * On the first page of a book, read back from the PDF: every entry of the legend at the
     * least size promised, and no other text of the page in the area the legend takes; the plan
     * puts no card under it either. Returns the legend's area, in points.
     */
    private static Box assertReadableLegendOnTheFirstPage(ExportRequest request) throws IOException {
        BookPlan plan = BookPlan.of(request, FONTS);
        ExportSheet first = plan.sheet(plan.pages().get(0));
        // The legend explains the tiers (or departments) of the first page's cards.
        List<String> legend = legendNames(first.chart(), request.theme());
        assertFalse(legend.isEmpty());
        List<Run> page = runs(book(request)).get(0);
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (String name : legend) {
            Run entry = run(page, name);
            assertTrue(entry.size() >= LEGEND_POINTS - ROUNDING, "the legend's \"" + name + "\" at " + entry.size() + " pt");
            left = Math.min(left, entry.box().x());
            top = Math.min(top, entry.box().y());
            right = Math.max(right, entry.box().right());
            bottom = Math.max(bottom, entry.box().bottom());
        }
        Box area = new Box(left, top, right - left, bottom - top);
        Set<String> names = new java.util.HashSet<>(legend);
        for (Run r : page) {
            if (!names.contains(r.text().strip())) {
                assertFalse(overlaps(r.box(), area), "\"" + r.text() + "\" at " + r.box() + " in the legend at " + area);
            }
        }
        assertNoCardUnderTheHeading(first);
        // The cards stay readable: the larger legend is planned with the page, not drawn over it.
        assertTrue(plan.titlePoints(plan.pages().get(0)) >= BookPlan.MIN_TITLE_POINTS, "titles at "
                + plan.titlePoints(plan.pages().get(0)) + " pt");
        return area;
    }

    @Test
    void theFirstPageOfABookOf5000PositionsPrintsItsLegendAsReadablyAsAOnePageExport() throws Exception {
        assertReadableLegendOnTheFirstPage(bookRequest(large(), Theme.of(large())));
    }

    @Test
    void aBookWhoseLegendOfFortyDepartmentsGoesOnOverRowsPrintsItReadablyAboveItsFirstPagesCards() throws Exception {
        Chart chart = fortyDepartments();
        Theme byDepartment = Theme.of(chart).withColourBy(dev.orgwright.render.ColourBy.DEPARTMENT);
        Box area = assertReadableLegendOnTheFirstPage(bookRequest(chart, byDepartment));
        assertTrue(area.right() <= PageSetup.A4_FIT.width() - PdfExporter.MARGIN + 0.5, "the legend ends at " + area.right());
    }

    /** The font sizes of an SVG's text classes, in SVG pixels. */
    private static Map<String, Double> classSizes(String svg) {
        Map<String, Double> sizes = new HashMap<>();
        Matcher m = Pattern.compile("\\.(t\\d+) \\{font: (?:bold )?(?:italic )?([\\d.]+)px").matcher(svg);
        while (m.find()) {
            sizes.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return sizes;
    }

    private static double svgSize(String svg, Map<String, Double> sizes, String text) {
        Matcher m = Pattern.compile("<text[^>]*class=\"(t\\d+)\"[^>]*>" + Pattern.quote(text) + "</text>").matcher(svg);
        assertTrue(m.find(), "no \"" + text + "\" in the SVG");
        return sizes.get(m.group(1));
    }

    @Test
    void anSvgOf5000PositionsCarriesTheHeadingItsPageWouldPrint() throws Exception {
        ExportRequest request = request(large(), HEADED, PageSetup.A4_FIT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgExporter(FONTS).write(request, out);
        String svg = out.toString(StandardCharsets.UTF_8);
        Matcher size = Pattern.compile("<svg[^>]* width=\"([\\d.]+)\" height=\"([\\d.]+)\"").matcher(svg);
        assertTrue(size.find());
        // The picture shown whole on the printable part of an A4 page: points per SVG pixel.
        PageSetup a4 = PageSetup.A4_FIT;
        double fit = Math.min((a4.width() - 2 * PdfExporter.MARGIN) / Double.parseDouble(size.group(1)),
                (a4.height() - 2 * PdfExporter.MARGIN - PdfExporter.FOOTER) / Double.parseDouble(size.group(2)));
        Map<String, Double> sizes = classSizes(svg);
        double title = svgSize(svg, sizes, TITLE) * fit;
        assertTrue(title >= TITLE_POINTS - ROUNDING, "the title at " + title + " pt");
        for (String name : tierNames(large())) {
            double legend = svgSize(svg, sizes, name) * fit;
            assertTrue(legend >= LEGEND_POINTS - ROUNDING, name + " at " + legend + " pt");
        }
        assertNoCardUnderTheHeading(request.picture(FONTS));
    }
}
