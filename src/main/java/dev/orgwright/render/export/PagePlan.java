package dev.orgwright.render.export;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.RenderTexts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * How a sheet is spread over a grid of pages: one scale for all pages, and the cuts between
 * columns and rows, each put in a gap between cards where there is one near the page's edge
 * (so a card, and mostly a subtree, stays whole on one page) and straight through otherwise.
 * The sheet planned carries its heading at the size the pages print it readable
 * ({@link ExportSheet#headedFor}): draw {@link #sheet()}, not the sheet handed in.
 */
public final class PagePlan {

    /** A cut moves back from the page's edge by at most this share of the page to find a gap. */
    private static final double SEARCH = 0.45;

    /** The share of the pages' height a heading's band takes from which the chart is laid out again for what it leaves. */
    static final double REAIM_BAND = 0.05;

    /** How many times the planning is repeated for a heading made larger for the scale it gave. */
    private static final int HEADING_ROUNDS = 8;

    private final ExportSheet sheet;
    private final double scale;
    private final double[] columnCuts;
    private final double[] rowCuts;
    /** The cards in sheet units, to draw whole on the page their centre lies on; empty for one page. */
    private final List<Box> cards;

    private PagePlan(ExportSheet sheet, double scale, double[] columnCuts, double[] rowCuts) {
        this(sheet, scale, columnCuts, rowCuts, List.of());
    }

    private PagePlan(ExportSheet sheet, double scale, double[] columnCuts, double[] rowCuts, List<Box> cards) {
        this.sheet = sheet;
        this.scale = scale;
        this.columnCuts = columnCuts;
        this.rowCuts = rowCuts;
        this.cards = cards;
    }

    /**
     * Plans {@code columns} × {@code rows} pages, each with room for {@code pageWidth} ×
     * {@code pageHeight} points of chart. Cards are whole on one page whenever a gap allows.
     */
    public static PagePlan of(ExportSheet sheet, int columns, int rows, double pageWidth, double pageHeight) {
        ExportSheet paper = sheet.paper();
        // The cards are gathered once, in chart units: a larger heading only moves them on the sheet.
        List<Box> boxes = new ArrayList<>();
        Box r = sheet.region();
        for (PositionId id : sheet.layout().positionsIn(r.x(), r.y(), r.width(), r.height())) {
            boxes.add(sheet.layout().box(id).orElseThrow());
        }
        double widest = 0;
        double tallest = 0;
        for (Box b : boxes) {
            widest = Math.max(widest, b.width());
            tallest = Math.max(tallest, b.height());
        }
        double w = widest;
        double t = tallest;
        // The scale the grid starts from: a gap to place may shrink it a little more (see grid).
        ToDoubleFunction<ExportSheet> start = headed -> Math.min(columns * pageWidth / (headed.width() + columns * w),
                rows * pageHeight / (headed.height() + rows * t));
        PagePlan plan = grid(ExportSheet.headedAtLargestScale(s -> paper.headedFor(s, pageWidth), start), boxes,
                columns, rows, pageWidth, pageHeight);
        for (int round = 0; round < HEADING_ROUNDS; round++) {
            ExportSheet headed = paper.headedFor(plan.scale, pageWidth);
            if (headed.sameHeading(plan.sheet)) {
                break;
            }
            PagePlan next = grid(headed, boxes, columns, rows, pageWidth, pageHeight);
            boolean settled = settled(plan, next);
            plan = next;
            if (settled) {
                break;
            }
        }
        return plan;
    }

    /**
     * Whether {@code next}, planned with the heading {@code plan}'s scale asks for, prints at
     * that scale: the heading then prints at the size asked. A larger heading takes room from the
     * chart, so its scale drops and the plan is made again for it, until the two agree.
     */
    private static boolean settled(PagePlan plan, PagePlan next) {
        return Math.abs(next.scale - plan.scale) <= 1e-9 * plan.scale;
    }

    private static PagePlan grid(ExportSheet sheet, List<Box> boxes, int columns, int rows, double pageWidth,
                                 double pageHeight) {
        List<Box> cards = new ArrayList<>(boxes.size());
        double widest = 0;
        double tallest = 0;
        for (Box b : boxes) {
            cards.add(new Box(sheet.sheetX(b.x()), sheet.sheetY(b.y()), b.width(), b.height()));
            widest = Math.max(widest, b.width());
            tallest = Math.max(tallest, b.height());
        }
        Axis ax = new Axis(cards, true);
        Axis ay = new Axis(cards, false);
        // A page draws whole the cards its edges cut whose centre is on it: up to half a card
        // beyond each edge, so each piece leaves room for one card beside the page's part.
        double scale = Math.min(columns * pageWidth / (sheet.width() + columns * widest),
                rows * pageHeight / (sheet.height() + rows * tallest));
        for (int attempt = 0; ; attempt++) {
            double[] cx = cuts(sheet.width(), pageWidth / scale - widest, ax);
            double[] cy = cuts(sheet.height(), pageHeight / scale - tallest, ay);
            if ((cx.length - 1 <= columns && cy.length - 1 <= rows) || attempt == 60) {
                return new PagePlan(sheet, scale, cx, cy, List.copyOf(cards));
            }
            scale *= 0.97; // moving cuts off cards cost a page; shrink a little and plan again
        }
    }

    /**
     * The pages of {@code request}, planned by {@code pages} from the sheet {@code sheets} lays out,
     * the automatic layout aimed at the shape of the area the chart gets: the pages'
     * {@code width} × {@code height} points less the band the heading takes above the chart when it
     * does not fit in the chart's empty corner. Only that band's height on paper tells, so a chart
     * whose heading takes a band of {@value #REAIM_BAND} of the pages' height or more (a legend of
     * many departments over several rows, a title and a date) is laid out a second time, aimed at
     * the pages less the band, and the plan printing the chart larger is kept. A heading in the
     * corner, or none, costs no second layout; nor does a layout the aspect does not steer (the
     * tidy and compact trees, an export of the current view).
     */
    public static PagePlan aimedAtTheChartsArea(ExportRequest request, Function<ExportRequest, ExportSheet> sheets,
                                                Function<ExportSheet, PagePlan> pages, double width, double height) {
        PagePlan plan = pages.apply(sheets.apply(request));
        LayoutOptions layout = request.layoutOptions();
        double band = plan.headingBand();
        if (layout.mode() != LayoutOptions.Mode.AUTO || request.options().scope() instanceof ExportScope.View
                || band < REAIM_BAND * height) {
            return plan;
        }
        ExportRequest aimed = request.withLayoutOptions(layout.withAspect(width / (height - band)));
        PagePlan again = pages.apply(sheets.apply(aimed));
        return again.scale > plan.scale ? again : plan;
    }

    /**
     * One page holding the whole sheet, at the largest scale up to 100% at which it fits in
     * {@code width} × {@code height} points: a sheet is shrunk to fit, never enlarged. Its heading
     * is not shrunk with it: it keeps a readable size on the page and the chart fits in the rest.
     */
    public static PagePlan onePage(ExportSheet sheet, double width, double height) {
        // One page has no cuts to place, so the cards' gaps need not be gathered.
        ExportSheet paper = sheet.paper();
        return fitting(ExportSheet.headedAtLargestScale(s -> paper.headedFor(s, width),
                headed -> fitting(headed, width, height).scale), width, height);
    }

    /** One page holding {@code sheet} whole, at the largest scale, up to 100%, at which it fits in {@code width} × {@code height} points. */
    private static PagePlan fitting(ExportSheet sheet, double width, double height) {
        double fit = Math.min(1, Math.min(width / sheet.width(), height / sheet.height()));
        return new PagePlan(sheet, fit, new double[] {0, sheet.width()}, new double[] {0, sheet.height()});
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

    /** The sheet the pages draw: the one planned, with its heading at the size the pages print it. */
    public ExportSheet sheet() {
        return sheet;
    }

    /**
     * How high, in points, the band is that the heading takes above the chart on the first page:
     * 0 when it sits in the chart's empty corner, or there is none.
     */
    public double headingBand() {
        return sheet.headingRoom() * scale;
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
     * What the page of {@code column} and {@code row} draws, in sheet units: its part, grown to
     * hold whole the cards its edges cut whose centre lies on it. It fits the page at {@link #scale}.
     */
    public Box drawn(int column, int row) {
        Box part = page(column, row);
        double x0 = part.x();
        double y0 = part.y();
        double x1 = part.right();
        double y1 = part.bottom();
        for (Box b : cards) {
            if (owns(part, b)) {
                x0 = Math.min(x0, b.x());
                y0 = Math.min(y0, b.y());
                x1 = Math.max(x1, b.right());
                y1 = Math.max(y1, b.bottom());
            }
        }
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }

    /**
     * Whether {@code card}, in sheet units, is drawn whole on the page whose part is {@code part}:
     * its centre lies on the part (the left and top edges count, the right and bottom ones do not,
     * except at the sheet's end), so every card belongs to exactly one page.
     */
    public boolean owns(Box part, Box card) {
        double cx = card.centreX();
        double cy = card.centreY();
        boolean lastColumn = part.right() >= columnCuts[columnCuts.length - 1];
        boolean lastRow = part.bottom() >= rowCuts[rowCuts.length - 1];
        return cx >= part.x() && (cx < part.right() || lastColumn && cx <= part.right())
                && cy >= part.y() && (cy < part.bottom() || lastRow && cy <= part.bottom());
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
    private static double[] cuts(double length, double piece, Axis busy) {
        List<Double> out = new ArrayList<>();
        out.add(0.0);
        double start = 0;
        piece = Math.max(piece, 1);
        while (length - start > piece + 1e-6) {
            double limit = start + piece;
            double cut = busy.bestCut(limit - piece * SEARCH, limit);
            out.add(cut);
            start = cut;
        }
        out.add(length);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The cards' spans along one axis, sorted by start and by end, to count the cards a cut crosses. */
    private static final class Axis {
        private final double[] starts;
        private final double[] ends;

        Axis(List<Box> cards, boolean across) {
            starts = new double[cards.size()];
            ends = new double[cards.size()];
            for (int i = 0; i < cards.size(); i++) {
                Box b = cards.get(i);
                starts[i] = across ? b.x() : b.y();
                ends[i] = across ? b.right() : b.bottom();
            }
            Arrays.sort(starts);
            Arrays.sort(ends);
        }

        /** How many cards a cut at {@code c} goes through: those starting before it and ending after it. */
        int crossed(double c) {
            return below(starts, c, false) - below(ends, c, true);
        }

        /**
         * The cut in (from, limit] crossing the fewest cards, the nearest to {@code limit} among
         * those; in a gap, the middle of the gap's part within reach.
         */
        double bestCut(double from, double limit) {
            double best = limit;
            int fewest = crossed(limit);
            // Candidates: the page's edge and every card's end in reach, latest first.
            for (int i = below(ends, limit, false) - 1; i >= 0 && ends[i] > from && fewest > 0; i--) {
                int n = crossed(ends[i]);
                if (n < fewest) {
                    fewest = n;
                    best = ends[i];
                }
            }
            if (fewest == 0) {
                int next = below(starts, best, false);
                double gapEnd = next < starts.length ? Math.min(starts[next], limit) : limit;
                int last = below(ends, best, true);
                double gapStart = Math.max(from, last > 0 ? ends[last - 1] : 0);
                return (gapStart + gapEnd) / 2;
            }
            return best;
        }

        /** How many values are below {@code c} (or at most {@code c} when {@code orEqual}). */
        private static int below(double[] sorted, double c, boolean orEqual) {
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] < c || orEqual && sorted[mid] == c) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
