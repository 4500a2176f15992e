package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.render.TextStyle;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Pashto, Sindhi, Kurdish (Sorani) and Urdu in a PDF: their letters, many of which have no
 * presentation forms, are joined by the JDK's shaper with an installed Arabic font rather than
 * drawn one glyph per character, and the text still reads back as written. Needs Noto Sans Arabic
 * (Debian fonts-noto-core, which .ci/run installs).
 */
class ArabicScriptsPdfTest {

    private static final ExportFonts FONTS = new ExportFonts();
    /** Pashto: manager of the sales department; Sindhi: teacher; Sorani: manager; Urdu: head of finance. */
    private static final String PASHTO = "د پلور څانګې مشر";
    private static final String SINDHI = "استاد ڪاميٽي";
    private static final String KURDISH = "بەڕێوەبەری گشتی";
    private static final String URDU = "شعبہ مالیات کے سربراہ";
    private static final String HOLDER = "ښاغلی احمد ځدراڼ";

    private static Chart chart() throws Exception {
        return Chart.builder().title(URDU).tiers(Templates.leadershipTeam())
                .add(Position.of("a", PASHTO, Templates.SENIOR).withHolder(HOLDER))
                .add(Position.of("b", SINDHI, null).withReportsTo(PositionId.of("a")))
                .add(Position.of("c", KURDISH, null).withReportsTo(PositionId.of("a")))
                .build();
    }

    private static String hex(int[] gids) {
        StringBuilder b = new StringBuilder();
        for (int g : gids) {
            b.append(String.format("%04X", g));
        }
        return b.toString();
    }

    @Test
    void everyArabicScriptLanguageIsJoinedByTheShaperAndReadsBackAsWritten() throws Exception {
        PdfExporter exporter = new PdfExporter(FONTS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(ExportRequest.of(chart(), null, ExportOptions.DEFAULT.withTitle(URDU)), out);

        String glyphs;
        String text;
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            text = new PDFTextStripper().getText(document);
            StringBuilder shown = new StringBuilder();
            try (InputStream in = document.getPage(0).getContents()) {
                Matcher m = Pattern.compile("<([0-9A-F]+)>").matcher(new String(in.readAllBytes(),
                        java.nio.charset.StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    shown.append(m.group(1));
                }
            }
            glyphs = shown.toString();
        }
        for (String t : List.of(PASHTO, SINDHI, KURDISH, URDU, HOLDER)) {
            assertTrue(text.contains(t), "'" + t + "' reads back from:\n" + text);
        }
        assertTrue(exporter.undrawn().isEmpty(), "an Arabic font is installed (fonts-noto-core): "
                + exporter.undrawn());

        IndicShaping shaper = new IndicShaping();
        for (String word : List.of("څانګې", "ځدراڼ")) {
            SystemFonts.Font regular = FONTS.arabic(ExportFonts.Face.REGULAR);
            SystemFonts.Font bold = FONTS.arabic(ExportFonts.Face.BOLD);
            assertNotNull(regular, "an installed font has the Pashto letters");
            IndicShaping.Shaped shaped = shaper.shape(regular, word, 0, word.length(), true);
            IndicShaping.Shaped boldShaped = shaper.shape(bold, word, 0, word.length(), true);
            assertNotNull(shaped, "the JDK opens " + regular.file());
            // One glyph per character, right to left: what drawing without the shaper would give.
            int[] oneByOne = new StringBuilder(word).reverse().codePoints().map(regular::glyph).toArray();
            int[] oneByOneBold = new StringBuilder(word).reverse().codePoints().map(bold::glyph).toArray();
            assertNotEquals(hex(oneByOne), hex(shaped.glyphs()), "shaping joins the letters of " + word);
            assertTrue(glyphs.contains(hex(shaped.glyphs())) || glyphs.contains(hex(boldShaped.glyphs())),
                    "the PDF shows the shaped glyphs of " + word);
            assertFalse(glyphs.contains(hex(oneByOne)) || glyphs.contains(hex(oneByOneBold)),
                    "the PDF does not show " + word + " one glyph per character");
        }
    }

    @Test
    void aMixedLineKeepsItsLatinAndArabicPartsInVisualOrder() throws Exception {
        String heading = "Board (" + PASHTO + ") 2026";
        Chart chart = Chart.builder().title(heading).tiers(Templates.leadershipTeam())
                .add(Position.of("a", "Director", Templates.SENIOR)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(FONTS).write(ExportRequest.of(chart, null, ExportOptions.DEFAULT.withTitle(heading)), out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            // The shaped glyphs read back as their letters, in the line's own order and spacing.
            assertTrue(text.contains(heading), heading + " in:\n" + text);
            try (InputStream in = document.getPage(0).getContents()) {
                assertFalse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1)
                        .contains("ActualText"), "the shaped glyphs read back through the font's ToUnicode map alone");
            }
        }
    }

    @Test
    void textTheShaperDrawsIsMeasuredAsTheShaperLaysItOut() {
        TextStyle style = new TextStyle(10, false, false, null);
        String word = "څانګې";
        SystemFonts.Font font = FONTS.arabic(ExportFonts.Face.REGULAR);
        assertNotNull(font, "an installed font has the Pashto letters");
        double shaped = new IndicShaping().advance(font, word, 0, word.length(), true) * 10;
        assertEquals(shaped, FONTS.width(word, style), 1e-9, "the word as shaped");
        assertEquals(FONTS.width("Head ", style) + shaped, FONTS.width("Head " + word, style), 1e-9,
                "the Latin part measured as before, the Pashto part as shaped");
    }
}
