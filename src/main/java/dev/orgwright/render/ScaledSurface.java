package dev.orgwright.render;

import java.util.Objects;

/**
 * A surface that draws on another {@code k} times smaller (or larger), from (dx, dy), and
 * measures text with a measure of its own: a page drawn in a small preview by the very calls
 * that print it. The code drawing on it sees the page's own units, so every rule that depends
 * on size (card text left out under a height, where a line wraps) decides as it does on paper,
 * and the preview shows the paper's lines, only smaller.
 */
public final class ScaledSurface implements Surface {

    private final Surface target;
    private final double k;
    private final double dx;
    private final double dy;
    private final TextMeasure measure;

    /**
     * @param k       target units per unit drawn here
     * @param dx      where x = 0 lands on the target
     * @param dy      where y = 0 lands on the target
     * @param measure what text is measured with here: the paper's fonts
     */
    public ScaledSurface(Surface target, double k, double dx, double dy, TextMeasure measure) {
        this.target = Objects.requireNonNull(target, "target");
        this.k = k;
        this.dx = dx;
        this.dy = dy;
        this.measure = Objects.requireNonNull(measure, "measure");
    }

    private double x(double x) {
        return dx + x * k;
    }

    private double y(double y) {
        return dy + y * k;
    }

    private LineStyle scaled(LineStyle style) {
        return new LineStyle(style.colour(), style.width() * k, style.dash() * k);
    }

    @Override
    public void fillRect(double x, double y, double width, double height, double cornerRadius, Rgba fill) {
        target.fillRect(x(x), y(y), width * k, height * k, cornerRadius * k, fill);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, double cornerRadius, LineStyle style) {
        target.strokeRect(x(x), y(y), width * k, height * k, cornerRadius * k, scaled(style));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, LineStyle style) {
        target.line(x(x1), y(y1), x(x2), y(y2), scaled(style));
    }

    @Override
    public void polyline(double[] xs, double[] ys, LineStyle style) {
        double[] sx = new double[xs.length];
        double[] sy = new double[ys.length];
        for (int i = 0; i < xs.length; i++) {
            sx[i] = x(xs[i]);
            sy[i] = y(ys[i]);
        }
        target.polyline(sx, sy, scaled(style));
    }

    @Override
    public void text(String text, double x, double baseline, TextAlign align, TextStyle style) {
        target.text(text, x(x), y(baseline), align, style.withSize(style.size() * k));
    }

    @Override
    public void textUpwards(String text, double x, double y, TextStyle style) {
        target.textUpwards(text, x(x), y(y), style.withSize(style.size() * k));
    }

    @Override
    public TextMeasure measure() {
        return measure;
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        target.pushClip(x(x), y(y), width * k, height * k);
    }

    @Override
    public void popClip() {
        target.popClip();
    }

    @Override
    public void image(Logo image, double x, double y, double width, double height) {
        target.image(image, x(x), y(y), width * k, height * k);
    }

    @Override
    public void roundImage(Logo image, double x, double y, double size) {
        target.roundImage(image, x(x), y(y), size * k);
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
