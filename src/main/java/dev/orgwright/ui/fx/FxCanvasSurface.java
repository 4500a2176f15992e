package dev.orgwright.ui.fx;

import dev.orgwright.render.LineStyle;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Surface;
import dev.orgwright.render.TextAlign;
import dev.orgwright.render.TextStyle;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/** The renderer's {@link Surface} over a JavaFX canvas. */
public final class FxCanvasSurface implements Surface {

    private final GraphicsContext gc;
    /** Made when the first card is drawn: the window's fonts, as the cards were sized with. */
    private FxTextMeasure measure;

    public FxCanvasSurface(GraphicsContext gc) {
        this.gc = gc;
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setTextBaseline(VPos.BASELINE);
    }

    @Override
    public dev.orgwright.render.TextMeasure measure() {
        if (measure == null) {
            measure = new FxTextMeasure();
        }
        return measure;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, double cornerRadius, Rgba fill) {
        gc.setFill(FxFonts.color(fill));
        if (cornerRadius > 0) {
            gc.fillRoundRect(x, y, width, height, 2 * cornerRadius, 2 * cornerRadius);
        } else {
            gc.fillRect(x, y, width, height);
        }
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, double cornerRadius, LineStyle style) {
        apply(style);
        if (cornerRadius > 0) {
            gc.strokeRoundRect(x, y, width, height, 2 * cornerRadius, 2 * cornerRadius);
        } else {
            gc.strokeRect(x, y, width, height);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, LineStyle style) {
        apply(style);
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void polyline(double[] xs, double[] ys, LineStyle style) {
        apply(style);
        gc.strokePolyline(xs, ys, Math.min(xs.length, ys.length));
    }

    @Override
    public void image(dev.orgwright.render.Logo image, double x, double y, double width, double height) {
        gc.drawImage(new javafx.scene.image.Image(new java.io.ByteArrayInputStream(image.bytes())), x, y, width, height);
    }

    /** Decoded photos, so that a card's photo is not decoded again for every frame. */
    private static final java.util.Map<dev.orgwright.render.Logo, javafx.scene.image.Image> DECODED =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<dev.orgwright.render.Logo,
                        javafx.scene.image.Image> eldest) {
                    return size() > 512;
                }
            });

    @Override
    public void roundImage(dev.orgwright.render.Logo image, double x, double y, double size) {
        javafx.scene.image.Image fx = DECODED.computeIfAbsent(image,
                l -> new javafx.scene.image.Image(new java.io.ByteArrayInputStream(l.bytes())));
        double scale = Math.max(size / image.width(), size / image.height());
        double w = image.width() * scale;
        double h = image.height() * scale;
        gc.save();
        gc.beginPath();
        gc.arc(x + size / 2, y + size / 2, size / 2, size / 2, 0, 360);
        gc.closePath();
        gc.clip();
        gc.drawImage(fx, x + (size - w) / 2, y + (size - h) / 2, w, h);
        gc.restore();
    }

    @Override
    public void text(String text, double x, double baseline, TextAlign align, TextStyle style) {
        gc.setFont(FxFonts.font(style));
        gc.setFill(FxFonts.color(style.colour()));
        gc.setTextAlign(align == TextAlign.CENTRE ? TextAlignment.CENTER : TextAlignment.LEFT);
        gc.fillText(text, x, baseline);
    }

    @Override
    public void textUpwards(String text, double x, double y, TextStyle style) {
        gc.save();
        gc.translate(x, y);
        gc.rotate(-90);
        text(text, 0, 0, TextAlign.LEFT, style);
        gc.restore();
    }

    /**
     * JavaFX clips cheaply only to a rectangle it recognises as lying on whole pixels, and it
     * does not recognise one with a corner left of or above the canvas (it rounds a negative
     * corner the wrong way): such a clip is drawn as a mask the size of the whole canvas, for
     * every card that crosses the canvas's top or left edge. So the clip is first cut to the
     * canvas, which changes nothing drawn.
     */
    @Override
    public void pushClip(double x, double y, double width, double height) {
        gc.save();
        Affine t = gc.getTransform();
        if (t.getMxx() == 1 && t.getMyy() == 1 && t.getMxy() == 0 && t.getMyx() == 0) {
            double left = Math.max(0, x + t.getTx());
            double top = Math.max(0, y + t.getTy());
            double right = Math.min(gc.getCanvas().getWidth(), x + width + t.getTx());
            double bottom = Math.min(gc.getCanvas().getHeight(), y + height + t.getTy());
            x = left - t.getTx();
            y = top - t.getTy();
            width = Math.max(0, right - left);
            height = Math.max(0, bottom - top);
        }
        gc.beginPath();
        gc.rect(x, y, width, height);
        gc.closePath();
        gc.clip();
    }

    @Override
    public void popClip() {
        gc.restore();
    }

    private void apply(LineStyle style) {
        gc.setStroke(FxFonts.color(style.colour()));
        gc.setLineWidth(style.width());
        if (style.isDashed()) {
            gc.setLineDashes(style.dash(), style.dash());
        } else {
            gc.setLineDashes((double[]) null);
        }
    }
}
