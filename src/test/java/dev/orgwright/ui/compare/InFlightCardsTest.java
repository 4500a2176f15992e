package dev.orgwright.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.CardSize;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.render.CardContent;
import dev.orgwright.render.CardMetrics;
import dev.orgwright.render.LineStyle;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Surface;
import dev.orgwright.render.TextAlign;
import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.TextWrap;
import dev.orgwright.render.Theme;
import dev.orgwright.render.Viewport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cards gliding between the two sides of a comparison carry their titles as the chart's cards do: wrapped, cut with "…". */
class InFlightCardsTest {

    private static final double CARD_WIDTH = 180;
    private static final String LONG = "Head of Regional Customer Operations Europe";
    private static final String ENDLESS = "Vice President of Global Strategic Partnerships, Alliances, Channel Sales,"
            + " Developer Relations, Ecosystem Programmes and Marketplace Operations Worldwide";

    /** What was written, with a narrow fixed-width test font. */
    private static final class Written implements Surface {
        final List<String> texts = new ArrayList<>();
        final List<Double> baselines = new ArrayList<>();

        @Override
        public TextMeasure measure() {
            return (text, style) -> text.length() * style.size() * 0.5;
        }

        @Override
        public void fillRect(double x, double y, double width, double height, double cornerRadius, Rgba fill) {
        }

        @Override
        public void strokeRect(double x, double y, double width, double height, double cornerRadius, LineStyle style) {
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
            baselines.add(baseline);
        }

        @Override
        public void pushClip(double x, double y, double width, double height) {
        }

        @Override
        public void popClip() {
        }
    }

    private static List<String> drawnTitles(String title) throws Exception {
        Chart chart = Chart.builder().title("T").tiers(Templates.leadershipTeam())
                .add(Position.of("p", title, "senior")).build();
        ChartLayout layout = new TreeLayout(LayoutOptions.DEFAULT).layout(chart,
                p -> new CardSize(CARD_WIDTH, 100), Set.of());
        LayoutTransition transition = new LayoutTransition(chart, layout, chart, layout, id -> id);
        var box = layout.box(PositionId.of("p")).orElseThrow();
        Written surface = new Written();
        CompareCanvas.paintInFlight(surface, Theme.of(chart), transition, 0.5,
                new Viewport(box.x() - 10, box.y() - 10, 1, 400, 300));
        for (int k = 1; k < surface.baselines.size(); k++) {
            assertEquals(CardContent.DEFAULT.titleBaseline(k) - CardContent.DEFAULT.titleBaseline(k - 1),
                    surface.baselines.get(k) - surface.baselines.get(k - 1), 1e-9, "placed as the chart's cards place them");
        }
        return surface.texts;
    }

    @Test
    void aLongTitleWrapsOnWordsWithinTheCard() throws Exception {
        List<String> lines = drawnTitles(LONG);
        assertTrue(lines.size() > 1, "wrapped: " + lines);
        assertEquals(LONG, String.join(" ", lines), "broken between words, nothing lost");
        TextStyle title = CardMetrics.titleStyle(Theme.of(Chart.empty("T", Templates.leadershipTeam())));
        for (String line : lines) {
            assertTrue(new Written().measure().width(line, title) <= CARD_WIDTH - 2 * CardMetrics.PADDING_X,
                    "fits the card: " + line);
        }
    }

    @Test
    void aTitleTooLongForThreeLinesEndsWithAnEllipsis() throws Exception {
        List<String> lines = drawnTitles(ENDLESS);
        assertEquals(CardContent.MAX_TITLE_LINES, lines.size(), lines.toString());
        assertTrue(lines.get(lines.size() - 1).endsWith(TextWrap.ELLIPSIS), lines.toString());
        assertEquals(List.of("CEO"), drawnTitles("CEO"), "a short title stays one line");
    }
}
