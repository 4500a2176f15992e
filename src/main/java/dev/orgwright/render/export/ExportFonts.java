package dev.orgwright.render.export;

import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.TextStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts of the file exports: DejaVu Sans, shipped with Orgwright (see LICENSE-DejaVu.txt
 * beside the fonts), so that a PDF embeds the very font its cards were measured with and an
 * SVG names it first. Measures text with the fonts' own advance widths.
 */
public final class ExportFonts implements TextMeasure {

    /** The family SVG files ask for, followed by look-alikes. */
    public static final String FAMILY = "DejaVu Sans";

    /** The three faces a card uses. */
    public enum Face {
        REGULAR("DejaVuSans.ttf"), BOLD("DejaVuSans-Bold.ttf"), ITALIC("DejaVuSans-Oblique.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }

        /** The face a text style asks for (bold wins over italic: cards never use both). */
        public static Face of(TextStyle style) {
            return style.bold() ? BOLD : style.italic() ? ITALIC : REGULAR;
        }

        /** The font file, for embedding. */
        public InputStream open() {
            InputStream in = ExportFonts.class.getResourceAsStream("/dev/orgwright/render/fonts/" + file);
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from Orgwright's files; reinstall Orgwright.");
            }
            return in;
        }
    }

    private final float[][] advances = new float[Face.values().length][];
    private final char[][] glyphIds = new char[Face.values().length][];

    /** Loads the fonts' metrics. */
    public ExportFonts() {
        for (Face face : Face.values()) {
            try (InputStream in = face.open()) {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                float unitsPerEm = ttf.getUnitsPerEm();
                float[] widths = new float[0x10000];
                char[] ids = new char[0x10000];
                for (int c = 0; c < widths.length; c++) {
                    int gid = cmap.getGlyphId(c);
                    widths[c] = gid == 0 ? -1 : ttf.getAdvanceWidth(gid) / unitsPerEm;
                    ids[c] = (char) gid;
                }
                advances[face.ordinal()] = widths;
                glyphIds[face.ordinal()] = ids;
                ttf.close();
            } catch (IOException e) {
                throw new UncheckedIOException("The export fonts could not be read", e);
            }
        }
    }

    @Override
    public double width(String text, TextStyle style) {
        float[] widths = advances[Face.of(style).ordinal()];
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            float w = widths[text.charAt(i)];
            em += w < 0 ? widths['?'] : w;
        }
        return em * style.size();
    }

    /** The face's glyph id of each UTF-16 character, 0 where it has none; shared, not to be changed. */
    char[] glyphIds(Face face) {
        return glyphIds[face.ordinal()];
    }

    /** {@code text} with each character the font cannot draw replaced by "?", so that a PDF can show it. */
    public String printable(String text, Face face) {
        float[] widths = advances[face.ordinal()];
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (widths[c] < 0) {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append('?');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
