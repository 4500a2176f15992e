package dev.orgwright.render.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.render.CardContent;
import dev.orgwright.render.CardMetrics;
import dev.orgwright.render.CardSizing;
import dev.orgwright.render.CardText;
import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.TextWrap;
import dev.orgwright.render.Theme;
import dev.orgwright.render.export.ExportFonts;
import dev.orgwright.rules.Validator;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.junit.jupiter.api.Test;

/**
 * A card's text on a slide is broken as every other drawing breaks it: long titles and duties
 * wrap between words onto the lines the PDF, PNG and SVG show, end with "…" when cut, and stay
 * inside the card in the deck's font, as one editable text box per card.
 */
class DeckCardTextWrapTest {

    private static final ExportFonts FONTS = new ExportFonts();
    private static final DeckOptions OPTIONS = DeckOptions.defaults().withDuties(true).withLegend(false)
            .withDate(LocalDate.of(2026, 1, 5));
    private static final String LONG_TITLE = "Senior Vice President for Global Strategic Partnerships, Mergers,"
            + " Acquisitions and the Integration of Acquired Companies across Europe, the Middle East and Africa";
    private static final String LONG_DUTY = "Negotiates every partnership agreement with suppliers, distributors"
            + " and resellers in the region, reviews their performance each quarter and renegotiates or ends the"
            + " agreements that fall short of the targets agreed with the board";

    static Chart longTexts() throws InvalidChartException {
        return Chart.builder().title("Long texts").tiers(Templates.leadershipTeam())
                .add(Position.of("ceo", "Chief Executive Officer and Chair of the Executive Committee of the Group",
                        Templates.SENIOR).withHolder("Maximiliane Alexandra von Hohenzollern-Sigmaringen")
                        .withDuties(List.of(Duty.of(LONG_DUTY), Duty.of("Chairs the executive committee"))))
                .add(Position.of("svp", LONG_TITLE, Templates.SENIOR).withHolder("Ana Ruiz")
                        .withDuties(List.of(Duty.of(LONG_DUTY), Duty.of(LONG_DUTY + " " + LONG_DUTY)))
                        .withReportsTo(PositionId.of("ceo")))
                .add(Position.of("ops", "Head of Operations", Templates.EXECUTIVE)
                        .withDuties(List.of(Duty.of("Runs the warehouses")))
                        .withReportsTo(PositionId.of("ceo")))
                .build();
    }

    @Test
    void longTitlesAndDutiesAreTheOtherDrawingsLinesEndingWithAnEllipsisInsideTheCard() throws Exception {
        Chart chart = longTexts();
        CardContent content = new CardContent(true, true);
        CardSizing sizing = new CardSizing(FONTS, Theme.LIGHT, content);
        Map<String, XSLFAutoShape> cards = cards(write(chart));
        assertEquals(chart.size(), cards.size(), "every position has its card on the overview");
        TrueTypeFont[] arial = ArialTwin.load();
        boolean titleCut = false;
        boolean dutyCut = false;
        for (Position p : chart.inTreeOrder()) {
            XSLFAutoShape card = cards.get(p.id().value());
            Rectangle2D anchor = card.getAnchor();
            double width = sizing.sizeOf(p).width();
            double scale = anchor.getWidth() / width;
            CardText expected = content.text(p, width - 2 * CardMetrics.PADDING_X, FONTS, Theme.LIGHT);
            List<XSLFTextParagraph> paragraphs = card.getTextParagraphs();
            String where = p.id().value();

            assertEquals(expected.title(), lines(paragraphs.get(0)), "title of " + where);
            assertEquals(expected.holder(), lines(paragraphs.get(1)), "holder of " + where);
            List<String> duties = new ArrayList<>();
            for (XSLFTextParagraph para : paragraphs.subList(2, paragraphs.size())) {
                duties.addAll(lines(para));
            }
            assertEquals(expected.duties().stream().map(CardText.DutyLine::text).toList(), duties, "duties of " + where);
            titleCut |= expected.title().get(expected.title().size() - 1).endsWith(TextWrap.ELLIPSIS);
            dutyCut |= duties.stream().anyMatch(d -> d.endsWith(TextWrap.ELLIPSIS));

            // Each line fits the box's width in the bundled font and in Arial's metric twin, at the size it is set in.
            double inner = anchor.getWidth() - card.getLeftInset() - card.getRightInset();
            for (XSLFTextParagraph para : paragraphs) {
                double room = inner - Math.max(0, para.getLeftMargin() == null ? 0 : para.getLeftMargin());
                for (XSLFTextRun r : para.getTextRuns()) {
                    String text = r.getRawText();
                    if (text.isBlank() || text.equals("\n")) {
                        continue;
                    }
                    TextStyle style = new TextStyle(r.getFontSize(), r.isBold(), r.isItalic(), Theme.LIGHT.holder());
                    double bullet = text.startsWith("• ") && para.getIndent() != null ? -para.getIndent() : 0;
                    assertTrue(FONTS.width(text, style) <= room + bullet + 0.01,
                            "'" + text + "' of " + where + " fits the card's text box: " + FONTS.width(text, style)
                                    + " > " + (room + bullet));
                    if (arial != null) {
                        double w = ArialTwin.width(arial, text, style);
                        assertTrue(w <= room + bullet, "'" + text + "' of " + where + " fits in Arial: " + w + " > "
                                + (room + bullet));
                    }
                }
            }
            // POI lays the text out in the box as a presentation program does: no line of ours broken again,
            // and the text ends inside the card.
            double height = card.getTextHeight();
            assertTrue(height <= anchor.getHeight() + 0.5, "the text of " + where + " (" + height
                    + " pt high) stays inside its card (" + anchor.getHeight() + " pt), scale " + scale);
        }
        assertTrue(titleCut, "the long title is cut with an ellipsis");
        assertTrue(dutyCut, "a long duty is cut with an ellipsis");
    }

    @Test
    void theWrappedLinesAreOneTextBoxPerCardEachLineAParagraphOrALineBreak() throws Exception {
        XSLFAutoShape svp = cards(write(longTexts())).get("svp");
        XSLFGroupShape group = (XSLFGroupShape) svp.getParent();
        long textShapes = group.getShapes().stream().filter(s -> s instanceof XSLFAutoShape a && !a.getText().isEmpty())
                .count();
        assertEquals(1, textShapes, "the card's text is in one shape");
        XSLFTextParagraph title = svp.getTextParagraphs().get(0);
        assertEquals(CardContent.MAX_TITLE_LINES, lines(title).size(), "the long title takes three lines of one paragraph");
        assertTrue(svp.getWordWrap(), "the text still wraps as it is edited");
        // Joined again, the title reads as the start of the original, up to the ellipsis.
        String joined = String.join(" ", lines(title));
        String shown = joined.substring(0, joined.length() - TextWrap.ELLIPSIS.length());
        assertTrue(LONG_TITLE.startsWith(shown.strip()), joined);
    }

    /** A slide drawn at a scale that would make text smaller than the deck allows sets it larger: the lines are broken at that size. */
    @Test
    void textSetLargerThanTheSlidesScaleIsBrokenAtTheLargerSize() throws Exception {
        Chart chart = longTexts();
        DeckCards cards = new DeckCards(chart, OPTIONS, FONTS, Theme.LIGHT);
        Position svp = chart.position(PositionId.of("svp"));
        double scale = 0.3;
        CardText text = cards.text(svp, 200, scale);
        TextMeasure slide = cards.atSlideSize(scale);
        TextStyle title = CardMetrics.titleStyle(Theme.LIGHT);
        assertTrue(slide.width("Partnerships", title) > FONTS.width("Partnerships", title), "set at 10 pt, not 3.9");
        for (String line : text.title()) {
            assertTrue(FONTS.width(line, title.withSize(SlidePlanner.MIN_TEXT_POINTS)) <= 200 * scale + 1e-9, line);
        }
        assertEquals(new CardContent(true, true).text(svp, 200, FONTS, Theme.LIGHT), cards.text(svp, 200, 1),
                "at a scale of 1 the lines are the other drawings'");
    }

    /**
     * A whole chart on one slide, drawn so small that its text is set at the deck's smallest size,
     * larger than the cards were sized for: each card shows the lines that fit its height, the
     * title first and cut with "…", and its text ends inside the card; a card too short for a
     * line of its title shows none.
     */
    @Test
    void aWholeChartSlideSetInLargerTextShowsTheLinesThatFitEachCard() throws Exception {
        dev.orgwright.model.ChartBuilder b = Chart.builder().title("Wide").tiers(Templates.leadershipTeam())
                .add(Position.of("ceo", LONG_TITLE, Templates.SENIOR).withHolder("Ana Ruiz"));
        for (int i = 1; i <= 5; i++) {
            b.add(Position.of("r" + i, "Regional Director of Strategic Partnerships " + i, Templates.EXECUTIVE)
                    .withHolder("Maximiliane Alexandra von Hohenzollern-Sigmaringen")
                    .withDuties(List.of(Duty.of(LONG_DUTY))).withReportsTo(PositionId.of("ceo")));
        }
        Chart chart = b.build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeckWriter(FONTS, Theme.LIGHT).write(chart, null,
                OPTIONS.withWholeChart(dev.orgwright.layout.LayoutOptions.DEFAULT), out);
        Map<String, XSLFAutoShape> cards = cards(new XMLSlideShow(new ByteArrayInputStream(out.toByteArray())));
        assertEquals(chart.size(), cards.size());
        XSLFAutoShape ceo = cards.get("ceo");
        double runSize = ceo.getTextParagraphs().get(0).getTextRuns().get(0).getFontSize();
        assertEquals(SlidePlanner.MIN_TEXT_POINTS, runSize, 1e-9, "the title is set at the smallest size, not smaller");
        List<String> ceoTitle = lines(ceo.getTextParagraphs().get(0));
        assertTrue(ceoTitle.get(ceoTitle.size() - 1).endsWith(TextWrap.ELLIPSIS), "the long title is cut: " + ceoTitle);
        // A report's card has room for its title and name at 10 pt, not for its duty under them.
        XSLFAutoShape report = cards.get("r1");
        assertEquals(2, report.getTextParagraphs().size(), report.getText());
        assertEquals(List.of("Maximiliane Alexandra von", "Hohenzollern-Sigmaringen"),
                lines(report.getTextParagraphs().get(1)));
        for (Map.Entry<String, XSLFAutoShape> e : cards.entrySet()) {
            XSLFAutoShape card = e.getValue();
            assertTrue(card.getAnchor().getHeight() >= runSize, "a card of " + e.getKey() + " with room for a line");
            assertTrue(card.getTextHeight() <= card.getAnchor().getHeight() + 0.5, "the text of " + e.getKey() + " ("
                    + card.getTextHeight() + " pt) stays inside its card (" + card.getAnchor().getHeight() + " pt): "
                    + card.getText());
        }
    }

    @Test
    void aCardTooShortForALineOfItsTitleShowsNoText() throws Exception {
        dev.orgwright.model.ChartBuilder b = Chart.builder().title("Wide").tiers(Templates.leadershipTeam())
                .add(Position.of("ceo", LONG_TITLE, Templates.SENIOR).withHolder("Ana Ruiz"));
        for (int i = 1; i <= 60; i++) {
            b.add(Position.of("r" + i, "Regional Director " + i, Templates.EXECUTIVE).withReportsTo(PositionId.of("ceo")));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeckWriter(FONTS, Theme.LIGHT).write(b.build(), null,
                OPTIONS.withWholeChart(dev.orgwright.layout.LayoutOptions.DEFAULT), out);
        XSLFSlide slide = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray())).getSlides().get(1);
        int cards = 0;
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFGroupShape g && g.getShapeName().startsWith(ChartSlideWriter.CARD)) {
                XSLFAutoShape card = (XSLFAutoShape) g.getShapes().get(0);
                assertTrue(card.getAnchor().getHeight() < SlidePlanner.MIN_TEXT_POINTS, "a tiny card");
                assertEquals("", card.getText(), "no text on " + g.getShapeName());
                assertEquals(1, card.getTextParagraphs().size(), "an empty paragraph, as a text body needs one");
                cards++;
            }
        }
        assertEquals(61, cards);
    }

    /** A line of a paragraph for each line break. */
    private static List<String> lines(XSLFTextParagraph paragraph) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (XSLFTextRun r : paragraph.getTextRuns()) {
            String t = r.getRawText();
            if (t.equals("\n")) {
                out.add(line.toString());
                line.setLength(0);
            } else {
                line.append(t);
            }
        }
        out.add(line.toString());
        return out;
    }

    private static XMLSlideShow write(Chart chart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeckWriter(FONTS, Theme.LIGHT).write(chart, Validator.withDefaultRules().validate(chart), OPTIONS, out);
        return new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The card text shapes of the overview slide, by position id. */
    private static Map<String, XSLFAutoShape> cards(XMLSlideShow show) {
        XSLFSlide overview = show.getSlides().get(1);
        Map<String, XSLFAutoShape> out = new HashMap<>();
        for (XSLFShape s : overview.getShapes()) {
            if (s instanceof XSLFGroupShape g && g.getShapeName().startsWith(ChartSlideWriter.CARD)) {
                XSLFAutoShape text = (XSLFAutoShape) g.getShapes().stream()
                        .filter(c -> c instanceof XSLFAutoShape a && !a.getText().isEmpty()).findFirst().orElseThrow();
                out.put(g.getShapeName().substring(ChartSlideWriter.CARD.length()), text);
            }
        }
        return out;
    }

    /** Liberation Sans, whose letters are exactly as wide as Arial's, when it is installed. */
    private static final class ArialTwin {

        static TrueTypeFont[] load() throws IOException {
            for (String folder : List.of("/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation",
                    "/usr/share/fonts/liberation-sans")) {
                Path regular = Path.of(folder, "LiberationSans-Regular.ttf");
                if (Files.isRegularFile(regular)) {
                    TrueTypeFont[] faces = new TrueTypeFont[3];
                    String[] files = {"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"};
                    for (int i = 0; i < 3; i++) {
                        faces[i] = new TTFParser().parse(new RandomAccessReadBufferedFile(Path.of(folder, files[i]).toFile()));
                    }
                    return faces;
                }
            }
            return null;
        }

        static double width(TrueTypeFont[] faces, String text, TextStyle style) throws IOException {
            TrueTypeFont f = faces[style.bold() ? 1 : style.italic() ? 2 : 0];
            CmapLookup cmap = f.getUnicodeCmapLookup();
            double em = 0;
            for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                em += f.getAdvanceWidth(cmap.getGlyphId(text.codePointAt(i))) / (double) f.getUnitsPerEm();
            }
            return em * style.size();
        }
    }
}
