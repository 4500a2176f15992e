package dev.orgwright.render.export;

import dev.orgwright.layout.Box;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.RenderTexts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a sheet is spread over a grid of pages: one scale for all pages, and the cuts between
 * columns and rows, each put in a gap between cards where there is one near the page's edge
 * (so a card, and mostly a subtree, stays whole on one page) and straight through otherwise.
 */
public final class PagePlan {

    /** A cut moves back from the page's edge by at most this share of the page to find a gap. */
    private static final double SEARCH = 0.45;

    private final double scale;
    private final double[] columnCuts;
    private final double[] rowCuts;

    private PagePlan(double scale, double[] columnCuts, double[] rowCuts) {
        this.scale = scale;
        this.columnCuts = columnCuts;
        this.rowCuts = rowCuts;
    }

    /**
     * Plans {@code columns} × {@code rows} pages, each with room for {@code pageWidth} ×
     * {@code pageHeight} points of chart. Cards are whole on one page whenever a gap allows.
     */
    public static PagePlan of(ExportSheet sheet, int columns, int rows, double pageWidth, double pageHeight) {
        List<double[]> xs = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        Box r = sheet.region();
        for (PositionId id : sheet.layout().positionsIn(r.x(), r.y(), r.width(), r.height())) {
            Box b = sheet.layout().box(id).orElseThrow();
            xs.add(new double[] {sheet.sheetX(b.x()), sheet.sheetX(b.right())});
            ys.add(new double[] {sheet.sheetY(b.y()), sheet.sheetY(b.bottom())});
        }
        double[][] busyX = merge(xs);
        double[][] busyY = merge(ys);
        double scale = Math.min(columns * pageWidth / sheet.width(), rows * pageHeight / sheet.height());
        for (int attempt = 0; ; attempt++) {
            double[] cx = cuts(sheet.width(), pageWidth / scale, busyX);
            double[] cy = cuts(sheet.height(), pageHeight / scale, busyY);
            if ((cx.length - 1 <= columns && cy.length - 1 <= rows) || attempt == 60) {
                return new PagePlan(scale, cx, cy);
            }
            scale *= 0.97; // moving cuts into gaps cost a page; shrink a little and plan again
        }
    }

    /**
     * One page holding the whole sheet, at the largest scale up to 100% at which it fits in
     * {@code width} × {@code height} points: a sheet is shrunk to fit, never enlarged.
     */
    public static PagePlan onePage(ExportSheet sheet, double width, double height) {
        // One page has no cuts to place, so the cards' gaps need not be gathered.
        return new PagePlan(1, new double[] {0, sheet.width()}, new double[] {0, sheet.height()}).fitting(width, height);
    }

    /**
     * This one-page plan with the largest scale, up to 100%, at which the whole sheet fits in
     * {@code width} × {@code height} points.
     */
    PagePlan fitting(double width, double height) {
        double sheetWidth = columnCuts[columnCuts.length - 1];
        double sheetHeight = rowCuts[rowCuts.length - 1];
        double fit = Math.min(1, Math.min(width / sheetWidth, height / sheetHeight));
        return new PagePlan(fit, new double[] {0, sheetWidth}, new double[] {0, sheetHeight});
    }

    /**
     * Why this plan has fewer pages than the {@code columns} × {@code rows} asked for, as a
     * sentence for the user; empty when it has them all. One scale serves every page, so a chart
     * much wider than the grid is high fills fewer rows than asked (and the other way round): the
     * pages it would leave blank are not written.
     */
    public Optional<String> leftOut(int columns, int rows) {
        int asked = columns * rows;
        int planned = columns() * rows();
        if (planned >= asked) {
            return Optional.empty();
        }
        String why;
        if (rows() < rows && columns() < columns) {
            why = RenderTexts.t("pages.leftOut.grid", columns, rows);
        } else if (rows() < rows) {
            why = RenderTexts.t("pages.leftOut.across", count(columns), count(rows()));
        } else {
            why = RenderTexts.t("pages.leftOut.down", count(rows), count(columns()));
        }
        int empty = asked - planned;
        return Optional.of(empty == 1 ? RenderTexts.t("pages.leftOut.one", columns(), rows(), columns, rows, why)
                : RenderTexts.t("pages.leftOut.many", columns(), rows(), columns, rows, why, empty));
    }

    private static String count(int n) {
        return n == 1 ? RenderTexts.t("pages.count.one") : RenderTexts.t("pages.count", n);
    }

    /** Points per sheet unit on every page. */
    public double scale() {
        return scale;
    }

    public int columns() {
        return columnCuts.length - 1;
    }

    public int rows() {
        return rowCuts.length - 1;
    }

    /** The part of the sheet on the page of {@code column} and {@code row} (0-based), in sheet units. */
    public Box page(int column, int row) {
        return new Box(columnCuts[column], rowCuts[row], columnCuts[column + 1] - columnCuts[column],
                rowCuts[row + 1] - rowCuts[row]);
    }

    /**
     * The line under a page of a grid: "Page 2 of 6 (row 1, column 2) · continues: ← page 1,
     * → page 3, ↓ page 5", so that loose sheets can be laid out again.
     */
    public String footer(int column, int row) {
        int number = row * columns() + column + 1;
        List<String> next = new ArrayList<>();
        if (column > 0) {
            next.add(RenderTexts.t("pages.footer.left", number - 1));
        }
        if (column < columns() - 1) {
            next.add(RenderTexts.t("pages.footer.right", number + 1));
        }
        if (row > 0) {
            next.add(RenderTexts.t("pages.footer.up", number - columns()));
        }
        if (row < rows() - 1) {
            next.add(RenderTexts.t("pages.footer.down", number + columns()));
        }
        return RenderTexts.t("pages.footer", number, columns() * rows(), row + 1, column + 1, String.join(", ", next));
    }

    /** Every page's part, row by row, as the pages are numbered. */
    public List<Box> pages() {
        List<Box> out = new ArrayList<>();
        for (int row = 0; row < rows(); row++) {
            for (int column = 0; column < columns(); column++) {
                out.add(page(column, row));
            }
        }
        return out;
    }

    /** The cuts along one axis, from 0 to {@code length}, no piece longer than {@code piece}. */
    private static double[] cuts(double length, double piece, double[][] busy) {
        List<Double> out = new ArrayList<>();
        out.add(0.0);
        double start = 0;
        while (length - start > piece + 1e-6) {
            double limit = start + piece;
            double cut = gapBefore(limit, limit - piece * SEARCH, busy);
            out.add(cut);
            start = cut;
        }
        out.add(length);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The middle of the last gap between busy intervals that lies in (from, limit], or a point
     * {@code limit} itself when it is free, or {@code limit} when no gap is in reach.
     */
    private static double gapBefore(double limit, double from, double[][] busy) {
        int i = Arrays.binarySearch(starts(busy), limit);
        int k = i >= 0 ? i : -i - 2; // the last interval starting at or before limit
        if (k < 0 || busy[k][1] < limit) {
            // limit is free; prefer the middle of its gap when the gap ends before the page does
            double gapStart = k < 0 ? 0 : busy[k][1];
            return gapStart > from ? (gapStart + limit) / 2 : limit;
        }
        for (int j = k; j > 0; j--) {
            double gapEnd = busy[j][0];
            double gapStart = busy[j - 1][1];
            if (gapEnd <= from) {
                break;
            }
            if (gapEnd > gapStart && gapEnd <= limit) {
                return Math.max(from, (gapStart + gapEnd) / 2);
            }
        }
        return limit;
    }

    private static double[] starts(double[][] busy) {
        double[] s = new double[busy.length];
        for (int i = 0; i < busy.length; i++) {
            s[i] = busy[i][0];
        }
        return s;
    }

    /** Sorted, overlapping intervals joined. */
    private static double[][] merge(List<double[]> intervals) {
        intervals.sort((a, b) -> Double.compare(a[0], b[0]));
        List<double[]> out = new ArrayList<>();
        for (double[] iv : intervals) {
            if (!out.isEmpty() && iv[0] <= out.get(out.size() - 1)[1]) {
                out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], iv[1]);
            } else {
                out.add(new double[] {iv[0], iv[1]});
            }
        }
        return out.toArray(new double[0][]);
    }
}
