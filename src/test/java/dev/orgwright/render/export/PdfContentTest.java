package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class PdfContentTest {

    private static String written(java.util.function.Consumer<PdfContent> write) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfContent content = new PdfContent(out);
        write.accept(content);
        content.flush();
        return out.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void numbersAreShortAndToTheHundredth() {
        assertEquals("12 12.5 -0.05 3.14 -7.25 0 1234567.89 ", written(c -> c.num(12).num(12.5).num(-0.05)
                .num(3.14159).num(-7.25).num(-0.001).num(1234567.891)));
        assertEquals("30000000000 ", written(c -> c.num(3e10)));
    }

    @Property
    void aCoordinateReadsBackWithinHalfAHundredth(@ForAll @DoubleRange(min = -2e7, max = 2e7) double v) {
        String text = written(c -> c.num(v)).strip();
        assertEquals(v, Double.parseDouble(text), 0.005 + Math.ulp(v) * 100);
    }

    @Property
    void aColourChannelReadsBackAsTheSameEightBitValue(@ForAll @IntRange(min = 0, max = 255) int channel) {
        double fraction = Double.parseDouble(written(c -> c.channel(channel)).strip());
        assertEquals(channel, (int) Math.round(fraction * 255));
    }

    @Test
    void aScaleThatFitsAHugeChartOnOnePageKeepsItsDigits() {
        assertEquals("0.0000531234567 1 -1 ", written(c -> c.exact(0.0000531234567).exact(1).exact(-1)));
    }

    @Test
    void glyphsAreTheEmbeddedFontsOwnCodes() throws Exception {
        ExportFonts fonts = new ExportFonts();
        String text = "Zoë Ångström, R&D (Labs) \\ 1";
        try (PDDocument document = new PDDocument()) {
            PdfFonts pdfFonts = new PdfFonts(document, fonts);
            char[] ids = new char[text.length()];
            for (int i = 0; i < text.length(); i++) {
                ids[i] = (char) fonts.glyph(text.charAt(i), ExportFonts.Face.BOLD).gid();
                pdfFonts.use(ExportFonts.Face.BOLD, text.charAt(i));
            }
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            PDType0Font font = pdfFonts.font(ExportFonts.Face.BOLD);
            for (int i = 0; i < text.length(); i++) {
                expected.write(font.encode(text.substring(i, i + 1)));
            }
            byte[] ours = new byte[2 * ids.length];
            for (int i = 0; i < ids.length; i++) {
                ours[2 * i] = (byte) (ids[i] >> 8);
                ours[2 * i + 1] = (byte) ids[i];
            }
            assertArrayEquals(expected.toByteArray(), ours);
        }
    }
}
