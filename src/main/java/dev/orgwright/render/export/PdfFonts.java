package dev.orgwright.render.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The export fonts of one PDF document, each embedded (as a subset of the glyphs used) the
 * first time it is drawn with. Text is encoded as the fonts' own glyph ids, without the
 * font's substitution tables (ligatures): the cards were measured glyph by glyph, and the
 * screen draws them so too.
 */
final class PdfFonts {

    private final PDDocument document;
    private final ExportFonts metrics;
    private final PDType0Font[] loaded = new PDType0Font[ExportFonts.Face.values().length];
    private final boolean[][] inSubset = new boolean[ExportFonts.Face.values().length][];

    PdfFonts(PDDocument document, ExportFonts metrics) {
        this.document = document;
        this.metrics = metrics;
    }

    ExportFonts metrics() {
        return metrics;
    }

    PDType0Font font(ExportFonts.Face face) {
        PDType0Font font = loaded[face.ordinal()];
        if (font == null) {
            try (InputStream in = face.open()) {
                font = PDType0Font.load(document, in, true);
            } catch (IOException e) {
                throw new UncheckedIOException("The font " + face + " could not be embedded", e);
            }
            loaded[face.ordinal()] = font;
            inSubset[face.ordinal()] = new boolean[0x10000];
        }
        return font;
    }

    /**
     * Puts the glyph ids of {@code printable} (text the face can draw, see
     * {@link ExportFonts#printable}) into {@code ids}, which must be as long as the text, and
     * keeps its characters for the font's subset.
     */
    void encode(String printable, ExportFonts.Face face, char[] ids) {
        PDType0Font font = font(face);
        boolean[] kept = inSubset[face.ordinal()];
        char[] glyphs = metrics.glyphIds(face);
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            ids[i] = glyphs[c];
            if (!kept[c]) {
                kept[c] = true;
                font.addToSubset(c);
            }
        }
    }

    /** Cuts each font used down to the glyphs drawn with it; once, just before the document is saved. */
    void subset() throws IOException {
        for (PDType0Font font : loaded) {
            if (font != null) {
                font.subset();
            }
        }
    }
}
