package dev.orgwright.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.Box;
import dev.orgwright.render.LineStyle;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Surface;
import dev.orgwright.render.TextAlign;
import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.export.AllScriptsPdfTest;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.ExportSheet;
import dev.orgwright.render.export.GlyphCoverage;
import dev.orgwright.render.export.PagePlan;
import dev.orgwright.render.export.PageSetup;
import dev.orgwright.ui.TestWindows;
import dev.orgwright.ui.fx.FxCanvasSurface;
import dev.orgwright.ui.fx.FxTextMeasure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.scene.canvas.Canvas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The chart in every script printed as File → Print draws it, on the window's canvas surface at
 * the printer's scale: every word of every script reaches the canvas, and each text drawn has a
 * font on this computer for every character (the check printing and presentation make), so
 * neither shows an empty box. Needs the fonts .ci/run installs (Noto, Droid Sans Fallback, Nanum).
 */
class AllScriptsPrintTest {

    @BeforeAll
    static void toolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    /** Passes every drawing to the canvas surface and keeps the texts. */
    private record Recording(Surface canvas, List<String> texts) implements Surface {
        @Override
        public void text(String text, double x, double baseline, TextAlign align, TextStyle style) {
            texts.add(text);
            canvas.text(text, x, baseline, align, style);
        }

        @Override
        public TextMeasure measure() {
            return canvas.measure();
        }

        @Override
        public void fillRect(double x, double y, double width, double height, double cornerRadius, Rgba fill) {
            canvas.fillRect(x, y, width, height, cornerRadius, fill);
        }

        @Override
        public void strokeRect(double x, double y, double width, double height, double cornerRadius, LineStyle style) {
            canvas.strokeRect(x, y, width, height, cornerRadius, style);
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, LineStyle style) {
            canvas.line(x1, y1, x2, y2, style);
        }

        @Override
        public void polyline(double[] xs, double[] ys, LineStyle style) {
            canvas.polyline(xs, ys, style);
        }

        @Override
        public void pushClip(double x, double y, double width, double height) {
            canvas.pushClip(x, y, width, height);
        }

        @Override
        public void popClip() {
            canvas.popClip();
        }
    }

    @Test
    void everyScriptReachesThePrintersCanvasWithAFontForEachCharacter() throws Exception {
        ExportRequest request = ExportRequest.of(AllScriptsPdfTest.chart(), null, ExportOptions.DEFAULT);
        ExportSheet sheet = WaitForAsyncUtils.asyncFx(() -> request.sheet(new FxTextMeasure())).get();
        // A4 less the usual margins, in points, as a printer's page layout gives it.
        PagePlan plan = ChartPrinter.plan(sheet, PageSetup.A4_FIT, 595 - 72, 842 - 72);
        List<String> drawn = WaitForAsyncUtils.asyncFx(() -> {
            List<String> texts = new ArrayList<>();
            double pixels = plan.scale() * ChartPrinter.RESOLUTION;
            Box part = plan.pages().get(0);
            Canvas canvas = new Canvas(Math.ceil(part.width() * pixels), Math.ceil(part.height() * pixels));
            sheet.paintRegion(new Recording(new FxCanvasSurface(canvas.getGraphicsContext2D()), texts), pixels,
                    part.x() * pixels, part.y() * pixels, canvas.getWidth(), canvas.getHeight());
            return texts;
        }).get();
        String all = String.join(" ", drawn);

        GlyphCoverage coverage = GlyphCoverage.installed();
        List<String> notDrawn = new ArrayList<>();
        for (Map.Entry<String, String[]> script : AllScriptsPdfTest.PEOPLE.entrySet()) {
            for (String text : script.getValue()) {
                for (String word : text.split(" ")) {
                    if (!all.contains(word)) {
                        notDrawn.add(script.getKey() + ": " + word);
                    }
                }
            }
        }
        assertEquals(List.of(), notDrawn, "words that did not reach the canvas; drawn: " + drawn);
        List<String> boxes = new ArrayList<>();
        for (String text : drawn) {
            if (!coverage.missing(text).isEmpty()) {
                boxes.add(text + " lacks " + coverage.missing(text));
            }
        }
        assertEquals(List.of(), boxes, "texts the printer would show with empty boxes");
        assertTrue(drawn.size() >= 2 * AllScriptsPdfTest.PEOPLE.size(), drawn.toString());
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> ChartPrinter.undrawn(sheet)).get(),
                "nothing to report after printing");
    }
}
