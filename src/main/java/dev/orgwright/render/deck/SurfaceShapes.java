package dev.orgwright.render.deck;

import dev.orgwright.render.LineStyle;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Surface;
import dev.orgwright.render.TextAlign;
import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.TextWrap;
import java.util.List;

/**
 * The shapes of a slide drawn on a surface, {@code k} pixels to the point, as a presentation
 * program shows them: text boxes with their paragraphs wrapped across their width from the top,
 * shapes, lines and tables. For the export dialog's preview of a deck.
 */
final class SurfaceShapes implements SlideShapes {

    /** How much taller than its font a line of a paragraph is, as presentation programs set Arial. */
    static final double LEADING = 1.2;
    /** How far below the top of its line a line's baseline is, in the font's size. */
    private static final double ASCENT = 0.92;

    private final Surface surface;
    private final double k;
    private final TextMeasure measure;
    private final double width;
    private final double height;

    /** Draws on {@code surface} at {@code k} pixels to the point, wrapping text as {@code measure} measures it, on a slide of {@code width} × {@code height} points. */
    SurfaceShapes(Surface surface, double k, TextMeasure measure, double width, double height) {
        this.surface = surface;
        this.k = k;
        this.measure = measure;
        this.width = width;
        this.height = height;
    }

    @Override
    public TextBox textBox(String name, double x, double y, double w, double h) {
        double[] top = {y};
        return (text, size, bold, italic, colour, align, spaceBefore) -> {
            TextStyle style = new TextStyle(Pptx.round(size), bold, italic, colour, Pptx.FONT);
            top[0] += spaceBefore;
            for (String line : TextWrap.lines(text, w, Integer.MAX_VALUE, measure, style)) {
                text(line, x, w, top[0] + style.size() * ASCENT, align, style);
                top[0] += style.size() * LEADING;
            }
        };
    }

    private void text(String line, double x, double w, double baseline, Align align, TextStyle style) {
        TextStyle drawn = style.withSize(style.size() * k);
        switch (align) {
            case LEFT -> surface.text(line, x * k, baseline * k, TextAlign.LEFT, drawn);
            case CENTRE -> surface.text(line, (x + w / 2) * k, baseline * k, TextAlign.CENTRE, drawn);
            case RIGHT -> surface.text(line, (x + w) * k - surface.measure().width(line, drawn), baseline * k,
                    TextAlign.LEFT, drawn);
        }
    }

    @Override
    public void rect(String name, double x, double y, double w, double h, boolean rounded, Rgba fill) {
        surface.fillRect(x * k, y * k, w * k, h * k, rounded ? Math.min(w, h) / 6 * k : 0, fill);
    }

    @Override
    public void line(String name, double x, double y, double length, Rgba colour, double lineWidth, boolean dashed) {
        LineStyle style = dashed ? LineStyle.dashed(colour, lineWidth * k, 4 * lineWidth * k) : LineStyle.solid(colour, lineWidth * k);
        surface.line(x * k, y * k, (x + length) * k, y * k, style);
    }

    @Override
    public void table(double x, double y, List<Double> widths, double rowHeight, List<List<String>> rows,
                      List<Align> aligns, Table style) {
        double total = widths.stream().mapToDouble(Double::doubleValue).sum();
        double top = y;
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            TextStyle text = new TextStyle(style.textSize(), r == 0, false, style.text(), Pptx.FONT);
            // A cell's text wraps within its column and the row grows to hold it, as in a presentation program.
            List<List<String>> lines = new java.util.ArrayList<>();
            int most = 1;
            for (int c = 0; c < cells.size(); c++) {
                List<String> wrapped = TextWrap.lines(cells.get(c), widths.get(c) - 2 * style.insetX(), Integer.MAX_VALUE,
                        measure, text);
                lines.add(wrapped);
                most = Math.max(most, wrapped.size());
            }
            double height = Math.max(rowHeight, most * text.size() * LEADING + 2 * style.insetY());
            if (r == 0) {
                surface.fillRect(x * k, top * k, total * k, height * k, 0, style.headerFill());
            }
            double left = x;
            for (int c = 0; c < cells.size(); c++) {
                double inner = widths.get(c) - 2 * style.insetX();
                double baseline = top + style.insetY() + text.size() * ASCENT;
                for (String line : lines.get(c)) {
                    text(line, left + style.insetX(), inner, baseline, aligns.get(c), text);
                    baseline += text.size() * LEADING;
                }
                left += widths.get(c);
            }
            top += height;
            surface.line(x * k, top * k, (x + total) * k, top * k, LineStyle.solid(style.rule(), Math.max(0.5, 0.75 * k)));
        }
    }

    @Override
    public void paper(Rgba colour) {
        surface.fillRect(0, 0, width * k, height * k, 0, colour);
    }
}
