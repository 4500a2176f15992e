package dev.orgwright.render;

import java.util.ArrayList;
import java.util.List;

/** A surface that writes down what was drawn, for assertions. */
final class RecordingSurface implements Surface {

    record Rect(double x, double y, double width, double height, double radius, Rgba colour, boolean filled) {
    }

    record Text(String text, double x, double baseline, TextAlign align, TextStyle style) {
    }

    record Line(double[] xs, double[] ys, LineStyle style) {
    }

    final List<Rect> rects = new ArrayList<>();
    final List<Text> texts = new ArrayList<>();
    /** The texts turned to read upwards: x is their baseline, baseline the y they start from. */
    final List<Text> upwards = new ArrayList<>();
    final List<Line> lines = new ArrayList<>();
    int clipDepth;

    /** A narrow test font, a fixed share of its size per character, so that the usual titles fit a card of 180 on one line. */
    @Override
    public TextMeasure measure() {
        return (text, style) -> text.length() * style.size() * 0.45;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, double cornerRadius, Rgba fill) {
        rects.add(new Rect(x, y, width, height, cornerRadius, fill, true));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, double cornerRadius, LineStyle style) {
        rects.add(new Rect(x, y, width, height, cornerRadius, style.colour(), false));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, LineStyle style) {
        lines.add(new Line(new double[] {x1, x2}, new double[] {y1, y2}, style));
    }

    @Override
    public void polyline(double[] xs, double[] ys, LineStyle style) {
        lines.add(new Line(xs.clone(), ys.clone(), style));
    }

    @Override
    public void text(String text, double x, double baseline, TextAlign align, TextStyle style) {
        texts.add(new Text(text, x, baseline, align, style));
    }

    @Override
    public void textUpwards(String text, double x, double y, TextStyle style) {
        upwards.add(new Text(text, x, y, TextAlign.LEFT, style));
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        clipDepth++;
    }

    @Override
    public void popClip() {
        if (--clipDepth < 0) {
            throw new AssertionError("popClip without pushClip");
        }
    }

    List<String> textStrings() {
        return texts.stream().map(Text::text).toList();
    }
}
