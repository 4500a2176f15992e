package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.Box;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfExporterTest {

    private static final ExportFonts FONTS = new ExportFonts();
    private final PdfExporter exporter = new PdfExporter(FONTS);

    private static byte[] pdf(PdfExporter exporter, ExportRequest request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(request, out);
        return out.toByteArray();
    }

    private static List<String> pageTexts(PDDocument document) throws IOException {
        List<String> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            out.add(stripper.getText(document));
        }
        return out;
    }

    @Test
    void onePageHoldsEveryTitleAndHolderAsSelectableTextInAnEmbeddedFont() throws Exception {
        Chart chart = ExportFixtures.tricky();
        try (PDDocument document = Loader.loadPDF(pdf(exporter, ExportRequest.of(chart, null, ExportOptions.DEFAULT)))) {
            assertEquals(1, document.getNumberOfPages());
            PDPage page = document.getPage(0);
            assertEquals(841.89f, page.getMediaBox().getWidth(), 0.01, "A4 landscape");
            String text = pageTexts(document).get(0);
            for (Position p : chart.inTreeOrder()) {
                assertTrue(text.contains(p.title()), p.title() + " in " + text);
                assertTrue(text.contains(p.isVacant() ? "Vacant" : p.holder()), p.holder());
            }
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("DejaVuSans"), font.getName());
            }
        }
    }

    @Test
    void paperSizeAndOrientationFollowThePageSetup() throws Exception {
        Chart chart = ExportFixtures.tricky();
        ExportRequest request = ExportRequest.of(chart, null, ExportOptions.DEFAULT);
        try (PDDocument a3 = Loader.loadPDF(pdf(exporter, request.withPage(new PageSetup(PageSetup.Paper.A3, false, 1, 1))));
             PDDocument letter = Loader.loadPDF(pdf(exporter, request.withPage(new PageSetup(PageSetup.Paper.LETTER, true, 1, 1))))) {
            assertEquals(841.89f, a3.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(1190.55f, a3.getPage(0).getMediaBox().getHeight(), 0.01);
            assertEquals(792f, letter.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(612f, letter.getPage(0).getMediaBox().getHeight(), 0.01);
        }
    }

    @Test
    void hiddenHoldersAreNotInThePdf() throws Exception {
        Chart chart = ExportFixtures.tricky();
        try (PDDocument document = Loader.loadPDF(pdf(exporter,
                ExportRequest.of(chart, null, ExportOptions.DEFAULT.withHolders(false))))) {
            String text = pageTexts(document).get(0);
            assertTrue(text.contains("Chief Technology Officer"));
            assertFalse(text.contains("Arjun"), text);
        }
    }

    @Test
    void tiledPagesTogetherShowEveryPositionExactlyOnce() throws Exception {
        Chart chart = ExportFixtures.generated(400, 11);
        ExportRequest request = ExportRequest.of(chart, null, ExportOptions.DEFAULT.withLegend(false))
                .withPage(new PageSetup(PageSetup.Paper.A4, true, 4, 2));
        ExportSheet sheet = request.sheet(FONTS);
        PagePlan plan = exporter.plan(request, sheet);

        assertTrue(plan.columns() <= 4 && plan.rows() <= 2, plan.columns() + " × " + plan.rows());
        assertTrue(plan.columns() * plan.rows() > 1, "the chart needs several pages");
        for (Position p : chart.inTreeOrder()) {
            Box b = sheet.layout().box(p.id()).orElseThrow();
            Box card = new Box(sheet.sheetX(b.x()), sheet.sheetY(b.y()), b.width(), b.height());
            long holding = 0;
            for (int r = 0; r < plan.rows(); r++) {
                for (int c = 0; c < plan.columns(); c++) {
                    if (plan.owns(plan.page(c, r), card) && contains(plan.drawn(c, r), card)) {
                        holding++;
                    }
                }
            }
            assertEquals(1, holding, "pages holding the whole card of " + p.id());
        }

        try (PDDocument document = Loader.loadPDF(pdf(exporter, request))) {
            assertEquals(plan.columns() * plan.rows(), document.getNumberOfPages());
            List<String> pages = pageTexts(document);
            for (Position p : chart.inTreeOrder()) {
                Pattern title = Pattern.compile(Pattern.quote(p.title()) + "(?!\\d)");
                int seen = 0;
                for (String page : pages) {
                    Matcher m = title.matcher(page);
                    while (m.find()) {
                        seen++;
                    }
                }
                assertEquals(1, seen, "times '" + p.title() + "' is printed");
            }
            assertTrue(pages.get(0).contains("Page 1 of " + pages.size()), pages.get(0));
            assertTrue(pages.get(0).contains("→ page 2"), "page 1 says the chart goes on to the right");
            assertTrue(pages.get(pages.size() - 1).contains("← page " + (pages.size() - 1)));
        }
    }

    @Test
    void theHrSampleOnThreeByTwoPagesPrintsEveryTitleWholeOnExactlyOnePage() throws Exception {
        java.nio.file.Path csv = java.nio.file.Path.of(PdfExporterTest.class
                .getResource("/dev/orgwright/io/csv/org-chart-sample.csv").toURI());
        Chart chart = dev.orgwright.io.csv.CsvImport.importFile(csv,
                dev.orgwright.io.csv.ImportOptions.titled("HR sample")).chart();
        PageSetup setup = new PageSetup(PageSetup.Paper.A4, true, 3, 2);
        ExportRequest request = new ExportRequest(chart, null, ExportOptions.DEFAULT,
                dev.orgwright.layout.LayoutOptions.AUTO.withAspect(PdfExporter.printableAspect(setup)),
                java.util.Set.of(), dev.orgwright.render.Theme.LIGHT, 1, setup);
        PagePlan plan = exporter.plan(request, request.sheet(FONTS));
        assertTrue(plan.columns() * plan.rows() > 1, "the sample needs several pages");
        for (int r = 0; r < plan.rows(); r++) {
            for (int c = 0; c < plan.columns(); c++) {
                Box drawn = plan.drawn(c, r);
                assertTrue(drawn.width() * plan.scale() <= setup.width() - 2 * PdfExporter.MARGIN + 1e-6
                        && drawn.height() * plan.scale() <= setup.height() - 2 * PdfExporter.MARGIN
                        - PdfExporter.FOOTER + 1e-6, "page " + c + "," + r + " draws " + drawn);
            }
        }
        try (PDDocument document = Loader.loadPDF(pdf(exporter, request))) {
            List<String> pages = new ArrayList<>();
            for (String page : pageTexts(document)) {
                pages.add(page.replaceAll("\\s+", " "));
            }
            java.util.Map<String, Integer> cards = new java.util.TreeMap<>();
            for (Position p : chart.inTreeOrder()) {
                cards.merge(p.title(), 1, Integer::sum);
            }
            for (var e : cards.entrySet()) {
                String title = e.getKey();
                // A title is also seen inside longer ones (Accountant in Senior Accountant), so each fragment is
                // counted as often as the cards' titles hold it; a title cut at a page's edge breaks the count.
                assertEquals(printed(cards, title), occurrences(pages, title), "times '" + title + "' is printed");
                if (title.length() > 8) {
                    String head = title.substring(0, title.length() - 3);
                    String tail = title.substring(3);
                    assertEquals(printed(cards, head), occurrences(pages, head), "the start of '" + title + "' apart");
                    assertEquals(printed(cards, tail), occurrences(pages, tail), "the end of '" + title + "' apart");
                }
            }
        }
    }

    /** How often {@code text} is printed when every card shows its title whole once. */
    private static int printed(java.util.Map<String, Integer> cards, String text) {
        int n = 0;
        for (var e : cards.entrySet()) {
            n += e.getValue() * occurrences(List.of(e.getKey()), text);
        }
        return n;
    }

    private static int occurrences(List<String> pages, String text) {
        int n = 0;
        for (String page : pages) {
            for (int i = page.indexOf(text); i >= 0; i = page.indexOf(text, i + 1)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void aSmallChartIsNotBlownUpOnItsPage() throws Exception {
        ExportRequest request = ExportRequest.of(ExportFixtures.tricky(), null, ExportOptions.DEFAULT);
        assertEquals(1, exporter.plan(request, request.sheet(FONTS)).scale(), 1e-9);
        ExportRequest large = ExportRequest.of(ExportFixtures.generated(300, 3), null, ExportOptions.DEFAULT);
        assertTrue(exporter.plan(large, large.sheet(FONTS)).scale() < 1);
    }

    private static boolean contains(Box outer, Box inner) {
        return inner.x() >= outer.x() && inner.right() <= outer.right() && inner.y() >= outer.y()
                && inner.bottom() <= outer.bottom();
    }

    @SuppressWarnings("unused")
    private static PositionId id(String v) {
        return PositionId.of(v);
    }
}
