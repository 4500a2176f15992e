package dev.orgwright.render.export;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Shapes the scripts of South and South-East Asia for the PDF: in Devanagari, Bengali, Tamil,
 * Thai and their kin, letters join into conjuncts and vowel signs move before the consonant they
 * follow, which drawing one glyph per character gets wrong. The JDK's own text layout (HarfBuzz,
 * behind {@link Font#layoutGlyphVector}) reads the font's substitution and positioning tables;
 * the installed font is opened by the JDK from the same file the PDF embeds, so its glyph ids are
 * the PDF font's. The PDF then shows those glyphs, each moved as the shaper placed it, and
 * carries the text itself as the run's actual text for copying and searching.
 */
final class IndicShaping {

    /** The scripts whose text cannot be drawn one glyph per character. */
    private static final Set<Character.UnicodeScript> COMPLEX = Set.of(
            Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.BENGALI, Character.UnicodeScript.GURMUKHI,
            Character.UnicodeScript.GUJARATI, Character.UnicodeScript.ORIYA, Character.UnicodeScript.TAMIL,
            Character.UnicodeScript.TELUGU, Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM,
            Character.UnicodeScript.SINHALA, Character.UnicodeScript.THAI, Character.UnicodeScript.LAO,
            Character.UnicodeScript.TIBETAN, Character.UnicodeScript.MYANMAR, Character.UnicodeScript.KHMER);

    private static final FontRenderContext PLAIN = new FontRenderContext(null, false, false);
    /** The size the shaper works at: its units are then thousandths of the font size, as the PDF's. */
    private static final float SIZE = 1000f;

    /** A shaped run: its glyph ids, and how far each is moved back from where the advances put it. */
    record Shaped(int[] glyphs, double[] shifts, String[] texts) {
    }

    private final Map<SystemFonts.Font, Optional<Font>> opened = new HashMap<>();

    /** Whether {@code codePoint} belongs to a script that needs shaping. */
    static boolean needs(int codePoint) {
        return COMPLEX.contains(Character.UnicodeScript.of(codePoint));
    }

    /**
     * Where the run that starts at {@code from} ends: it takes the characters of the complex
     * scripts, the joiners and the spaces between words, as long as {@code sameFont} holds.
     */
    static int runEnd(String text, int from, IntPredicate sameFont) {
        int i = from;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean part = needs(cp) || cp == 0x200C || cp == 0x200D
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.INHERITED
                    || (cp == ' ' && i + 1 < text.length() && needs(text.codePointAt(i + 1)));
            if (!part || (cp != ' ' && !sameFont.test(cp))) {
                break;
            }
            i += Character.charCount(cp);
        }
        return Math.max(i, from + Character.charCount(text.codePointAt(from)));
    }

    /**
     * {@code text[from, to)} shaped with {@code font}; null when the JDK cannot open the font, and
     * the caller draws the characters one by one instead.
     */
    Shaped shape(SystemFonts.Font font, String text, int from, int to) {
        return shape(font, text, from, to, false);
    }

    /** Whether the JDK can open {@code font} to shape text with it. */
    boolean opens(SystemFonts.Font font) {
        return opened.computeIfAbsent(font, IndicShaping::open).isPresent();
    }

    /**
     * {@code text[from, to)} shaped with {@code font}, right to left when {@code rightToLeft} (an
     * Arabic run in logical order); the glyphs come out in visual order, left to right. Null when
     * the JDK cannot open the font.
     */
    Shaped shape(SystemFonts.Font font, String text, int from, int to, boolean rightToLeft) {
        Optional<Font> awt = opened.computeIfAbsent(font, IndicShaping::open);
        if (awt.isEmpty()) {
            return null;
        }
        char[] chars = text.toCharArray();
        GlyphVector gv = awt.get().layoutGlyphVector(PLAIN, chars, from, to,
                rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        int n = gv.getNumGlyphs();
        int[] codes = gv.getGlyphCodes(0, n, null);
        float[] positions = gv.getGlyphPositions(0, n + 1, null);
        int kept = 0;
        int[] starts = new int[n];
        int[] glyphs = new int[n];
        double[] shifts = new double[n];
        double pen = 0;
        for (int k = 0; k < n; k++) {
            int gid = codes[k];
            if (gid == 0xFFFF || gid == 0xFFFE) {
                continue; // the layout's invisible placeholders
            }
            double x = positions[2 * k];
            glyphs[kept] = gid;
            int index = gv.getGlyphCharIndex(k);
            starts[kept] = from + index; // the layout counts from the run's start
            // TJ subtracts its numbers from the pen: a positive shift moves the glyph back.
            shifts[kept] = Math.round((pen - x) * 100) / 100.0;
            pen = x + gv.getGlyphMetrics(k).getAdvanceX();
            kept++;
        }
        // Each glyph stands for the characters from its own up to the next glyph's, in logical order.
        String[] texts = new String[kept];
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int k = 0; k < kept; k++) {
            int end = to;
            for (int j = 0; j < kept; j++) {
                if (starts[j] > starts[k] && starts[j] < end) {
                    end = starts[j];
                }
            }
            texts[k] = seen.add(starts[k]) ? text.substring(Math.min(starts[k], end), end) : "";
        }
        return new Shaped(java.util.Arrays.copyOf(glyphs, kept), java.util.Arrays.copyOf(shifts, kept), texts);
    }

    /** The advance, in ems, of {@code text[from, to)} shaped with {@code font}; -1 when the JDK cannot open the font. */
    double advance(SystemFonts.Font font, String text, int from, int to, boolean rightToLeft) {
        Optional<Font> awt = opened.computeIfAbsent(font, IndicShaping::open);
        if (awt.isEmpty()) {
            return -1;
        }
        GlyphVector gv = awt.get().layoutGlyphVector(PLAIN, text.toCharArray(), from, to,
                rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        return gv.getGlyphPosition(gv.getNumGlyphs()).getX() / SIZE;
    }

    private static Optional<Font> open(SystemFonts.Font font) {
        try {
            if (font.inCollection()) {
                for (Font f : Font.createFonts(font.file().toFile())) {
                    if (f.getFontName(java.util.Locale.ROOT).equals(font.name()) || f.getPSName().equals(font.name())) {
                        return Optional.of(f.deriveFont(SIZE));
                    }
                }
                return Optional.empty();
            }
            return Optional.of(Font.createFont(Font.TRUETYPE_FONT, font.file().toFile()).deriveFont(SIZE));
        } catch (IOException | java.awt.FontFormatException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
