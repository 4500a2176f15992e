package dev.orgwright.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Tier;
import dev.orgwright.render.LineStyle;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Surface;
import dev.orgwright.render.TextAlign;
import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.Theme;
import dev.orgwright.render.export.CardTextLines;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.ExportSheet;
import dev.orgwright.render.export.PageSetup;
import dev.orgwright.ui.TestWindows;
import dev.orgwright.ui.fx.FxTextMeasure;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Long titles, names and duties wrap on word boundaries in a PNG export, as on the window's
 * canvas: the sheet the PNG exporter draws, drawn with the window's own text measure on a
 * surface that writes down each card's lines of text, gives lines that lie within their card,
 * break between words and end with "…" where the text is cut.
 */
class PngCardTextWrapTest {

    @BeforeAll
    static void toolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    /** A line of text drawn on a card, where it starts and ends across, and the card's left and right sides. */
    private record Line(String id, String text, double from, double to, double left, double right) {
    }

    /** Writes down the lines of text each card draws, with the card's sides, measuring as the window does. */
    private static final class CardTexts implements Surface {
        private final TextMeasure measure;
        private final List<Line> lines = new ArrayList<>();
        private final List<String> texts = new ArrayList<>();
        /** The lines of the card being drawn: its sides are known once it is drawn whole. */
        private final List<Line> pending = new ArrayList<>();
        private String group;
        private double left;
        private double right;
        private double widest;

        CardTexts(TextMeasure measure) {
            this.measure = measure;
        }

        @Override
        public TextMeasure measure() {
            return measure;
        }

        @Override
        public void beginGroup(String id) {
            group = id;
            widest = 0;
            pending.clear();
        }

        @Override
        public void endGroup() {
            for (Line p : pending) {
                lines.add(new Line(group, p.text(), p.from(), p.to(), left, right));
            }
            pending.clear();
            group = null;
        }

        private void rect(double x, double width) {
            if (group != null && width > widest) {
                widest = width;
                left = x;
                right = x + width;
            }
        }

        @Override
        public void fillRect(double x, double y, double width, double height, double cornerRadius, Rgba fill) {
            rect(x, width);
        }

        @Override
        public void strokeRect(double x, double y, double width, double height, double cornerRadius, LineStyle style) {
            rect(x, width);
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, LineStyle style) {
        }

        @Override
        public void polyline(double[] xs, double[] ys, LineStyle style) {
        }

        @Override
        public void text(String text, double x, double baseline, TextAlign align, TextStyle style) {
            texts.add(text);
            if (group != null) {
                double width = measure.width(text, style);
                double from = align == TextAlign.CENTRE ? x - width / 2 : x;
                pending.add(new Line(group, text, from, from + width, 0, 0));
            }
        }

        @Override
        public void pushClip(double x, double y, double width, double height) {
        }

        @Override
        public void popClip() {
        }
    }

    @Test
    void cardTextsWrapOnWordsWithinTheirCardsAndACutTextEndsWithAnEllipsis() throws Exception {
        Chart chart = CardTextLines.longTexts();
        ExportOptions options = ExportOptions.DEFAULT.withDuties(true).withBadges(false);
        List<String> legend = chart.tiers().stream().map(Tier::name).toList();
        for (LayoutOptions layout : List.of(LayoutOptions.DEFAULT, LayoutOptions.AUTO)) {
            ExportRequest request = new ExportRequest(chart, null, options, layout, Set.of(), Theme.of(chart), 2,
                    PageSetup.A4_FIT);
            CardTexts drawn = WaitForAsyncUtils.asyncFx(() -> {
                FxTextMeasure measure = new FxTextMeasure();
                ExportSheet sheet = request.sheet(measure);
                CardTexts surface = new CardTexts(measure);
                sheet.paint(surface, request.scale());
                return surface;
            }).get();

            assertEquals(chart.size(), drawn.lines.stream().map(Line::id).distinct().count(), "every card draws text");
            for (Line line : drawn.lines) {
                assertTrue(line.from() >= line.left() - 0.01 && line.to() <= line.right() + 0.01, "\"" + line.text()
                        + "\" (" + line.from() + " to " + line.to() + ") lies in the card of " + line.id() + " ("
                        + line.left() + " to " + line.right() + ") in " + layout.mode());
            }
            List<String> cut = CardTextLines.assertWrappedOnWords(drawn.texts, CardTextLines.cardTexts(chart), legend,
                    "the PNG in " + layout.mode());
            assertTrue(cut.size() >= 4, "texts cut with an ellipsis in " + layout.mode() + ": " + cut);
        }
    }
}
