package dev.orgwright.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * Writes a layout as the JSON of {@code orgwright layout}: width and height, the boxes by id in
 * tree order, then the lines with their points. One box or line per line of text and numbers
 * rounded to a tenth, so the same chart always gives the same bytes and a change diffs as the
 * boxes it moved. Calls go: boxes, then {@link #startEdges()}, then edges, then {@link #finish()}.
 */
final class LayoutJson {

    private final StringBuilder text = new StringBuilder(1 << 12);
    private boolean firstItem = true;
    private boolean inEdges;

    LayoutJson(double width, double height) {
        text.append("{\n  \"width\": ").append(number(width)).append(",\n  \"height\": ").append(number(height))
                .append(",\n  \"boxes\": {");
    }

    /** A box; {@code hiddenReports} above 0 marks a collapsed manager with {@code "hiddenReports": N}. */
    void box(String id, double x, double y, double w, double h, int hiddenReports) {
        nextItem();
        quote(id);
        text.append(": {\"x\": ").append(number(x)).append(", \"y\": ").append(number(y))
                .append(", \"w\": ").append(number(w)).append(", \"h\": ").append(number(h));
        if (hiddenReports > 0) {
            text.append(", \"hiddenReports\": ").append(hiddenReports);
        }
        text.append('}');
    }

    void startEdges() {
        text.append(firstItem ? "},\n" : "\n  },\n").append("  \"edges\": [");
        firstItem = true;
        inEdges = true;
    }

    /** A line as x0, y0, x1, y1, ...; {@code dotted} lines carry {@code "dotted": true}. */
    void edge(String from, String to, double[] points, boolean dotted) {
        nextItem();
        text.append("{\"from\": ");
        quote(from);
        text.append(", \"to\": ");
        quote(to);
        text.append(", \"points\": [");
        for (int k = 0; k < points.length; k += 2) {
            text.append(k == 0 ? "[" : ", [").append(number(points[k])).append(", ").append(number(points[k + 1]))
                    .append(']');
        }
        text.append(']');
        if (dotted) {
            text.append(", \"dotted\": true");
        }
        text.append('}');
    }

    String finish() {
        if (!inEdges) {
            startEdges();
        }
        text.append(firstItem ? "]\n}\n" : "\n  ]\n}\n");
        return text.toString();
    }

    private void nextItem() {
        text.append(firstItem ? "\n    " : ",\n    ");
        firstItem = false;
    }

    private void quote(String s) {
        text.append('"').append(JsonStringEncoder.getInstance().quoteAsString(s)).append('"');
    }

    /** A tenth-rounded number without a trailing ".0" and never "-0". */
    static String number(double value) {
        long tenths = Math.round(value * 10);
        if (tenths == 0) {
            return "0";
        }
        long whole = Math.abs(tenths) / 10;
        long tenth = Math.abs(tenths) % 10;
        return (tenths < 0 ? "-" : "") + whole + (tenth == 0 ? "" : "." + tenth);
    }
}
