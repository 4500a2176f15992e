package dev.orgwright.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.SampleCharts;
import dev.orgwright.layout.Box;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.ExportSheet;
import dev.orgwright.render.export.PagePlan;
import dev.orgwright.render.export.PageSetup;
import dev.orgwright.rules.Validator;
import dev.orgwright.ui.TestWindows;
import dev.orgwright.ui.fx.FxTextMeasure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The pages a print gives, planned and drawn without a printer. */
class ChartPrinterTest {

    private final Chart chart = SampleCharts.leadershipTeam();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    private ExportSheet sheet() throws Exception {
        ExportRequest request = ExportRequest.of(chart, Validator.withDefaultRules().validate(chart), ExportOptions.DEFAULT);
        return WaitForAsyncUtils.asyncFx(() -> request.sheet(new FxTextMeasure())).get();
    }

    @Test
    void fitToPageShrinksTheWholeSheetOntoOnePageOfThePrintableArea() throws Exception {
        ExportSheet sheet = sheet();
        double width = sheet.width() / 3;
        double height = sheet.height();
        PagePlan plan = ChartPrinter.plan(sheet, PageSetup.A4_FIT, width, height);
        assertEquals(1, plan.pages().size());
        assertEquals(width / sheet.width(), plan.scale(), 1e-9, "shrunk just enough to fit the width");

        List<Node> pages = WaitForAsyncUtils.asyncFx(() -> ChartPrinter.pages(plan)).get();
        assertEquals(1, pages.size());
        Bounds b = pages.get(0).getBoundsInParent();
        assertTrue(b.getWidth() <= width + 1 && b.getWidth() >= width - 1, "node width " + b.getWidth());
        assertTrue(b.getHeight() <= height + 1, "node height " + b.getHeight());
        assertTrue(inkOn(pages.get(0)) > 1000, "the page has the chart drawn on it");
    }

    /**
     * A print plans its pages as a PDF does: the Cabinet Office organogram coloured by its 46
     * departments, whose legend takes a band of a third of the page, is laid out for what the
     * band leaves of the printable area, and prints larger than laid out for the whole page
     * ({@code HeadingBandLayoutTest} measures how much larger for a PDF).
     */
    @Test
    void aLargeLegendsBandLeavesTheChartLaidOutForTheRestOfThePage() throws Exception {
        java.nio.file.Path folder = java.nio.file.Path.of(ChartPrinterTest.class
                .getResource("/dev/orgwright/io/csv/organograms/cabinet-office-2013-09-senior.csv").toURI()).getParent();
        var senior = dev.orgwright.io.csv.CsvImport.importFile(folder.resolve("cabinet-office-2013-09-senior.csv"),
                dev.orgwright.io.csv.ImportOptions.titled("Cabinet Office"));
        Chart organogram = dev.orgwright.io.csv.PairsAndGrades.finish(senior, dev.orgwright.io.csv.CsvImport.read(
                folder.resolve("cabinet-office-2013-09-junior.csv")), null, Map.of()).chart();
        PageSetup page = PageSetup.A4_FIT;
        double width = page.width() - 72;
        double height = page.height() - 72;
        ExportRequest request = new ExportRequest(organogram, null, ExportOptions.DEFAULT,
                dev.orgwright.layout.LayoutOptions.AUTO.withAspect(width / height), java.util.Set.of(),
                dev.orgwright.render.Theme.of(organogram).withColourBy(dev.orgwright.render.ColourBy.DEPARTMENT), 1, page);
        PagePlan wholePage = WaitForAsyncUtils.asyncFx(() -> ChartPrinter.plan(request.sheet(new FxTextMeasure()), page,
                width, height)).get();
        PagePlan plan = WaitForAsyncUtils.asyncFx(() -> ChartPrinter.plan(request, new FxTextMeasure(), width, height)).get();
        assertTrue(wholePage.headingBand() > height / 4, "the legend's band is " + wholePage.headingBand() + " pt high");
        // 0.0457 against 0.0441 with the window's fonts on this printable area.
        assertTrue(plan.scale() > wholePage.scale(), "printed at " + plan.scale() + ", against " + wholePage.scale());
    }

    @Test
    void aSmallChartIsNotEnlargedToFillThePaper() throws Exception {
        ExportSheet sheet = sheet();
        PagePlan plan = ChartPrinter.plan(sheet, PageSetup.A4_FIT, sheet.width() * 3, sheet.height() * 3);
        assertEquals(1, plan.scale(), 1e-9);
    }

    @Test
    void aPageGridIsPlannedAsThePdfsAndEachCardIsWholeOnOnePage() throws Exception {
        ExportSheet sheet = sheet();
        PageSetup grid = PageSetup.A4_FIT.withGrid(3, 2);
        double width = 400;
        double height = 300;
        PagePlan plan = ChartPrinter.plan(sheet, grid, width, height);
        PagePlan pdf = PagePlan.of(sheet, 3, 2, width, height - ChartPrinter.FOOTER);
        assertEquals(pdf.pages(), plan.pages(), "the same cuts as a PDF of that grid, a footer's height kept free");
        assertTrue(plan.columns() <= 3 && plan.rows() <= 2);

        List<Node> pages = WaitForAsyncUtils.asyncFx(() -> ChartPrinter.pages(plan)).get();
        assertEquals(plan.pages().size(), pages.size());
        for (int i = 0; i < pages.size(); i++) {
            Node page = pages.get(i);
            Bounds b = page.getBoundsInParent();
            assertTrue(b.getWidth() <= width + 1 && b.getHeight() <= height + 1, b.toString());
            String footer = ((javafx.scene.text.Text) ((javafx.scene.Parent) page).getChildrenUnmodifiable().get(1)).getText();
            assertTrue(footer.startsWith("Page " + (i + 1) + " of " + pages.size() + " "), footer);
        }
        // Every card's centre is on exactly one page.
        Map<PositionId, Integer> seen = new HashMap<>();
        for (PositionId id : chart.subtree(chart.roots().get(0))) {
            Box card = sheet.layout().box(id).orElseThrow();
            double x = sheet.sheetX(card.centreX());
            double y = sheet.sheetY(card.centreY());
            Box whole = new Box(sheet.sheetX(card.x()), sheet.sheetY(card.y()), card.width(), card.height());
            for (int r = 0; r < plan.rows(); r++) {
                for (int c = 0; c < plan.columns(); c++) {
                    Box part = plan.page(c, r);
                    Box drawn = plan.drawn(c, r);
                    if (part.contains(x, y) && plan.owns(part, whole)) {
                        seen.merge(id, 1, Integer::sum);
                        // The page draws the card whole, and is as wide as what it draws.
                        assertTrue(drawn.x() <= whole.x() && drawn.right() >= whole.right()
                                && drawn.y() <= whole.y() && drawn.bottom() >= whole.bottom(), id + " in " + drawn);
                        Bounds b = pages.get(r * plan.columns() + c).getBoundsInParent();
                        assertEquals(drawn.width() * plan.scale(), b.getWidth(), 1.5, "page " + (c + 1) + "," + (r + 1));
                    }
                }
            }
        }
        assertEquals(chart.size(), seen.size());
        assertTrue(seen.values().stream().allMatch(n -> n == 1), seen.toString());
    }

    /** How many pixels of {@code page} are not white. */
    private static int inkOn(Node page) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            WritableImage image = page.snapshot(null, null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] argb = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
            int ink = 0;
            for (int p : argb) {
                ink += (p & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
            }
            return ink;
        }).get();
    }

    @Test
    void theTextsNoFontCanDrawAreListedAsTheExportDialogListsThem() throws Exception {
        // U+E000 (private use) is in no font installed for the tests: fc-list ':charset=e000' lists none.
        Chart marked = dev.orgwright.model.Edits.setHolder(PositionId.of("cfo"), "Zo\u00EB \uE000").apply(chart);
        ExportRequest request = ExportRequest.of(marked, null, ExportOptions.DEFAULT);
        ExportSheet sheet = WaitForAsyncUtils.asyncFx(() -> request.sheet(new FxTextMeasure())).get();
        List<dev.orgwright.render.export.UndrawnText> undrawn =
                WaitForAsyncUtils.asyncFx(() -> ChartPrinter.undrawn(sheet)).get();
        assertEquals(List.of(new dev.orgwright.render.export.UndrawnText("cfo", "Zo\u00EB \uE000", "\uE000")), undrawn);

        String message = ChartPrinter.undrawnMessage(undrawn);
        assertTrue(message.startsWith("The chart was printed, but 1 text could not be drawn whole"), message);
        String exported = ExportDialog.undrawnMessage(java.nio.file.Path.of("chart.pdf"), undrawn);
        assertEquals(exported.substring(exported.indexOf('\n')), message.substring(message.indexOf('\n')),
                "the same list as an export's");

        ExportSheet clean = sheet();
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> ChartPrinter.undrawn(clean)).get());
    }
}
