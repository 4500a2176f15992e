package dev.orgwright.render.export;

import dev.orgwright.render.LineStyle;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Surface;
import dev.orgwright.render.TextAlign;
import dev.orgwright.render.TextStyle;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
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
final class PdfSurface implements Surface {

    /** Control points of a quarter circle drawn with one cubic Bézier curve. */
    private static final double KAPPA = 0.5522847498;

    /** What the page's graphics state holds, as far as this surface has set it; -1 or NaN for not known. */
    private static final class State {
        int fill = -1;
        int stroke = -1;
        double lineWidth = Double.NaN;
        double dash = Double.NaN;
        int alpha = 255;
        ExportFonts.Face face;
        double fontSize = Double.NaN;

        State copy() {
            State s = new State();
            s.fill = fill;
            s.stroke = stroke;
            s.lineWidth = lineWidth;
            s.dash = dash;
            s.alpha = alpha;
            s.face = face;
            s.fontSize = fontSize;
            return s;
        }
    }

    private final PdfContent out;
    private final PdfFonts fonts;
    private final PDResources resources;
    private final Map<Integer, String> opacities = new HashMap<>();
    private final Map<ExportFonts.Face, String> fontNames = new EnumMap<>(ExportFonts.Face.class);
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State();
    private boolean inText;
    private char[] glyphs = new char[64];

    PdfSurface(PdfContent out, PdfFonts fonts, PDResources resources) {
        this.out = out;
        this.fonts = fonts;
        this.resources = resources;
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
        ExportFonts.Face face = ExportFonts.Face.of(style);
        String printable = fonts.metrics().printable(text, face);
        if (printable.isEmpty()) {
            return;
        }
        double left = align == TextAlign.CENTRE ? x - fonts.metrics().width(printable, style) / 2 : x;
        show(printable, face, style, -1, left, baseline);
    }

    /** Text in the page's own coordinates (y up), for the marks in the margins around a drawing. */
    void pageText(String text, double x, double baseline, TextStyle style) {
        ExportFonts.Face face = ExportFonts.Face.of(style);
        String printable = fonts.metrics().printable(text, face);
        if (!printable.isEmpty()) {
            show(printable, face, style, 1, x, baseline);
        }
    }

    private void show(String printable, ExportFonts.Face face, TextStyle style, int yAxis, double x, double baseline) {
        if (!inText) {
            out.op("BT");
            inText = true;
        }
        fill(style.colour());
        if (face != state.face || style.size() != state.fontSize) {
            out.name(fontName(face)).num(style.size()).op("Tf");
            state.face = face;
            state.fontSize = style.size();
        }
        out.raw(yAxis < 0 ? "1 0 0 -1 " : "1 0 0 1 ").num(x).num(baseline).op("Tm");
        if (glyphs.length < printable.length()) {
            glyphs = new char[Math.max(printable.length(), 2 * glyphs.length)];
        }
        fonts.encode(printable, face, glyphs);
        out.glyphs(glyphs, printable.length()).op("Tj");
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

    private String fontName(ExportFonts.Face face) {
        return fontNames.computeIfAbsent(face, f -> resources.add(fonts.font(f)).getName());
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
