package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
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
 * Devanagari and Tamil in a PDF: conjuncts joined and vowel signs placed as the font's tables
 * say (the JDK's shaper), not one glyph per character; the text still reads back as written.
 * Needs Noto Sans Devanagari and Noto Sans Tamil (Debian fonts-noto-core, which .ci/run installs).
 */
class IndicShapingTest {

    private static final ExportFonts FONTS = new ExportFonts();
    /** Managing director; head of human resources; Kshitij Srivastava; sales manager (Tamil). */
    private static final List<String> TEXTS = List.of("प्रबंध निदेशक", "मानव संसाधन प्रमुख", "क्षितिज श्रीवास्तव",
            "வணிக மேலாளர்");

    private static Chart chart() throws Exception {
        return Chart.builder().title("Board").tiers(Templates.leadershipTeam())
                .add(Position.of("a", TEXTS.get(0), Templates.SENIOR).withHolder(TEXTS.get(2)))
                .add(Position.of("b", TEXTS.get(1), null).withReportsTo(PositionId.of("a")))
                .add(Position.of("c", TEXTS.get(3), null).withReportsTo(PositionId.of("a")))
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
    void conjunctsAndVowelSignsAreShapedAndTheTextReadsBackAsWritten() throws Exception {
        PdfExporter exporter = new PdfExporter(FONTS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(ExportRequest.of(chart(), null, ExportOptions.DEFAULT), out);

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
        for (String t : TEXTS) {
            assertTrue(text.contains(t), "'" + t + "' reads back from:\n" + text);
        }
        assertTrue(exporter.undrawn().isEmpty(), "Devanagari and Tamil fonts are installed (fonts-noto-core): "
                + exporter.undrawn());

        IndicShaping shaper = new IndicShaping();
        for (String t : List.of(TEXTS.get(0), TEXTS.get(2), TEXTS.get(3))) {
            ExportFonts.Glyph first = FONTS.glyph(t.codePointAt(0), ExportFonts.Face.REGULAR);
            assertNotNull(first.system(), "an installed font draws " + t);
            IndicShaping.Shaped shaped = shaper.shape(first.system(), t, 0, t.length());
            assertNotNull(shaped, "the JDK opens " + first.system().file());
            int[] oneByOne = t.codePoints().map(cp -> first.system().glyph(cp)).toArray();
            assertNotEquals(hex(oneByOne), hex(shaped.glyphs()), "shaping changes the glyphs of " + t);
            // The card's title is bold and its holder regular, so look for either face's shaping.
            ExportFonts.Glyph bold = FONTS.glyph(t.codePointAt(0), ExportFonts.Face.BOLD);
            IndicShaping.Shaped boldShaped = shaper.shape(bold.system(), t, 0, t.length());
            assertTrue(glyphs.contains(hex(shaped.glyphs())) || glyphs.contains(hex(boldShaped.glyphs())),
                    "the PDF shows the shaped glyphs of " + t);
            assertFalse(glyphs.contains(hex(oneByOne)), "the PDF does not show " + t + " one glyph per character");
        }
    }

    @Test
    void boldTextTakesTheBoldFaceOfAnInstalledFontAndRegularTextTheRegularOne() {
        ExportFonts.Glyph bold = FONTS.glyph('क', ExportFonts.Face.BOLD);
        ExportFonts.Glyph regular = FONTS.glyph('क', ExportFonts.Face.REGULAR);
        assertTrue(SystemFonts.boldFile(bold.system().file()), "bold: " + bold.system().file());
        assertFalse(SystemFonts.boldFile(regular.system().file()), "regular: " + regular.system().file());
        assertTrue(bold.system().file().getFileName().toString().contains("Devanagari"), "a Devanagari font");
    }

    @Test
    void aTextLongerThanTheGlyphBufferIsDrawnWhole() throws Exception {
        // The heading is drawn as one line, longer than the 64 glyphs the surface starts with.
        String heading = "Regional Operations, Logistics, Procurement and Supplier Relations for the Nordic"
                + " and Baltic Markets (प्रबंध निदेशक)";
        Chart chart = Chart.builder().title("Board").tiers(Templates.leadershipTeam())
                .add(Position.of("a", "Director", Templates.SENIOR)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(FONTS).write(ExportRequest.of(chart, null, ExportOptions.DEFAULT.withTitle(heading)), out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String word : List.of("Regional", "Supplier", "Baltic", "प्रबंध")) {
                assertTrue(text.contains(word), word + " in:\n" + text);
            }
        }
    }
}
