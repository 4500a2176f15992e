package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartReader;
import dev.orgwright.model.CardTemplate;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Photos;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Exports draw the cards the chart's template asks for, with the photos as round avatars, and
 * write private values (a private field, the cost of the team below) only when asked to.
 */
class CardTemplateExportTest {

    private static final ExportFonts FONTS = new ExportFonts();

    static Chart sample() throws Exception {
        try (InputStream in = CardTemplateExportTest.class.getResourceAsStream("/dev/orgwright/io/card-photos.orgchart.json")) {
            return ChartReader.read(in.readAllBytes(), "card-photos.orgchart.json");
        }
    }

    private static String svg(Chart chart, ExportOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgExporter(FONTS).write(ExportRequest.of(chart, null, options), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static byte[] pdf(Chart chart, ExportOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(FONTS).write(ExportRequest.of(chart, null, options), out);
        return out.toByteArray();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theSvgShowsTheTemplatesLinesInItsOrder() throws Exception {
        String svg = svg(sample(), ExportOptions.DEFAULT);

        int title = svg.indexOf(">Chief Executive Officer</text>");
        int holder = svg.indexOf(">Maya Lindqvist</text>");
        int location = svg.indexOf(">Lisbon</text>");
        int rollup = svg.indexOf(">2 below</text>");
        assertTrue(title >= 0 && holder > title && location > holder && rollup > location, "title, holder, field, roll-up");
        assertFalse(svg.contains(">Board</text>"), "the department is not one of the template's lines");
    }

    @Test
    void aDepartmentLineReplacingTheFieldShowsTheDepartmentAndNotTheField() throws Exception {
        Chart chart = CardTemplate.edit(new CardTemplate(List.of("title", "department"), true)).apply(sample());

        String svg = svg(chart, ExportOptions.DEFAULT);

        assertTrue(svg.contains(">Board</text>"));
        assertFalse(svg.contains(">Lisbon</text>"));
        assertFalse(svg.contains(">Maya Lindqvist</text>"), "the holder line was removed");
    }

    @Test
    void withoutTheFlagNoPrivateValueIsInTheSvgOrThePdf() throws Exception {
        Chart chart = sample();

        String svg = svg(chart, ExportOptions.DEFAULT);
        String text = pdfText(pdf(chart, ExportOptions.DEFAULT));

        for (String secret : List.of("240000", "171717", "370 k")) {
            assertFalse(svg.contains(secret), "SVG: " + secret);
            assertFalse(text.contains(secret), "PDF: " + secret);
        }
        assertTrue(text.contains("Lisbon"), "the public field is there");
    }

    @Test
    void withTheFlagThePrivateValuesAreInTheSvgAndThePdf() throws Exception {
        Chart chart = sample();
        ExportOptions included = ExportOptions.DEFAULT.withIncludePrivate(true);

        String svg = svg(chart, included);
        String text = pdfText(pdf(chart, included));

        assertTrue(svg.contains(">240000</text>") && svg.contains(">171717</text>"), "the private field");
        assertTrue(svg.contains(">2 below · 370 k EUR</text>"), "the cost of the team below");
        assertTrue(text.contains("240000") && text.contains("171717") && text.contains("370 k EUR"), text);
    }

    @Test
    void aPhotoIsACircleClippedImageInTheSvg() throws Exception {
        Chart chart = sample();
        String ceo = Photos.of(chart.settings()).get("ceo");

        String svg = svg(chart, ExportOptions.DEFAULT);

        Matcher clip = Pattern.compile("<clipPath id=\"(p\\d+)\"><circle [^>]*/></clipPath><image [^>]*clip-path=\"url\\(#\\1\\)\""
                + " href=\"([^\"]*)\"/>").matcher(svg);
        int photos = 0;
        boolean ceoSeen = false;
        while (clip.find()) {
            photos++;
            ceoSeen |= clip.group(2).equals(ceo);
        }
        assertEquals(3, photos, "one avatar per card");
        assertTrue(ceoSeen);
    }

    @Test
    void withoutPhotosInTheTemplateNoAvatarIsDrawn() throws Exception {
        Chart chart = CardTemplate.edit(new CardTemplate(List.of("title", "holder"), false)).apply(sample());

        assertFalse(svg(chart, ExportOptions.DEFAULT).contains("<circle"));
    }

    @Test
    void thePdfEmbedsEachPhotoOnceHoweverManyCardsShowIt() throws Exception {
        // Three cards, two photos: the CEO's photo is also the CTO's.
        try (PDDocument doc = Loader.loadPDF(pdf(sample(), ExportOptions.DEFAULT))) {
            int images = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertEquals(2, images);
        }
    }
}
