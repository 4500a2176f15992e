package dev.orgwright.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.Theme;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.ExportSheet;
import dev.orgwright.render.export.PagePlan;
import dev.orgwright.render.export.PageSetup;
import dev.orgwright.render.export.PdfExporter;
import dev.orgwright.ui.TestWindows;
import dev.orgwright.ui.fx.FxTextMeasure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The export preview's pages of the HR sample on a 3 × 2 grid, against the pages the PDF has. */
class PreviewPagesTest {

    private static final PageSetup GRID = new PageSetup(PageSetup.Paper.A4, true, 3, 2);

    private static ExportRequest request;
    private static ExportSheet sheet;
    private static PagePlan plan;

    @BeforeAll
    static void hrSample() throws Exception {
        TestWindows.startToolkit();
        Path csv = Path.of(PreviewPagesTest.class.getResource("/dev/orgwright/io/csv/org-chart-sample.csv").toURI());
        Chart chart = dev.orgwright.io.csv.CsvImport.importFile(csv,
                dev.orgwright.io.csv.ImportOptions.titled("HR sample")).chart();
        request = new ExportRequest(chart, null, ExportOptions.DEFAULT,
                LayoutOptions.AUTO.withAspect(PdfExporter.printableAspect(GRID)), Set.of(), Theme.LIGHT, 1, GRID);
        sheet = WaitForAsyncUtils.asyncFx(() -> request.sheet(new FxTextMeasure())).get();
        plan = new PdfExporter(SharedFonts.get()).plan(request, sheet);
    }

    /** Every card of the sheet, in sheet units. */
    private static List<Box> cards() {
        List<Box> out = new ArrayList<>();
        Box r = sheet.region();
        for (PositionId id : sheet.layout().positionsIn(r.x(), r.y(), r.width(), r.height())) {
            Box b = sheet.layout().box(id).orElseThrow();
            out.add(new Box(sheet.sheetX(b.x()), sheet.sheetY(b.y()), b.width(), b.height()));
        }
        return out;
    }

    private static boolean within(Box inner, Box outer) {
        double e = 1e-6;
        return inner.x() >= outer.x() - e && inner.y() >= outer.y() - e && inner.right() <= outer.right() + e
                && inner.bottom() <= outer.bottom() + e;
    }

    /** The page that draws {@code card} whole: the one whose part its centre lies on. */
    private static PreviewPages.Page owner(PreviewPages pages, Box card) {
        List<PreviewPages.Page> owners = pages.pages().stream().filter(p -> plan.owns(p.part(), card)).toList();
        assertEquals(1, owners.size(), "exactly one page draws " + card);
        return owners.get(0);
    }

    /** The cards a cut crosses: whole on their page, beyond its part. */
    private static List<Box> crossedByACut(PreviewPages pages) {
        return cards().stream().filter(c -> !within(c, owner(pages, c).part())).toList();
    }

    @Test
    void eachPageIsASheetOfPaperAndDrawsWholeTheCardsItOwnsWithinItsMargins() {
        assertTrue(plan.pages().size() > 1, "the sample takes several pages");
        PreviewPages pages = PreviewPages.of(plan, GRID, ExportPreview.WIDTH, ExportPreview.HEIGHT);
        assertEquals(plan.pages().size(), pages.pages().size());
        Box canvas = new Box(0, 0, ExportPreview.WIDTH, ExportPreview.HEIGHT);
        for (PreviewPages.Page page : pages.pages()) {
            assertTrue(within(page.paper(), canvas), "on the canvas: " + page.paper());
            assertEquals(GRID.width() / GRID.height(), page.paper().width() / page.paper().height(), 1e-9,
                    "the paper's shape");
            assertEquals(plan.drawn(page.column(), page.row()), page.drawn(), "what the PDF's page draws");
            for (PreviewPages.Page other : pages.pages()) {
                Box a = page.paper();
                Box b = other.paper();
                assertTrue(page == other || a.right() <= b.x() || b.right() <= a.x() || a.bottom() <= b.y()
                        || b.bottom() <= a.y(), "pages lie side by side, not on each other");
            }
        }
        double margin = PdfExporter.MARGIN * pages.scale();
        for (Box card : cards()) {
            PreviewPages.Page page = owner(pages, card);
            Box p = page.paper();
            Box printable = new Box(p.x() + margin, p.y() + margin, p.width() - 2 * margin, p.height() - 2 * margin);
            assertTrue(within(pages.onCanvas(page, card), printable), card + " drawn whole within the margins");
        }
    }

    @Test
    void aCardTheCutCrossesIsDrawnWholeBeyondTheCutOnThePageItsCentreIsOn() throws Exception {
        PreviewPages pages = PreviewPages.of(plan, GRID, ExportPreview.WIDTH, ExportPreview.HEIGHT);
        List<Box> crossed = crossedByACut(pages);
        assertFalse(crossed.isEmpty(), "on the sample, some cut crosses a card");
        ExportPreview preview = WaitForAsyncUtils.asyncFx(() -> {
            ExportPreview p = new ExportPreview();
            p.show(request, ExportFormat.PDF);
            return p;
        }).get();
        int[] pixels = WaitForAsyncUtils.asyncFx(() -> {
            WritableImage image = preview.canvas().snapshot(null, null);
            int[] out = new int[(int) ExportPreview.WIDTH * (int) ExportPreview.HEIGHT];
            image.getPixelReader().getPixels(0, 0, (int) ExportPreview.WIDTH, (int) ExportPreview.HEIGHT,
                    PixelFormat.getIntArgbInstance(), out, 0, (int) ExportPreview.WIDTH);
            return out;
        }).get();
        int checked = 0;
        for (Box card : crossed) {
            PreviewPages.Page page = owner(pages, card);
            Box part = pages.onCanvas(page, page.part());
            Box drawn = pages.onCanvas(page, card);
            assertTrue(within(drawn, page.paper()), "on its page's paper");
            // The piece of the card beyond the part, where a page cut at its part would show bare paper.
            Box beyond = drawn.right() > part.right() + 1 ? new Box(part.right() + 1, drawn.y(), drawn.right() - part.right() - 1, drawn.height())
                    : drawn.x() < part.x() - 1 ? new Box(drawn.x(), drawn.y(), part.x() - 1 - drawn.x(), drawn.height())
                    : drawn.bottom() > part.bottom() + 1 ? new Box(drawn.x(), part.bottom() + 1, drawn.width(), drawn.bottom() - part.bottom() - 1)
                    : drawn.y() < part.y() - 1 ? new Box(drawn.x(), drawn.y(), drawn.width(), part.y() - 1 - drawn.y())
                    : null;
            if (beyond != null && beyond.width() >= 1 && beyond.height() >= 1) {
                assertTrue(ink(pixels, beyond) > 0, card + " is drawn beyond the cut, at " + beyond);
                checked++;
            }
        }
        assertTrue(checked > 0, "a card reaches a pixel or more beyond a cut");
    }

    /** How many pixels of {@code area} are not the paper's white. */
    private static int ink(int[] pixels, Box area) {
        int w = (int) ExportPreview.WIDTH;
        int n = 0;
        for (int y = (int) Math.floor(area.y()); y < Math.ceil(area.bottom()); y++) {
            for (int x = (int) Math.floor(area.x()); x < Math.ceil(area.right()); x++) {
                if ((pixels[y * w + x] & 0xFFFFFF) != 0xFFFFFF) {
                    n++;
                }
            }
        }
        return n;
    }
}
