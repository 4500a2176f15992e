package dev.orgwright.render.export;

import dev.orgwright.render.LineStyle;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Surface;
import dev.orgwright.render.TextAlign;
import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.TextStyle;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The renderer's {@link Surface} as SVG: text as {@code <text>} (selectable, searchable), lines
 * as lines, each position's drawing in a {@code <g>} carrying its id. Text styles become CSS
 * classes, and a clip is written only when something drawn would cross it, so that a chart of
 * 100,000 positions stays a file a browser opens.
 */
final class SvgSurface implements Surface {

    private record Clip(double x, double y, double width, double height, boolean written) {
    }

    /**
     * The families a viewer tries, after the bundled one, for characters it lacks: the usual
     * fonts for Han, Kana, Hangul, Arabic, Hebrew, Devanagari and Thai on Linux, Windows and macOS.
     */
    static final String FALLBACK_FAMILIES = "'Noto Sans', 'Noto Sans CJK JP', 'Noto Sans CJK KR', 'Droid Sans Fallback',"
            + " 'NanumGothic', 'Microsoft YaHei', 'Yu Gothic', 'Malgun Gothic', 'Hiragino Sans', 'PingFang SC',"
            + " 'Apple SD Gothic Neo', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans Devanagari', 'Noto Sans Thai',"
            + " 'Segoe UI', 'Nirmala UI', 'Leelawadee UI', 'Noto Color Emoji', 'Segoe UI Emoji', 'Apple Color Emoji',"
            + " sans-serif";

    private final StringBuilder body = new StringBuilder(1 << 16);
    private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

    private final Map<String, String> textClasses = new LinkedHashMap<>();
    private final Map<TextStyle, String> classOfStyle = new HashMap<>();
    private final Deque<Clip> clips = new ArrayDeque<>();
    private final TextMeasure measure;
    private int clipCount;

    SvgSurface(TextMeasure measure) {
        this.measure = measure;
    }

    @Override
    public TextMeasure measure() {
        return measure;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, double cornerRadius, Rgba fill) {
        clipFor(x, y, width, height);
        body.append("<rect");
        rect(x, y, width, height, cornerRadius);
        body.append(" fill=\"");
        colour(fill, "fill");
        body.append("\"/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, double cornerRadius, LineStyle style) {
        double half = style.width() / 2;
        clipFor(x - half, y - half, width + 2 * half, height + 2 * half);
        body.append("<rect");
        rect(x, y, width, height, cornerRadius);
        body.append(" fill=\"none\"");
        stroke(style);
        body.append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, LineStyle style) {
        double half = style.width() / 2;
        clipFor(Math.min(x1, x2) - half, Math.min(y1, y2) - half, Math.abs(x2 - x1) + 2 * half,
                Math.abs(y2 - y1) + 2 * half);
        body.append("<line x1=\"");
        num(x1, body).append("\" y1=\"");
        num(y1, body).append("\" x2=\"");
        num(x2, body).append("\" y2=\"");
        num(y2, body).append('"');
        stroke(style);
        body.append("/>\n");
    }

    @Override
    public void polyline(double[] xs, double[] ys, LineStyle style) {
        int n = Math.min(xs.length, ys.length);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        double half = style.width() / 2;
        clipFor(minX - half, minY - half, maxX - minX + 2 * half, maxY - minY + 2 * half);
        body.append("<polyline points=\"");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                body.append(' ');
            }
            num(xs[i], body).append(',');
            num(ys[i], body);
        }
        body.append("\" fill=\"none\"");
        stroke(style);
        body.append("/>\n");
    }

    @Override
    public void text(String text, double x, double baseline, TextAlign align, TextStyle style) {
        double w = measure.width(text, style);
        double left = align == TextAlign.CENTRE ? x - w / 2 : x;
        clipFor(left, baseline - style.size(), w, style.size() * 1.3);
        body.append("<text x=\"");
        num(x, body).append("\" y=\"");
        num(baseline, body).append("\" class=\"").append(textClass(style)).append('"');
        if (align == TextAlign.CENTRE) {
            body.append(" text-anchor=\"middle\"");
        }
        body.append('>');
        Xml.escape(text, body);
        body.append("</text>\n");
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        clips.push(new Clip(x, y, width, height, false));
    }

    @Override
    public void popClip() {
        Clip top = clips.pop();
        if (top.written()) {
            body.append("</g>\n");
        }
    }

    @Override
    public void beginGroup(String id) {
        body.append("<g class=\"position\" data-id=\"");
        Xml.escape(id, body);
        body.append('"');
        if (Xml.isName(id)) {
            body.append(" id=\"position-").append(id).append('"');
        }
        body.append(">\n");
    }

    @Override
    public void endGroup() {
        body.append("</g>\n");
    }

    /**
     * Writes the drawing so far as a whole SVG document {@code width} × {@code height} pixels:
     * the heading with the text classes met while drawing, then the drawing in pieces, so that
     * a large chart is never copied whole into one string.
     */
    void writeDocument(Writer out, double width, double height, String title) throws IOException {
        StringBuilder head = new StringBuilder(512 + textClasses.size() * 120);
        head.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\">\n");
        if (!title.isBlank()) {
            head.append("<title>");
            Xml.escape(title, head);
            head.append("</title>\n");
        }
        head.append("<style>\n");
        textClasses.forEach((key, name) -> head.append('.').append(name).append(" {").append(key).append("}\n"));
        head.append("</style>\n");
        out.append(head);
        char[] piece = new char[1 << 16];
        for (int start = 0; start < body.length(); start += piece.length) {
            int end = Math.min(body.length(), start + piece.length);
            body.getChars(start, end, piece, 0);
            out.write(piece, 0, end - start);
        }
        out.write("</svg>\n");
    }

    /**
     * Writes the innermost clip (and any unwritten ones around it) when a shape at (x, y, w, h)
     * would cross it; a shape wholly inside needs no clip, which is the usual case.
     */
    private void clipFor(double x, double y, double w, double h) {
        if (clips.isEmpty() || noClipCrossed(x, y, w, h)) {
            return;
        }
        Clip[] stack = clips.toArray(new Clip[0]); // innermost first
        clips.clear();
        for (int i = stack.length - 1; i >= 0; i--) {
            Clip c = stack[i];
            if (!c.written()) {
                String id = "c" + (clipCount++);
                body.append("<clipPath id=\"").append(id).append("\"><rect");
                rect(c.x(), c.y(), c.width(), c.height(), 0);
                body.append("/></clipPath><g clip-path=\"url(#").append(id).append(")\">\n");
                c = new Clip(c.x(), c.y(), c.width(), c.height(), true);
            }
            clips.push(c);
        }
    }

    private boolean noClipCrossed(double x, double y, double w, double h) {
        for (Clip c : clips) {
            if (!c.written() && !contains(c, x, y, w, h)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(Clip c, double x, double y, double w, double h) {
        return x >= c.x() && y >= c.y() && x + w <= c.x() + c.width() && y + h <= c.y() + c.height();
    }

    private void rect(double x, double y, double w, double h, double radius) {
        body.append(" x=\"");
        num(x, body).append("\" y=\"");
        num(y, body).append("\" width=\"");
        num(w, body).append("\" height=\"");
        num(h, body).append('"');
        if (radius > 0) {
            body.append(" rx=\"");
            num(radius, body).append('"');
        }
    }

    private void stroke(LineStyle style) {
        body.append(" stroke=\"");
        colour(style.colour(), "stroke");
        body.append("\" stroke-width=\"");
        num(style.width(), body).append('"');
        if (style.isDashed()) {
            body.append(" stroke-dasharray=\"");
            num(style.dash(), body).append('"');
        }
    }

    private void colour(Rgba c, String attribute) {
        hex(c, body);
        if (c.alpha() < 255) {
            body.append("\" ").append(attribute).append("-opacity=\"");
            num(c.opacity(), body);
        }
    }

    private String textClass(TextStyle style) {
        return classOfStyle.computeIfAbsent(style, this::newTextClass);
    }

    private String newTextClass(TextStyle style) {
        String key = "font: " + (style.italic() ? "italic " : "") + (style.bold() ? "bold " : "") + num(style.size())
                + "px " + themeFamily(style) + "'" + ExportFonts.FAMILY + "', 'Liberation Sans', Arial, "
                + FALLBACK_FAMILIES + "; fill: " + hex(style.colour())
                + (style.colour().alpha() < 255 ? "; fill-opacity: " + num(style.colour().opacity()) : "");
        return textClasses.computeIfAbsent(key, k -> "t" + textClasses.size());
    }

    /** The theme's font family first, where the viewer has it; only the characters a family name needs. */
    private static String themeFamily(TextStyle style) {
        if (style.family() == null) {
            return "";
        }
        String name = style.family().replaceAll("[^\\p{L}\\p{N} _-]", "").strip();
        return name.isEmpty() ? "" : "'" + name + "', ";
    }

    @Override
    public void image(dev.orgwright.render.Logo image, double x, double y, double width, double height) {
        body.append("<image x=\"");
        num(x, body).append("\" y=\"");
        num(y, body).append("\" width=\"");
        num(width, body).append("\" height=\"");
        num(height, body).append("\" preserveAspectRatio=\"xMidYMid meet\" href=\"data:").append(image.type())
                .append(";base64,").append(java.util.Base64.getEncoder().encodeToString(image.bytes())).append("\"/>\n");
    }

    /** A photo cut to a circle: a {@code <clipPath>} with the circle, and the image covering it. */
    @Override
    public void roundImage(dev.orgwright.render.Logo image, double x, double y, double size) {
        String id = "p" + (clipCount++);
        double r = size / 2;
        body.append("<clipPath id=\"").append(id).append("\"><circle cx=\"");
        num(x + r, body).append("\" cy=\"");
        num(y + r, body).append("\" r=\"");
        num(r, body).append("\"/></clipPath><image x=\"");
        num(x, body).append("\" y=\"");
        num(y, body).append("\" width=\"");
        num(size, body).append("\" height=\"");
        num(size, body).append("\" preserveAspectRatio=\"xMidYMid slice\" clip-path=\"url(#").append(id)
                .append(")\" href=\"data:").append(image.type()).append(";base64,")
                .append(java.util.Base64.getEncoder().encodeToString(image.bytes())).append("\"/>\n");
    }

    private static String hex(Rgba c) {
        return hex(c, new StringBuilder(7)).toString();
    }

    private static StringBuilder hex(Rgba c, StringBuilder out) {
        int rgb = (c.red() << 16) | (c.green() << 8) | c.blue();
        out.append('#');
        for (int shift = 20; shift >= 0; shift -= 4) {
            out.append(HEX_DIGITS[(rgb >> shift) & 0xF]);
        }
        return out;
    }

    /** A coordinate with at most two decimals, without a trailing ".0". */
    static String num(double v) {
        return num(v, new StringBuilder(12)).toString();
    }

    /** Appends {@link #num(double)} of {@code v} without making a string of it. */
    static StringBuilder num(double v, StringBuilder out) {
        long hundredths = Math.round(v * 100);
        if (hundredths < 0) {
            out.append('-');
            hundredths = -hundredths;
        }
        out.append(hundredths / 100);
        int frac = (int) (hundredths % 100);
        if (frac != 0) {
            out.append('.').append((char) ('0' + frac / 10));
            if (frac % 10 != 0) {
                out.append((char) ('0' + frac % 10));
            }
        }
        return out;
    }
}
