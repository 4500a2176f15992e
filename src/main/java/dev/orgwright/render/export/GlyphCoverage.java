package dev.orgwright.render.export;

import dev.orgwright.render.LineStyle;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Surface;
import dev.orgwright.render.TextAlign;
import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.TextStyle;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Which texts of a drawing no font on this computer can show whole, for the outputs the
 * window's toolkit draws (printing, presentation): the toolkit picks fonts, orders and shapes by
 * itself, but an empty box is all it can draw for a character no font has, and it says nothing.
 * A character counts as drawable when the bundled font or any installed font has it
 * ({@link SystemFonts#anyHas}), the same folders and character maps the PDF falls back on.
 * The drawing is made by the one painter on a surface that only notes its texts, so exactly the
 * texts the output shows are checked (private fields only when shown).
 */
public final class GlyphCoverage {

    private static volatile GlyphCoverage installed;

    private final ExportFonts fonts;

    /** The check over the bundled fonts and this computer's fonts, made once per run. */
    public static GlyphCoverage installed() {
        GlyphCoverage coverage = installed;
        if (coverage == null) {
            synchronized (GlyphCoverage.class) {
                if (installed == null) {
                    installed = new GlyphCoverage(new ExportFonts());
                }
                coverage = installed;
            }
        }
        return coverage;
    }

    /** Checks against the bundled fonts of {@code fonts} and the installed fonts it falls back on. */
    public GlyphCoverage(ExportFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Whether a character is drawn with a glyph at all: spaces, controls and format characters
     * (joiners, direction marks) are not, so no font needs to have them.
     */
    static boolean needsGlyph(int codePoint) {
        int type = Character.getType(codePoint);
        return !Character.isWhitespace(codePoint) && type != Character.FORMAT && type != Character.CONTROL;
    }

    /** Whether the bundled font or a font installed on this computer has {@code codePoint}. */
    public boolean draws(int codePoint) {
        if (!needsGlyph(codePoint)) {
            return true;
        }
        if (Character.getType(codePoint) == Character.UNASSIGNED) {
            return false;
        }
        if (codePoint < 0x10000 && fonts.glyph(codePoint, ExportFonts.Face.REGULAR) != null) {
            return true;
        }
        return fonts.system().anyHas(codePoint);
    }

    /** The characters of {@code text} no font has, separated by spaces; empty when every one is drawn. */
    public String missing(String text) {
        StringBuilder missing = new StringBuilder();
        text.codePoints().distinct().filter(cp -> !draws(cp))
                .forEach(cp -> (missing.isEmpty() ? missing : missing.append(' ')).appendCodePoint(cp));
        return missing.toString();
    }

    /**
     * The texts {@code drawing} shows that lose characters, each with the position whose card
     * holds it, in the order drawn and each once; {@code measure} is the output's, so that lines
     * break as they will there.
     */
    public List<UndrawnText> undrawn(Consumer<Surface> drawing, TextMeasure measure) {
        Texts texts = new Texts(measure);
        drawing.accept(texts);
        return List.copyOf(texts.undrawn.values());
    }

    /**
     * As {@link #undrawn(Consumer, TextMeasure)}, lines broken as the bundled fonts measure them:
     * for a check on any thread, when the output's own measure belongs to one.
     */
    public List<UndrawnText> undrawn(Consumer<Surface> drawing) {
        return undrawn(drawing, fonts);
    }

    /** The texts of {@code sheet} that lose characters, as {@link #undrawn(Consumer, TextMeasure)}. */
    public List<UndrawnText> undrawn(ExportSheet sheet, TextMeasure measure) {
        return undrawn(surface -> sheet.paint(surface, 1), measure);
    }

    /** A surface that draws nothing and notes each text that loses characters. */
    private final class Texts implements Surface {
        private final TextMeasure measure;
        private final Deque<String> groups = new ArrayDeque<>();
        private final Map<String, UndrawnText> undrawn = new LinkedHashMap<>();

        Texts(TextMeasure measure) {
            this.measure = measure;
        }

        @Override
        public void text(String text, double x, double baseline, TextAlign align, TextStyle style) {
            String missing = missing(text);
            if (!missing.isEmpty()) {
                String position = groups.peek();
                undrawn.putIfAbsent(position + "\u0000" + text, new UndrawnText(position, text, missing));
            }
        }

        @Override
        public TextMeasure measure() {
            return measure;
        }

        @Override
        public void beginGroup(String id) {
            groups.push(id);
        }

        @Override
        public void endGroup() {
            groups.poll();
        }

        @Override
        public void fillRect(double x, double y, double width, double height, double cornerRadius, Rgba fill) {
        }

        @Override
        public void strokeRect(double x, double y, double width, double height, double cornerRadius, LineStyle style) {
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, LineStyle style) {
        }

        @Override
        public void polyline(double[] xs, double[] ys, LineStyle style) {
        }

        @Override
        public void pushClip(double x, double y, double width, double height) {
        }

        @Override
        public void popClip() {
        }
    }
}
