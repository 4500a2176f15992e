package dev.orgwright.render.export;

import dev.orgwright.render.LineStyle;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Surface;
import dev.orgwright.render.TextAlign;
import dev.orgwright.render.TextStyle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * The renderer's {@link Surface} on a PDF page: vector shapes, text in an embedded font (so it
 * can be selected and searched). The caller sets up a transform whose y axis points down, as
 * every surface's does; text is drawn upright through a flipped text matrix.
 */
final class PdfSurface implements Surface {

    /** Control points of a quarter circle drawn with one cubic Bézier curve. */
    private static final double KAPPA = 0.5522847498;

    private final PDPageContentStream out;
    private final PdfFonts fonts;
    private final Map<Integer, PDExtendedGraphicsState> opacities = new HashMap<>();

    PdfSurface(PDPageContentStream out, PdfFonts fonts) {
        this.out = out;
        this.fonts = fonts;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, double cornerRadius, Rgba fill) {
        if (fill.alpha() == 0) {
            return;
        }
        try {
            opacity(fill);
            out.setNonStrokingColor(fill.red() / 255f, fill.green() / 255f, fill.blue() / 255f);
            path(x, y, width, height, cornerRadius);
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, double cornerRadius, LineStyle style) {
        try {
            stroke(style);
            path(x, y, width, height, cornerRadius);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, LineStyle style) {
        try {
            stroke(style);
            out.moveTo((float) x1, (float) y1);
            out.lineTo((float) x2, (float) y2);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void polyline(double[] xs, double[] ys, LineStyle style) {
        int n = Math.min(xs.length, ys.length);
        if (n < 2) {
            return;
        }
        try {
            stroke(style);
            out.moveTo((float) xs[0], (float) ys[0]);
            for (int i = 1; i < n; i++) {
                out.lineTo((float) xs[i], (float) ys[i]);
            }
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void text(String text, double x, double baseline, TextAlign align, TextStyle style) {
        ExportFonts.Face face = ExportFonts.Face.of(style);
        String printable = fonts.metrics().printable(text, face);
        if (printable.isEmpty()) {
            return;
        }
        double left = align == TextAlign.CENTRE ? x - fonts.metrics().width(printable, style) / 2 : x;
        try {
            Rgba c = style.colour();
            opacity(c);
            out.setNonStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
            out.beginText();
            out.setFont(fonts.font(face), (float) style.size());
            out.setTextMatrix(new Matrix(1, 0, 0, -1, (float) left, (float) baseline));
            out.showText(printable);
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        try {
            out.saveGraphicsState();
            out.addRect((float) x, (float) y, (float) width, (float) height);
            out.clip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void popClip() {
        try {
            out.restoreGraphicsState();
            lastAlpha = -1; // the restored state has its own opacity
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int lastAlpha = -1;

    private void opacity(Rgba c) throws IOException {
        if (c.alpha() == lastAlpha || (lastAlpha == -1 && c.alpha() == 255)) {
            return;
        }
        PDExtendedGraphicsState state = opacities.computeIfAbsent(c.alpha(), a -> {
            PDExtendedGraphicsState s = new PDExtendedGraphicsState();
            s.setNonStrokingAlphaConstant(a / 255f);
            s.setStrokingAlphaConstant(a / 255f);
            return s;
        });
        out.setGraphicsStateParameters(state);
        lastAlpha = c.alpha();
    }

    private void stroke(LineStyle style) throws IOException {
        Rgba c = style.colour();
        opacity(c);
        out.setStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
        out.setLineWidth((float) style.width());
        if (style.isDashed()) {
            out.setLineDashPattern(new float[] {(float) style.dash(), (float) style.dash()}, 0);
        } else {
            out.setLineDashPattern(new float[0], 0);
        }
    }

    private void path(double x, double y, double w, double h, double r) throws IOException {
        r = Math.min(r, Math.min(w, h) / 2);
        if (r <= 0) {
            out.addRect((float) x, (float) y, (float) w, (float) h);
            return;
        }
        float k = (float) (r * KAPPA);
        float x0 = (float) x;
        float y0 = (float) y;
        float x1 = (float) (x + w);
        float y1 = (float) (y + h);
        float rr = (float) r;
        out.moveTo(x0 + rr, y0);
        out.lineTo(x1 - rr, y0);
        out.curveTo(x1 - rr + k, y0, x1, y0 + rr - k, x1, y0 + rr);
        out.lineTo(x1, y1 - rr);
        out.curveTo(x1, y1 - rr + k, x1 - rr + k, y1, x1 - rr, y1);
        out.lineTo(x0 + rr, y1);
        out.curveTo(x0 + rr - k, y1, x0, y1 - rr + k, x0, y1 - rr);
        out.lineTo(x0, y0 + rr);
        out.curveTo(x0, y0 + rr - k, x0 + rr - k, y0, x0 + rr, y0);
        out.closePath();
    }
}
