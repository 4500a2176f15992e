package dev.orgwright.render.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartReader;
import dev.orgwright.model.CardTemplate;
import dev.orgwright.model.Chart;
import dev.orgwright.render.Theme;
import dev.orgwright.render.export.ExportFonts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;

/**
 * A deck's cards follow the chart's card template: its lines in its order, with the texts the
 * other drawings give them, private values only when asked for, and the photos as round pictures.
 */
class DeckCardTemplateTest {

    private static final DeckOptions BASE = DeckOptions.defaults().withDate(LocalDate.of(2026, 1, 5));

    private static Chart sample() throws Exception {
        try (InputStream in = DeckCardTemplateTest.class.getResourceAsStream("/dev/orgwright/io/card-photos.orgchart.json")) {
            return ChartReader.read(in.readAllBytes(), "card-photos.orgchart.json");
        }
    }

    private static Chart withTemplate(List<String> lines, boolean photo) throws Exception {
        return CardTemplate.edit(new CardTemplate(lines, photo)).apply(sample());
    }

    private static XMLSlideShow write(Chart chart, DeckOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeckWriter(new ExportFonts(), Theme.LIGHT).write(chart, null, options, out);
        return new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The group of {@code id}'s card on the first chart slide. */
    private static XSLFGroupShape card(XMLSlideShow show, String id) {
        XSLFSlide slide = show.getSlides().get(1);
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFGroupShape g && g.getShapeName().equals(ChartSlideWriter.CARD + id)) {
                return g;
            }
        }
        throw new AssertionError("no card " + id + " on the chart slide");
    }

    /** The paragraphs of a card's text, in order. */
    private static List<String> paragraphs(XSLFGroupShape card) {
        List<String> out = new ArrayList<>();
        for (XSLFShape s : card.getShapes()) {
            if (s instanceof XSLFAutoShape a && !a.getText().isEmpty()) {
                for (XSLFTextParagraph p : a.getTextParagraphs()) {
                    out.add(p.getText());
                }
            }
        }
        return out;
    }

    @Test
    void theCardsParagraphsFollowTheTemplatesLinesInItsOrder() throws Exception {
        Chart chart = withTemplate(List.of("title", "department", "field:location", "holder", "rollup"), false);

        try (XMLSlideShow show = write(chart, BASE)) {
            assertEquals(List.of("Chief Executive Officer", "Board", "Lisbon", "Maya Lindqvist", "2 below"),
                    paragraphs(card(show, "ceo")));
            assertEquals(List.of("Chief Financial Officer", "Finance", "Porto", "Ravi Patel"),
                    paragraphs(card(show, "cfo")), "no roll-up line for a card with nobody below");
        }
    }

    @Test
    void aDepartmentOrFieldLineAppearsOnlyWhenTheTemplateHasIt() throws Exception {
        try (XMLSlideShow show = write(withTemplate(List.of("title", "holder"), false), BASE)) {
            assertEquals(List.of("Chief Executive Officer", "Maya Lindqvist"), paragraphs(card(show, "ceo")));
        }
        try (XMLSlideShow show = write(withTemplate(List.of("department", "title"), false), BASE)) {
            assertEquals(List.of("Board", "Chief Executive Officer"), paragraphs(card(show, "ceo")),
                    "the department first, no holder");
        }
    }

    @Test
    void privateFieldsAndTheTeamsCostOnlyWithIncludePrivate() throws Exception {
        Chart chart = withTemplate(List.of("title", "holder", "field:salary", "rollup"), false);

        try (XMLSlideShow show = write(chart, BASE)) {
            List<String> ceo = paragraphs(card(show, "ceo"));
            assertEquals(List.of("Chief Executive Officer", "Maya Lindqvist", "2 below"), ceo);
            assertFalse(String.join("\n", paragraphs(card(show, "cfo"))).contains("171717"));
        }
        try (XMLSlideShow show = write(chart, BASE.withIncludePrivate(true))) {
            List<String> ceo = paragraphs(card(show, "ceo"));
            assertEquals(List.of("Chief Executive Officer", "Maya Lindqvist", "240000", "2 below · 370 k EUR"),
                    ceo.subList(0, 4), "the template's lines first: " + ceo);
            assertFalse(ceo.stream().anyMatch(p -> p.startsWith("Salary:")), "the field shown once: " + ceo);
            assertTrue(ceo.stream().anyMatch(p -> p.startsWith("Cost: 250,000")),
                    "the cost among the private lines: " + ceo);
        }
    }

    @Test
    void photosArePicturesCroppedToACircleInsideTheCard() throws Exception {
        try (XMLSlideShow show = write(sample(), BASE)) {
            for (String id : List.of("ceo", "cfo", "cto")) {
                XSLFGroupShape card = card(show, id);
                List<XSLFPictureShape> pictures = card.getShapes().stream()
                        .filter(s -> s instanceof XSLFPictureShape).map(s -> (XSLFPictureShape) s).toList();
                assertEquals(1, pictures.size(), "one photo on " + id);
                XSLFPictureShape photo = pictures.get(0);
                assertEquals("ellipse", ((CTPicture) photo.getXmlObject()).getSpPr().getPrstGeom().getPrst().toString());
                assertTrue(card.getAnchor().contains(photo.getAnchor()), "inside the card: " + id);
                assertTrue(photo.getPictureData().getData().length > 0);
            }
            assertEquals(2, show.getPictureData().size(), "the CEO's photo is also the CTO's: stored once");
        }
        try (XMLSlideShow show = write(withTemplate(List.of("title", "holder"), false), BASE)) {
            assertTrue(card(show, "ceo").getShapes().stream().noneMatch(s -> s instanceof XSLFPictureShape),
                    "no photo when the template leaves it out");
        }
    }
}
