package dev.orgwright.render;

import java.util.Objects;

/**
 * A surface whose origin is moved by (dx, dy) pixels on another: one part of a picture (a team
 * on a page of a book, the chart on a slide) drawn where it goes on the whole, by code that draws
 * from its own top-left corner.
 */
public final class ShiftedSurface implements Surface {

    private final Surface target;
    private final double dx;
    private final double dy;

    public ShiftedSurface(Surface target, double dx, double dy) {
        this.target = Objects.requireNonNull(target, "target");
        this.dx = dx;
        this.dy = dy;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, double cornerRadius, Rgba fill) {
        target.fillRect(x + dx, y + dy, width, height, cornerRadius, fill);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, double cornerRadius, LineStyle style) {
        target.strokeRect(x + dx, y + dy, width, height, cornerRadius, style);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, LineStyle style) {
        target.line(x1 + dx, y1 + dy, x2 + dx, y2 + dy, style);
    }

    @Override
    public void polyline(double[] xs, double[] ys, LineStyle style) {
        double[] sx = new double[xs.length];
        double[] sy = new double[ys.length];
        for (int i = 0; i < xs.length; i++) {
            sx[i] = xs[i] + dx;
            sy[i] = ys[i] + dy;
        }
        target.polyline(sx, sy, style);
    }

    @Override
    public void text(String text, double x, double baseline, TextAlign align, TextStyle style) {
        target.text(text, x + dx, baseline + dy, align, style);
    }

    @Override
    public void textUpwards(String text, double x, double y, TextStyle style) {
        target.textUpwards(text, x + dx, y + dy, style);
    }

    @Override
    public TextMeasure measure() {
        return target.measure();
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        target.pushClip(x + dx, y + dy, width, height);
    }

    @Override
    public void popClip() {
        target.popClip();
    }

    @Override
    public void image(Logo image, double x, double y, double width, double height) {
        target.image(image, x + dx, y + dy, width, height);
    }

    @Override
    public void roundImage(Logo image, double x, double y, double size) {
        target.roundImage(image, x + dx, y + dy, size);
    }

    @Override
    public void beginGroup(String id) {
        target.beginGroup(id);
    }

    @Override
    public void endGroup() {
        target.endGroup();
    }
}
