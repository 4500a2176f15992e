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
 * SVG names it first; for a character DejaVu lacks (Han, Hangul, Devanagari, Thai...), the
 * first font installed on this computer that has it ({@link SystemFonts}). Measures text with
 * the fonts' own advance widths.
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

    /**
     * A glyph that draws a character: in one of the bundled faces ({@code system} null), or in a
     * font installed on this computer.
     *
     * @param face    the bundled face asked for
     * @param system  the installed font that has the character, null when the bundled face has it
     * @param gid     the glyph id in that font
     * @param advance the glyph's advance in ems
     */
    public record Glyph(Face face, SystemFonts.Font system, int gid, float advance) {
    }

    private final float[][] advances = new float[Face.values().length][];
    private final char[][] glyphIds = new char[Face.values().length][];
    private final float[] notdef = new float[Face.values().length];
    private final java.util.function.Supplier<SystemFonts> system;
    /** Measures the Arabic runs the PDF has the JDK shape; guarded by itself. */
    private final IndicShaping shaper = new IndicShaping();

    /** Loads the fonts' metrics; characters they lack are looked for in the fonts installed on this computer. */
    public ExportFonts() {
        this(SystemFonts::installed);
    }

    /** Loads the fonts' metrics, falling back on {@code system} for characters they lack. */
    ExportFonts(java.util.function.Supplier<SystemFonts> system) {
        this.system = system;
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
                notdef[face.ordinal()] = ttf.getAdvanceWidth(0) / unitsPerEm;
                ttf.close();
            } catch (IOException e) {
                throw new UncheckedIOException("The export fonts could not be read", e);
            }
        }
    }

    /**
     * Measures {@code text} as a PDF draws it: Arabic joined, each character in the first font
     * that has it, a character no font has as wide as the empty box drawn for it.
     */
    @Override
    public double width(String text, TextStyle style) {
        Face face = Face.of(style);
        if (ArabicShaping.lacksForms(text)) {
            double shaped = shapedWidth(text, face);
            if (shaped >= 0) {
                return shaped * style.size();
            }
        }
        float[] widths = advances[face.ordinal()];
        String drawn = ArabicShaping.shape(text);
        double em = 0;
        for (int i = 0; i < drawn.length(); i++) {
            char c = drawn.charAt(i);
            float w = widths[c];
            if (w >= 0) {
                em += w;
                continue;
            }
            int cp = drawn.codePointAt(i);
            if (Character.isSupplementaryCodePoint(cp)) {
                i++;
            }
            Glyph g = glyph(cp, face);
            em += g == null ? notdef[face.ordinal()] : g.advance();
        }
        return em * style.size();
    }

    /**
     * The width, in ems, of text the PDF draws with its Arabic runs shaped by the JDK (see
     * {@link #arabic}): those runs as the shaper lays them out, the rest as usual; -1 when there
     * is no such font.
     */
    private double shapedWidth(String text, Face face) {
        SystemFonts.Font arabic = arabic(face);
        if (arabic == null) {
            return -1;
        }
        double em = 0;
        int i = 0;
        while (i < text.length()) {
            int j = i;
            boolean part = ArabicShaping.shapedRunPart(text.codePointAt(i));
            while (j < text.length() && ArabicShaping.shapedRunPart(text.codePointAt(j)) == part) {
                j += Character.charCount(text.codePointAt(j));
            }
            if (part) {
                double w;
                synchronized (shaper) {
                    w = shaper.advance(arabic, text, i, j, true);
                }
                if (w < 0) {
                    return -1;
                }
                em += w;
            } else {
                em += width(text.substring(i, j), face);
            }
            i = j;
        }
        return em;
    }

    /** The width, in ems, of text with no letter the Arabic table lacks. */
    private double width(String text, Face face) {
        return width(text, new TextStyle(1, face == Face.BOLD, face == Face.ITALIC, null));
    }

    /** The glyph that draws {@code codePoint} in {@code face}: the bundled font's, else an installed font's; null if none. */
    public Glyph glyph(int codePoint, Face face) {
        if (codePoint < 0x10000) {
            float w = advances[face.ordinal()][codePoint];
            if (w >= 0) {
                return new Glyph(face, null, glyphIds[face.ordinal()][codePoint], w);
            }
        }
        if (Character.getType(codePoint) == Character.CONTROL) {
            return null;
        }
        SystemFonts.Found found = system.get().find(codePoint, face == Face.BOLD);
        return found == null ? null : new Glyph(face, found.font(), found.glyph(), found.font().advance(found.glyph()));
    }

    /**
     * The installed font that draws Arabic-script runs in {@code face}, shaped by the JDK: the first
     * that has the letters Pashto, Sindhi and Kurdish add (noon with ring stands for them); null
     * when none is installed, and the bundled font's joined forms draw Arabic instead.
     */
    SystemFonts.Font arabic(Face face) {
        SystemFonts.Found found = system.get().find(0x06BC, face == Face.BOLD);
        return found == null ? null : found.font();
    }

    /** The fonts installed on this computer that this measure falls back on. */
    SystemFonts system() {
        return system.get();
    }

    /** The advance, in ems, of the empty box a face draws for a character no font has. */
    float notdefAdvance(Face face) {
        return notdef[face.ordinal()];
    }
}
