package dev.orgwright.render.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.CardMetrics;
import dev.orgwright.render.Theme;
import dev.orgwright.render.export.ExportFixtures;
import dev.orgwright.render.export.ExportFonts;
import dev.orgwright.rules.Validator;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

/** Writes decks and opens them again with POI, as a presentation program would. */
class DeckWriterTest {

    private static final DeckOptions BASE = DeckOptions.defaults().withDate(LocalDate.of(2025, 3, 31));

    private record Written(DeckWriter.Summary summary, XMLSlideShow show) {
    }

    private static Written write(Chart chart, DeckOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DeckWriter.Summary summary = new DeckWriter(new ExportFonts(), Theme.LIGHT)
                .write(chart, Validator.withDefaultRules().validate(chart), options, out);
        return new Written(summary, new XMLSlideShow(new ByteArrayInputStream(out.toByteArray())));
    }

    /** The first paragraph of the slide's heading box. */
    private static String heading(XSLFSlide slide) {
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t && "Heading".equals(s.getShapeName())) {
                return t.getTextParagraphs().get(0).getText();
            }
        }
        return "";
    }

    private static String subheading(XSLFSlide slide) {
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t && "Heading".equals(s.getShapeName()) && t.getTextParagraphs().size() > 1) {
                return t.getTextParagraphs().get(1).getText();
            }
        }
        return "";
    }

    /** Each card on the slide: the position's id and the card's text shape. */
    private static Map<String, XSLFAutoShape> cards(XSLFSlide slide) {
        Map<String, XSLFAutoShape> out = new HashMap<>();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFGroupShape g && g.getShapeName().startsWith(ChartSlideWriter.CARD)) {
                XSLFAutoShape text = (XSLFAutoShape) g.getShapes().stream()
                        .filter(c -> c instanceof XSLFAutoShape a && !a.getText().isEmpty()).findFirst().orElseThrow();
                out.put(g.getShapeName().substring(ChartSlideWriter.CARD.length()), text);
            }
        }
        return out;
    }

    private static int lines(XSLFSlide slide, String prefix) {
        int n = 0;
        for (XSLFShape s : slide.getShapes()) {
            if (s.getShapeName().startsWith(prefix)) {
                n++;
            }
        }
        return n;
    }

    /** Every text run of the deck, in cards, text boxes, groups and tables. */
    private static List<XSLFTextRun> runs(XMLSlideShow show) {
        List<XSLFTextRun> out = new ArrayList<>();
        for (XSLFSlide slide : show.getSlides()) {
            collect(slide.getShapes(), out);
        }
        return out;
    }

    private static void collect(List<XSLFShape> shapes, List<XSLFTextRun> out) {
        for (XSLFShape s : shapes) {
            if (s instanceof XSLFGroupShape g) {
                collect(g.getShapes(), out);
            } else if (s instanceof XSLFTable t) {
                for (XSLFTableRow row : t.getRows()) {
                    for (XSLFTableCell cell : row.getCells()) {
                        cell.getTextParagraphs().forEach(p -> out.addAll(p.getTextRuns()));
                    }
                }
            } else if (s instanceof XSLFTextShape t) {
                for (XSLFTextParagraph p : t.getTextParagraphs()) {
                    out.addAll(p.getTextRuns());
                }
            }
        }
    }

    private static String allText(XMLSlideShow show) {
        StringBuilder b = new StringBuilder();
        for (XSLFTextRun r : runs(show)) {
            b.append(r.getRawText()).append('\n');
        }
        return b.toString();
    }

    @Test
    void aSmallChartGetsTitleOverviewOneSlidePerTeamLegendAndTheAnalysis() throws IOException {
        Written w = write(ExportFixtures.tricky(), BASE);
        List<XSLFSlide> slides = w.show().getSlides();
        assertEquals(w.summary().slides(), slides.size());
        assertEquals(3, w.summary().chartSlides(), "the overview, the CTO's team and the CFO's team");
        assertEquals(List.of("", "Overview", "Chief Technology Officer", "Chief Financial Officer", "Legend",
                        "Analysis: summary"),
                slides.subList(0, 6).stream().map(DeckWriterTest::heading).toList());
        assertEquals(List.of("Analysis: by tier", "Analysis: by layer"),
                slides.subList(slides.size() - 2, slides.size()).stream().map(DeckWriterTest::heading).toList());
        String title = allText(w.show());
        assertTrue(title.contains("R&D <Leadership> \"2025\""), "the chart's title on the title slide");
        assertTrue(title.contains("31 March 2025"));
        assertEquals(960, w.show().getPageSize().getWidth());
        assertEquals(540, w.show().getPageSize().getHeight());
    }

    @Test
    void everyPositionIsACardWhoseFirstParagraphIsItsTitleAndEveryLineIsALineShape() throws IOException {
        Chart chart = ExportFixtures.generated(300, 3);
        Written w = write(chart, BASE.withDuties(true));
        Set<String> carded = new HashSet<>();
        int chartSlides = w.summary().chartSlides();
        for (XSLFSlide slide : w.show().getSlides().subList(1, 1 + chartSlides)) {
            Map<String, XSLFAutoShape> cards = cards(slide);
            assertFalse(cards.isEmpty(), "slide " + slide.getSlideNumber() + " shows cards");
            int reportsWithManagerHere = 0;
            for (Map.Entry<String, XSLFAutoShape> e : cards.entrySet()) {
                Position p = chart.position(PositionId.of(e.getKey()));
                assertEquals(CardMetrics.titleLine(p), e.getValue().getTextParagraphs().get(0).getText());
                assertTrue(e.getValue().getTextParagraphs().get(0).getTextRuns().get(0).isBold());
                if (p.reportsTo() != null && cards.containsKey(p.reportsTo().value())) {
                    reportsWithManagerHere++;
                }
                carded.add(e.getKey());
            }
            assertEquals(reportsWithManagerHere, lines(slide, ChartSlideWriter.LINE),
                    "one line shape per reporting line on slide " + slide.getSlideNumber());
        }
        assertEquals(chart.size(), carded.size(), "every position has a card on some slide");
    }

    @Test
    void noTextIsSmallerThanTenPointsAndNoSlideIsAPicture() throws IOException {
        Written w = write(ExportFixtures.generated(1000, 7), BASE.withFindings(true).withDuties(true));
        List<XSLFTextRun> runs = runs(w.show());
        assertTrue(runs.size() > 1000);
        for (XSLFTextRun r : runs) {
            Double size = r.getFontSize();
            assertNotNull(size, "every run says its size: " + r.getRawText());
            assertTrue(size >= 10, "'" + r.getRawText() + "' is " + size + " pt");
        }
        for (XSLFSlide slide : w.show().getSlides()) {
            for (XSLFShape s : slide.getShapes()) {
                assertFalse(s instanceof XSLFPictureShape, "no pictures on slide " + slide.getSlideNumber());
            }
        }
        assertTrue(w.show().getPictureData().isEmpty());
    }

    @Test
    void cardsStayInsideTheirSlideBelowTheHeadingInBothSizes() throws IOException {
        for (SlideSize size : SlideSize.values()) {
            Written w = write(ExportFixtures.generated(400, 11), BASE.withSize(size));
            assertEquals(size.width(), w.show().getPageSize().getWidth());
            for (XSLFSlide slide : w.show().getSlides().subList(1, 1 + w.summary().chartSlides())) {
                for (XSLFAutoShape card : cards(slide).values()) {
                    Rectangle2D r = card.getAnchor();
                    assertTrue(r.getX() >= DeckFrame.MARGIN - 0.5 && r.getMaxX() <= size.width() - DeckFrame.MARGIN + 0.5
                                    && r.getY() >= DeckFrame.AREA_TOP - 0.5
                                    && r.getMaxY() <= size.height() - DeckFrame.FOOTER + 0.5,
                            size + " slide " + slide.getSlideNumber() + ": " + r);
                }
            }
        }
    }

    @Test
    void aTeamTooWideForOneSlideContinuesOnTheNextWithReferencesBothWays() throws IOException {
        Written w = write(DeckFixtures.wideTeam(60), BASE);
        List<XSLFSlide> slides = w.show().getSlides();
        // Slide 2 is the overview: the head of support's card points to the team's first slide.
        XSLFAutoShape head = cards(slides.get(1)).get("head");
        String reference = head.getTextParagraphs().get(head.getTextParagraphs().size() - 1).getText();
        Matcher m = Pattern.compile("Team continues on slide (\\d+) ›").matcher(reference);
        assertTrue(m.matches(), reference);
        int first = Integer.parseInt(m.group(1));
        assertEquals("Head of Support", heading(slides.get(first - 1)));
        assertTrue(subheading(slides.get(first - 1)).contains("Continued from slide 2"));
        Set<String> agents = new HashSet<>();
        int n = first;
        while (heading(slides.get(n - 1)).startsWith("Head of Support")) {
            Map<String, XSLFAutoShape> cards = cards(slides.get(n - 1));
            assertTrue(cards.containsKey("head"), "each part shows the manager");
            cards.keySet().stream().filter(id -> id.startsWith("a")).forEach(agents::add);
            if (n > first) {
                assertEquals("Head of Support (continued)", heading(slides.get(n - 1)));
                assertTrue(subheading(slides.get(n - 1)).contains("Continued from slide " + (n - 1)),
                        subheading(slides.get(n - 1)));
            }
            n++;
        }
        assertTrue(n - first >= 2, "the team takes several slides");
        assertEquals(60, agents.size(), "every agent is on one of them");
    }

    @Test
    void privateValuesAppearOnlyWhenAskedFor() throws IOException {
        Chart chart = DeckFixtures.withPrivateValues();
        String hidden = allText(write(chart, BASE).show());
        assertFalse(hidden.contains("250,000"), "no cost");
        assertFalse(hidden.contains("Band CEO"), "no private field");
        assertFalse(hidden.contains("Salary band"));
        assertTrue(hidden.contains("Acme & Co"), "the client from the chart's settings");

        Written shown = write(chart, BASE.withIncludePrivate(true));
        String all = allText(shown.show());
        assertTrue(all.contains("Cost: 250,000"), all);
        assertTrue(all.contains("Salary band: Band CEO"));
        XSLFAutoShape ceo = cards(shown.show().getSlides().get(1)).get("ceo");
        assertTrue(ceo.getText().contains("Cost: 250,000"), "on the CEO's own card: " + ceo.getText());
    }

    @Test
    void findingsAreANativeTableOnlyWhenAskedFor() throws IOException {
        Written without = write(ExportFixtures.tricky(), BASE);
        Written with = write(ExportFixtures.tricky(), BASE.withFindings(true));
        assertTrue(with.show().getSlides().size() > without.show().getSlides().size());
        boolean table = false;
        for (XSLFSlide slide : with.show().getSlides()) {
            if (heading(slide).startsWith("Findings")) {
                for (XSLFShape s : slide.getShapes()) {
                    table |= s instanceof XSLFGraphicFrame && s instanceof XSLFTable;
                }
            }
            assertFalse(heading(slide).isEmpty() && slide.getSlideNumber() > 1, "every slide but the title has a heading");
        }
        assertTrue(table);
        assertFalse(allText(without.show()).contains("Findings in detail"));
    }
}
