package dev.orgwright.render.export;

import dev.orgwright.render.LineStyle;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Surface;
import dev.orgwright.render.TextAlign;
import dev.orgwright.render.TextStyle;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * The renderer's {@link Surface} on a PDF page: vector shapes, text in an embedded font (so it
 * can be selected and searched). The caller sets up a transform whose y axis points down, as
 * every surface's does; text is drawn upright through a flipped text matrix.
 *
 * <p>It keeps the graphics state the page is in (colours, line width, dashes, opacity, font)
 * and writes only what changes, and it draws consecutive texts in one text object: a chart's
 * cards repeat the same few styles thousands of times.
 */
final class PdfSurface implements Surface, PageText {

    /** Control points of a quarter circle drawn with one cubic Bézier curve. */
    private static final double KAPPA = 0.5522847498;

    /** What the page's graphics state holds, as far as this surface has set it; -1 or NaN for not known. */
    private static final class State {
        int fill = -1;
        int stroke = -1;
        double lineWidth = Double.NaN;
        double dash = Double.NaN;
        int alpha = 255;
        Object font;
        double fontSize = Double.NaN;

        State copy() {
            State s = new State();
            s.fill = fill;
            s.stroke = stroke;
            s.lineWidth = lineWidth;
            s.dash = dash;
            s.alpha = alpha;
            s.font = font;
            s.fontSize = fontSize;
            return s;
        }
    }

    private final PdfContent out;
    private final PdfFonts fonts;
    private final PDResources resources;
    private final Map<Integer, String> opacities = new HashMap<>();
    private final Map<Object, String> fontNames = new HashMap<>();
    private final Map<dev.orgwright.render.Logo, String> imageNames = new HashMap<>();
    private final Deque<String> groups = new ArrayDeque<>();
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State();
    private boolean inText;
    private char[] glyphs = new char[64];
    private Object[] keys = new Object[64];
    /** Per glyph, how far (in thousandths of the font size) the shaper moves it back from where its advance puts it. */
    private double[] shifts = new double[64];
    /** Per glyph, the text of the shaped Arabic run it belongs to (the same string for the whole run), else null. */
    private String[] spans = new String[64];
    /** The characters of the text being shown that no font has, space-separated; null for none. */
    private StringBuilder missing;
    /** Whether the text being shown has a run the JDK shaped. */
    private boolean shaped;

    PdfSurface(PdfContent out, PdfFonts fonts, PDResources resources) {
        this.out = out;
        this.fonts = fonts;
        this.resources = resources;
    }

    @Override
    public dev.orgwright.render.TextMeasure measure() {
        return fonts.metrics();
    }

    @Override
    public void fillRect(double x, double y, double width, double height, double cornerRadius, Rgba fill) {
        if (fill.alpha() == 0) {
            return;
        }
        endText();
        fill(fill);
        path(x, y, width, height, cornerRadius);
        out.op("f");
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, double cornerRadius, LineStyle style) {
        endText();
        stroke(style);
        path(x, y, width, height, cornerRadius);
        out.op("S");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, LineStyle style) {
        endText();
        stroke(style);
        out.num(x1).num(y1).op("m");
        out.num(x2).num(y2).op("l");
        out.op("S");
    }

    @Override
    public void polyline(double[] xs, double[] ys, LineStyle style) {
        int n = Math.min(xs.length, ys.length);
        if (n < 2) {
            return;
        }
        endText();
        stroke(style);
        out.num(xs[0]).num(ys[0]).op("m");
        for (int i = 1; i < n; i++) {
            out.num(xs[i]).num(ys[i]).op("l");
        }
        out.op("S");
    }

    @Override
    public void text(String text, double x, double baseline, TextAlign align, TextStyle style) {
        if (text.isEmpty()) {
            return;
        }
        double left = align == TextAlign.CENTRE ? x - fonts.metrics().width(text, style) / 2 : x;
        show(text, style, -1, left, baseline);
    }

    /** Text in the page's own coordinates (y up), for the marks in the margins around a drawing. */
    @Override
    public void pageText(String text, double x, double baseline, TextStyle style) {
        if (!text.isEmpty()) {
            show(text, style, 1, x, baseline);
        }
    }

    @Override
    public void beginGroup(String id) {
        groups.push(id);
    }

    @Override
    public void endGroup() {
        groups.poll();
    }

    /**
     * Draws {@code text} shaped and in visual order ({@link VisualText}), each character in the
     * first font that has it, one show per run of the same font. Where the drawn glyphs do not
     * read back as the text (reordered, joined, or a character no font has), the text is marked
     * with its logical form as the glyphs' actual text, so that copying and searching give it.
     */
    private void show(String text, TextStyle style, int yAxis, double x, double baseline) {
        ExportFonts.Face face = ExportFonts.Face.of(style);
        room(text.length() + 1);
        missing = null;
        shaped = false;
        // Arabic the table cannot join (Pashto, Sindhi, Kurdish letters) is shaped by the JDK instead.
        SystemFonts.Font arabic = ArabicShaping.lacksForms(text) ? fonts.metrics().arabic(face) : null;
        int count = arabic != null && fonts.shaper().opens(arabic)
                ? putArabic(text, face, arabic)
                : put(VisualText.of(text), face, 0);
        if (missing != null) {
            fonts.undrawn(groups.peek(), text, missing.toString());
        }
        if (count == 0) {
            return;
        }
        if (!inText) {
            out.op("BT");
            inText = true;
        }
        fill(style.colour());
        boolean marked = missing != null || shaped;
        if (marked) {
            out.raw("/Span <</ActualText ").utf16(text).raw(">> ").op("BDC");
        }
        out.raw(yAxis < 0 ? "1 0 0 -1 " : "1 0 0 1 ").num(x).num(baseline).op("Tm");
        int start = 0;
        while (start < count) {
            Object key = keys[start];
            String span = marked ? null : spans[start];
            int end = start + 1;
            while (end < count && keys[end].equals(key) && (marked || spans[end] == span)) {
                end++;
            }
            if (span != null) {
                out.raw("/Span <</ActualText ").utf16(span).raw(">> ").op("BDC");
            }
            if (!key.equals(state.font) || style.size() != state.fontSize) {
                out.name(fontName(key)).num(style.size()).op("Tf");
                state.font = key;
                state.fontSize = style.size();
            }
            boolean moved = false;
            for (int k = start + 1; k < end && !moved; k++) {
                moved = shifts[k] != 0;
            }
            if (moved) {
                // Shaped glyphs the shaper moved off their advance (marks on their base letter).
                out.raw("[");
                for (int k = start; k < end; k++) {
                    if (k > start && shifts[k] != 0) {
                        out.num(shifts[k]);
                    }
                    out.glyphs(glyphs, k, 1);
                }
                out.raw("]").op("TJ");
            } else {
                out.glyphs(glyphs, start, end - start).op("Tj");
            }
            if (span != null) {
                out.op("EMC");
            }
            start = end;
        }
        if (marked) {
            out.op("EMC");
        }
    }

    /**
     * Adds the glyphs of {@code text} (logical order) in visual order, its Arabic runs shaped right
     * to left by the JDK with the installed font {@code arabic}: the bidirectional algorithm orders
     * the runs, the shaper joins the letters (every Arabic-script language's, and the font's own
     * ligatures) and gives a run's glyphs left to right; everything else goes as {@link VisualText} has it.
     */
    private int putArabic(String text, ExportFonts.Face face, SystemFonts.Font arabic) {
        java.text.Bidi bidi = new java.text.Bidi(text, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            order[r] = r;
        }
        java.text.Bidi.reorderVisually(levels, 0, order, 0, runs);
        int count = 0;
        for (Integer r : order) {
            int from = bidi.getRunStart(r);
            int to = bidi.getRunLimit(r);
            if ((bidi.getRunLevel(r) & 1) == 0) {
                count = put(VisualText.of(text.substring(from, to)), face, count);
                continue;
            }
            // A right-to-left run: its pieces from the last to the first, each drawn right to left.
            int end = to;
            while (end > from) {
                int start = end;
                boolean part = ArabicShaping.shapedRunPart(text.codePointBefore(end));
                while (start > from) {
                    int cp = text.codePointBefore(start);
                    int before = start - Character.charCount(cp);
                    // A space between two Arabic words stays in the shaped run.
                    boolean inside = ArabicShaping.shapedRunPart(cp) || part && cp == ' ' && start < end && before > from
                            && ArabicShaping.shapedRunPart(text.codePointBefore(before));
                    if (inside != part) {
                        break;
                    }
                    start = before;
                }
                IndicShaping.Shaped run = part ? fonts.shaper().shape(arabic, text, start, end, true) : null;
                if (run != null) {
                    // Each glyph reads back as the letters it stands for; readers order them as the table's forms.
                    for (int k = 0; k < run.glyphs().length; k++) {
                        fonts.useGlyph(arabic, run.glyphs()[k], run.texts()[k]);
                        count = put(arabic, run.glyphs()[k], run.shifts()[k], count);
                    }
                } else {
                    StringBuilder piece = new StringBuilder(end - start);
                    VisualText.reverse(ArabicShaping.shape(text.substring(start, end)), piece);
                    count = put(piece.toString(), face, count);
                }
                end = start;
            }
        }
        return count;
    }

    /**
     * Adds the glyphs of {@code visual} (text in visual order) after the first {@code count}, each
     * character in the first font that has it, the complex scripts of South Asia shaped as runs.
     */
    private int put(String visual, ExportFonts.Face face, int count) {
        int n = visual.length();
        for (int i = 0; i < n; ) {
            int cp = visual.codePointAt(i);
            ExportFonts.Glyph g = fonts.metrics().glyph(cp, face);
            if (g != null && g.system() != null && IndicShaping.needs(cp)) {
                // Letters that join into conjuncts and reorder their vowel signs: shaped as a run.
                int end = IndicShaping.runEnd(visual, i, c -> {
                    ExportFonts.Glyph other = fonts.metrics().glyph(c, face);
                    return other != null && g.system().equals(other.system());
                });
                IndicShaping.Shaped run = fonts.shaper().shape(g.system(), visual, i, end);
                if (run != null) {
                    for (int k = 0; k < run.glyphs().length; k++) {
                        fonts.useGlyph(g.system(), run.glyphs()[k]);
                        count = put(g.system(), run.glyphs()[k], run.shifts()[k], count);
                    }
                    shaped = true;
                    i = end;
                    continue;
                }
            }
            i += Character.charCount(cp);
            if (g == null && cp >= 0xFB50 && cp <= 0xFEFF) {
                // A joined form no font has: draw the letters unjoined.
                for (char c : java.text.Normalizer.normalize(Character.toString(cp), java.text.Normalizer.Form.NFKC)
                        .toCharArray()) {
                    ExportFonts.Glyph plain = fonts.metrics().glyph(c, face);
                    if (plain != null) {
                        count = put(plain, c, count);
                    }
                }
                continue;
            }
            if (g == null) {
                if (GlyphCoverage.needsGlyph(cp)) {
                    missing = (missing == null ? new StringBuilder() : missing.append(' ')).appendCodePoint(cp);
                    count = put(new ExportFonts.Glyph(face, null, 0, fonts.metrics().notdefAdvance(face)), -1, count);
                }
                continue;
            }
            count = put(g, cp, count);
        }
        return count;
    }

    /** Adds a glyph to the text being shown, keeping its character ({@code codePoint}, -1 for none) for the font's subset. */
    private int put(ExportFonts.Glyph g, int codePoint, int count) {
        Object key = PdfFonts.key(g);
        if (codePoint >= 0) {
            fonts.use(key, codePoint);
        } else {
            fonts.font(key);
        }
        return put(key, g.gid(), 0, count);
    }

    /** Adds a shaped glyph of {@code key}'s font, moved back by {@code shift} thousandths of the size. */
    private int put(Object key, int gid, double shift, int count) {
        room(count + 1);
        glyphs[count] = (char) gid;
        keys[count] = key;
        shifts[count] = shift;
        spans[count] = null;
        return count + 1;
    }

    /** Room for {@code n} glyphs in the parallel buffers, which always grow together. */
    private void room(int n) {
        if (glyphs.length < n) {
            int size = Math.max(n, 2 * glyphs.length);
            glyphs = java.util.Arrays.copyOf(glyphs, size);
            keys = java.util.Arrays.copyOf(keys, size);
            shifts = java.util.Arrays.copyOf(shifts, size);
            spans = java.util.Arrays.copyOf(spans, size);
        }
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        save();
        out.num(x).num(y).num(width).num(height).op("re");
        out.op("W");
        out.op("n");
    }

    @Override
    public void popClip() {
        restore();
    }

    /** Saves the graphics state, to be put back by {@link #restore}. */
    void save() {
        endText();
        out.op("q");
        saved.push(state.copy());
    }

    void restore() {
        endText();
        out.op("Q");
        state = saved.pop();
    }

    /** Multiplies the current transform by [a b c d e f]. */
    void transform(double a, double b, double c, double d, double e, double f) {
        endText();
        out.exact(a).exact(b).exact(c).exact(d).exact(e).exact(f).op("cm");
    }

    /** Ends a text object left open for the texts that might follow; call when the page is done. */
    void endText() {
        if (inText) {
            out.op("ET");
            inText = false;
        }
    }

    private void fill(Rgba c) {
        opacity(c.alpha());
        int rgb = rgb(c);
        if (rgb != state.fill) {
            out.channel(c.red()).channel(c.green()).channel(c.blue()).op("rg");
            state.fill = rgb;
        }
    }

    private void stroke(LineStyle style) {
        Rgba c = style.colour();
        opacity(c.alpha());
        int rgb = rgb(c);
        if (rgb != state.stroke) {
            out.channel(c.red()).channel(c.green()).channel(c.blue()).op("RG");
            state.stroke = rgb;
        }
        if (style.width() != state.lineWidth) {
            out.num(style.width()).op("w");
            state.lineWidth = style.width();
        }
        double dash = style.isDashed() ? style.dash() : 0;
        if (dash != state.dash) {
            if (dash > 0) {
                out.raw("[").num(dash).num(dash).raw("] 0 ").op("d");
            } else {
                out.raw("[] 0 ").op("d");
            }
            state.dash = dash;
        }
    }

    private static int rgb(Rgba c) {
        return (c.red() << 16) | (c.green() << 8) | c.blue();
    }

    private void opacity(int alpha) {
        if (alpha == state.alpha) {
            return;
        }
        String name = opacities.computeIfAbsent(alpha, a -> {
            PDExtendedGraphicsState s = new PDExtendedGraphicsState();
            s.setNonStrokingAlphaConstant(a / 255f);
            s.setStrokingAlphaConstant(a / 255f);
            return resources.add(s).getName();
        });
        out.name(name).op("gs");
        state.alpha = alpha;
    }

    /**
     * Draws the logo scaled into the rectangle, its aspect kept and centred, as SVG's
     * {@code xMidYMid meet}. The drawing space points down (the sheet's y axis), so the image's
     * unit square is flipped back upright.
     */
    @Override
    public void image(dev.orgwright.render.Logo image, double x, double y, double width, double height) {
        if (width <= 0 || height <= 0 || image.width() <= 0 || image.height() <= 0) {
            return;
        }
        double scale = Math.min(width / image.width(), height / image.height());
        double w = image.width() * scale;
        double h = image.height() * scale;
        double left = x + (width - w) / 2;
        double top = y + (height - h) / 2;
        String name = imageNames.computeIfAbsent(image, l -> resources.add(fonts.image(l)).getName());
        endText();
        out.op("q");
        out.num(w).num(0).num(0).num(-h).num(left).num(top + h).op("cm");
        out.name(name).op("Do");
        out.op("Q");
    }

    /**
     * Draws a photo cut to a circle, covering it with its aspect kept. The image is one XObject
     * of the document however many times it is drawn.
     */
    @Override
    public void roundImage(dev.orgwright.render.Logo image, double x, double y, double size) {
        if (size <= 0 || image.width() <= 0 || image.height() <= 0) {
            return;
        }
        double scale = Math.max(size / image.width(), size / image.height());
        double w = image.width() * scale;
        double h = image.height() * scale;
        double left = x + (size - w) / 2;
        double top = y + (size - h) / 2;
        String name = imageNames.computeIfAbsent(image, l -> resources.add(fonts.image(l)).getName());
        save();
        path(x, y, size, size, size / 2);
        out.op("W");
        out.op("n");
        out.num(w).num(0).num(0).num(-h).num(left).num(top + h).op("cm");
        out.name(name).op("Do");
        restore();
    }

    private String fontName(Object key) {
        return fontNames.computeIfAbsent(key, k -> resources.add(fonts.font(k)).getName());
    }

    private void path(double x, double y, double w, double h, double r) {
        r = Math.min(r, Math.min(w, h) / 2);
        if (r <= 0) {
            out.num(x).num(y).num(w).num(h).op("re");
            return;
        }
        double k = r * KAPPA;
        double x1 = x + w;
        double y1 = y + h;
        out.num(x + r).num(y).op("m");
        out.num(x1 - r).num(y).op("l");
        out.num(x1 - r + k).num(y).num(x1).num(y + r - k).num(x1).num(y + r).op("c");
        out.num(x1).num(y1 - r).op("l");
        out.num(x1).num(y1 - r + k).num(x1 - r + k).num(y1).num(x1 - r).num(y1).op("c");
        out.num(x + r).num(y1).op("l");
        out.num(x + r - k).num(y1).num(x).num(y1 - r + k).num(x).num(y1 - r).op("c");
        out.num(x).num(y + r).op("l");
        out.num(x).num(y + r - k).num(x + r - k).num(y).num(x + r).num(y).op("c");
        out.op("h");
    }
}
