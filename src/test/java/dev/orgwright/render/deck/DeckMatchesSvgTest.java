package dev.orgwright.render.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartReader;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.CardTemplate;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.render.Theme;
import dev.orgwright.render.export.ExportFixtures;
import dev.orgwright.render.export.ExportFonts;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.PageSetup;
import dev.orgwright.render.export.SvgExporter;
import dev.orgwright.rules.Validator;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The deck and the SVG are drawn from the same layout and card sizes: a deck of the whole chart on
 * one slide puts every card where the SVG export with the same layout puts it, up to the slide's
 * scale and margins.
 */
class DeckMatchesSvgTest {

    private static final ExportFonts FONTS = new ExportFonts();

    @ParameterizedTest
    @ValueSource(strings = {"TIDY", "COMPACT", "AUTO"})
    void everyCardOfTheWholeChartSlideSitsWhereTheSvgPutsIt(String mode) throws IOException {
        Chart chart = ExportFixtures.generated(60, 7);
        LayoutOptions layout = LayoutOptions.DEFAULT.withMode(LayoutOptions.Mode.valueOf(mode));
        assertSameCards(chart, layout, mode, 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TIDY", "AUTO"})
    void cardsFollowingATemplateWithADepartmentLineSitWhereTheSvgPutsThem(String mode) throws Exception {
        LayoutOptions layout = LayoutOptions.DEFAULT.withMode(LayoutOptions.Mode.valueOf(mode));
        // Taller cards: a department and a roll-up line under the holder (empty here, but kept as room).
        Chart generated = CardTemplate.edit(new CardTemplate(List.of("title", "holder", "department", "rollup"), true))
                .apply(ExportFixtures.generated(60, 7));
        assertSameCards(generated, layout, mode + " with a template", 0);
        // Departments wider than the title, and photos widening the cards.
        Chart photos;
        try (InputStream in = getClass().getResourceAsStream("/dev/orgwright/io/card-photos.orgchart.json")) {
            photos = ChartReader.read(in.readAllBytes(), "card-photos.orgchart.json");
        }
        photos = CardTemplate.edit(new CardTemplate(List.of("title", "department", "holder"), true)).apply(photos);
        // A department's measured width is no whole number: the SVG puts the card's edges on whole units.
        assertSameCards(photos, layout, mode + " with photos and departments", 1);
    }

    /** Every card of the deck where the SVG has it, within {@code rounding} chart units (the SVG's own rounding) and POI's. */
    private static void assertSameCards(Chart chart, LayoutOptions layout, String mode, double rounding)
            throws IOException {
        Map<String, Rectangle2D> svg = svgCards(chart, layout);
        Map<String, Rectangle2D> deck = deckCards(chart, layout);
        assertEquals(chart.size(), svg.size(), "cards in the SVG");
        assertEquals(chart.size(), deck.size(), "cards on the slide");

        // The slide's scale and offset, from the two cards farthest apart; every other card must agree.
        Rectangle2D first = null;
        String firstId = null;
        for (Position p : chart.inTreeOrder()) {
            firstId = p.id().value();
            first = svg.get(firstId);
            break;
        }
        double scale = deck.get(firstId).getWidth() / first.getWidth();
        assertTrue(scale > 0 && scale <= 1, "slide scale " + scale);
        double ox = deck.get(firstId).getX() - first.getX() * scale;
        double oy = deck.get(firstId).getY() - first.getY() * scale;
        for (Position p : chart.inTreeOrder()) {
            String id = p.id().value();
            Rectangle2D s = svg.get(id);
            Rectangle2D d = deck.get(id);
            String where = id + " (" + p.title() + ") in " + mode;
            // Within rounding: POI keeps positions in whole EMUs, the SVG in hundredths of a unit.
            double within = 0.05 + rounding * scale;
            assertEquals(ox + s.getX() * scale, d.getX(), within, "x of " + where);
            assertEquals(oy + s.getY() * scale, d.getY(), within, "y of " + where);
            assertEquals(s.getWidth() * scale, d.getWidth(), within, "width of " + where);
            assertEquals(s.getHeight() * scale, d.getHeight(), within, "height of " + where);
        }
    }

    private static Map<String, Rectangle2D> svgCards(Chart chart, LayoutOptions layout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgExporter(FONTS).write(new ExportRequest(chart, null, ExportOptions.DEFAULT, layout, Set.of(),
                Theme.LIGHT, 1, PageSetup.A4_FIT), out);
        String svg = out.toString(StandardCharsets.UTF_8);
        // Each position's group starts with its card: the first rectangle after the group's opening tag.
        Pattern card = Pattern.compile("<g class=\"position\" data-id=\"([^\"]+)\"[^>]*>\\s*<rect x=\"([-0-9.]+)\" "
                + "y=\"([-0-9.]+)\" width=\"([0-9.]+)\" height=\"([0-9.]+)\"");
        Map<String, Rectangle2D> out2 = new HashMap<>();
        Matcher m = card.matcher(svg);
        while (m.find()) {
            out2.put(m.group(1), new Rectangle2D.Double(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                    Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5))));
        }
        return out2;
    }

    private static Map<String, Rectangle2D> deckCards(Chart chart, LayoutOptions layout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DeckOptions options = DeckOptions.defaults().withDate(LocalDate.of(2026, 1, 5)).withWholeChart(layout);
        DeckWriter.Summary summary = new DeckWriter(FONTS, Theme.LIGHT)
                .write(chart, Validator.withDefaultRules().validate(chart), options, out);
        assertEquals(1, summary.chartSlides(), "the whole chart is one slide");
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
            XSLFSlide slide = show.getSlides().get(1);
            Map<String, Rectangle2D> cards = new HashMap<>();
            for (XSLFShape s : slide.getShapes()) {
                if (s instanceof XSLFGroupShape g && g.getShapeName().startsWith(ChartSlideWriter.CARD)) {
                    cards.put(g.getShapeName().substring(ChartSlideWriter.CARD.length()), g.getAnchor());
                }
            }
            return cards;
        }
    }
}
