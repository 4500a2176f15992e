package dev.orgwright.render;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.DottedLinesSoFar;
import dev.orgwright.layout.Edge;
import dev.orgwright.layout.Point;
import dev.orgwright.layout.RoutingBudget;
import dev.orgwright.model.CardTemplate;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.rules.Validation;
import java.util.List;
import java.util.Objects;

/**
 * Draws the visible part of a laid-out chart on a {@link Surface}: the background, reporting
 * lines, dashed dotted lines, and a card per position with a tier band, the title and the
 * holder (or "Vacant"), the selected card ringed. Only what the viewport shows is drawn, so a
 * chart of 100,000 positions costs what is on screen. When cards are too small to read, they
 * are drawn without text.
 */
public final class ChartPainter {

    private static final Rgba SHADOW = new Rgba(16, 24, 40, 40);
    private static final Rgba SHADOW_ON_DARK = new Rgba(0, 0, 0, 140);

    /** Below this on-screen card height text is unreadable, so cards are drawn plain. */
    static final double MIN_TEXT_CARD_HEIGHT = 20;

    private final Theme theme;
    private final CardContent content;
    private final boolean privateFields;
    private final Validation colourFindings;
    /** The colouring of the chart drawn last: recomputed only when another chart (or findings) comes. */
    private volatile CardColouring colouring;
    /** The text of template lines other than title and holder; private values only with {@link #privateFields}. */
    private final CardLines cardLines;
    private volatile CardPhotos photos;

    public ChartPainter(Theme theme) {
        this(theme, CardContent.DEFAULT);
    }

    /** A painter whose cards show {@code content}; lay the chart out with the same content in {@link CardSizing}. */
    public ChartPainter(Theme theme, CardContent content) {
        this(theme, content, false, null);
    }

    private ChartPainter(Theme theme, CardContent content, boolean privateFields, Validation colourFindings) {
        this.theme = Objects.requireNonNull(theme, "theme");
        this.content = Objects.requireNonNull(content, "content");
        this.privateFields = privateFields;
        this.colourFindings = colourFindings;
        this.cardLines = new CardLines(privateFields);
    }

    /**
     * The same painter, allowed or not to colour cards by a private field and to write private
     * values (a private field's line, the cost in a roll-up) on them: the window may, an export
     * may not unless private data is asked for.
     */
    public ChartPainter withPrivateFields(boolean allowed) {
        return new ChartPainter(theme, content, allowed, colourFindings);
    }

    /**
     * The same painter, colouring by severity with {@code findings} even when no badges are
     * drawn (an export without badges); without them the decorations' findings are used.
     */
    public ChartPainter withFindings(Validation findings) {
        return new ChartPainter(theme, content, privateFields, findings);
    }

    /** The accent colours of {@code chart}'s cards and their legend, as this painter draws them. */
    public CardColouring colouring(Chart chart, Validation findings) {
        Validation used = colourFindings != null ? colourFindings : findings;
        CardColouring c = colouring;
        if (c == null || c.chart() != chart || c.findings() != used) {
            c = CardColouring.of(theme, chart, used, privateFields);
            colouring = c;
        }
        return c;
    }

    public Theme theme() {
        return theme;
    }

    public CardContent content() {
        return content;
    }

    /** Draws {@code chart} as {@code layout} places it; {@code selected} may be null. */
    public void paint(Surface surface, Chart chart, ChartLayout layout, Viewport view, PositionId selected) {
        paint(surface, chart, layout, view, Decorations.selection(selected));
    }

    /** Draws {@code chart} as {@code layout} places it, with the marks of {@code marks}. */
    public void paint(Surface surface, Chart chart, ChartLayout layout, Viewport view, Decorations marks) {
        paintRegion(surface, chart, layout, view, marks, 0, 0, view.width(), view.height());
    }

    /**
     * Draws only what falls in the rectangle (rx, ry, rw, rh) of the surface, in the coordinates
     * of {@code view}: an export drawn in tiles draws each tile this way, translated, so that every
     * tile gets exactly the coordinates the whole picture would have.
     */
    public void paintRegion(Surface surface, Chart chart, ChartLayout layout, Viewport view, Decorations marks,
                            double rx, double ry, double rw, double rh) {
        paintRegion(surface, chart, layout, view, marks, rx, ry, rw, rh, box -> true);
    }

    /**
     * As {@link #paintRegion(Surface, Chart, ChartLayout, Viewport, Decorations, double, double, double, double)},
     * drawing only the cards whose box, in chart coordinates, {@code shown} accepts.
     */
    public void paintRegion(Surface surface, Chart chart, ChartLayout layout, Viewport view, Decorations marks,
                            double rx, double ry, double rw, double rh, java.util.function.Predicate<Box> shown) {
        paintRegion(surface, chart, layout, view, marks, rx, ry, rw, rh, shown, RoutingBudget.UNLIMITED);
    }

    /**
     * Draws a screen's frame as {@link #paint(Surface, Chart, ChartLayout, Viewport, Decorations)}
     * does, with the dotted lines routed only while {@code budget} lasts: the lines not settled
     * yet are left out (never drawn straight in the meantime), and the answer says whether some
     * are pending, so that the screen paints again on its next frame until they are all drawn.
     * Once drawn, a line is exactly the line an export draws. Exports, print and the command line
     * draw complete, with {@code paint} or {@code paintRegion}.
     */
    public DottedLinesSoFar paintFrame(Surface surface, Chart chart, ChartLayout layout, Viewport view,
                                       Decorations marks, RoutingBudget budget) {
        return paintRegion(surface, chart, layout, view, marks, 0, 0, view.width(), view.height(), box -> true,
                budget);
    }

    private DottedLinesSoFar paintRegion(Surface surface, Chart chart, ChartLayout layout, Viewport view,
                                         Decorations marks, double rx, double ry, double rw, double rh,
                                         java.util.function.Predicate<Box> shown, RoutingBudget budget) {
        if (theme.background().alpha() > 0) {
            surface.fillRect(rx, ry, rw, rh, 0, theme.background());
        }
        double qx = view.toChartX(rx);
        double qy = view.toChartY(ry);
        double qw = rw / view.scale();
        double qh = rh / view.scale();
        double lineWidth = Math.max(1, Math.round(view.scale() * 1.25));
        paintReportingLines(surface, layout.edgesIn(qx, qy, qw, qh), view, LineStyle.solid(theme.line(), lineWidth));
        LineStyle dotted = LineStyle.dashed(theme.dottedLine(), lineWidth, Math.max(3, 5 * view.scale()));
        DottedLinesSoFar dottedLines = layout.dottedLinesIn(qx, qy, qw, qh, budget);
        for (Edge e : dottedLines.lines()) {
            polyline(surface, e.points(), view, dotted);
        }
        if (marks.changes() != null) {
            paintMoves(surface, layout, view, marks.changes(), lineWidth);
        }
        paintCards(surface, chart, layout, view, marks, rx, ry, rw, rh, shown);
        return dottedLines;
    }

    /**
     * Draws, whole, the cards that touch the rectangle (rx, ry, rw, rh) of the surface and whose
     * box, in chart coordinates, {@code shown} accepts; no lines and no background. A page of a
     * grid draws this way the cards its edge would cut, so that each card is whole on one page.
     */
    public void paintCards(Surface surface, Chart chart, ChartLayout layout, Viewport view, Decorations marks,
                           double rx, double ry, double rw, double rh, java.util.function.Predicate<Box> shown) {
        double qx = view.toChartX(rx);
        double qy = view.toChartY(ry);
        double qw = rw / view.scale();
        double qh = rh / view.scale();
        CardColouring colours = colouring(chart, marks.findings());
        for (PositionId id : layout.positionsIn(qx, qy, qw, qh)) {
            Box box = layout.box(id).orElseThrow();
            if (!shown.test(box)) {
                continue;
            }
            surface.beginGroup(id.value());
            Position p = chart.position(id);
            paintCard(surface, p, chart, box, view, id.equals(marks.selected()), colours.colourOf(chart, p));
            CardMarks.paint(surface, theme, id, box, view, layout, marks, !chart.childrenOf(id).isEmpty());
            surface.endGroup();
        }
    }

    /** A faint dashed line from the old manager of each moved position to it, where it crosses the view. */
    private static void paintMoves(Surface s, ChartLayout layout, Viewport v, ChangeMarks changes, double lineWidth) {
        Rgba moved = ChangeMarks.Colours.LIGHT.moved();
        LineStyle faint = LineStyle.dashed(new Rgba(moved.red(), moved.green(), moved.blue(), 110), lineWidth,
                Math.max(3, 8 * v.scale()));
        for (var e : changes.movedFrom().entrySet()) {
            Box to = layout.box(e.getKey()).orElse(null);
            Box from = e.getValue() == null ? null : layout.box(e.getValue()).orElse(null);
            if (to == null || from == null) {
                continue;
            }
            double x1 = from.centreX();
            double y1 = from.bottom();
            double x2 = to.centreX();
            double y2 = to.y();
            if (new Box(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1) + 1, Math.abs(y2 - y1) + 1)
                    .intersects(v.originX(), v.originY(), v.chartWidth(), v.chartHeight())) {
                s.line(v.toSurfaceX(x1), v.toSurfaceY(y1), v.toSurfaceX(x2), v.toSurfaceY(y2), faint);
            }
        }
    }

    /**
     * The elbows of one manager share a stem and a bar; drawing each elbow whole would stroke
     * the bar once per report, darkening it. So each family is drawn as stem, bar and drops.
     */
    private void paintReportingLines(Surface s, List<Edge> edges, Viewport v, LineStyle style) {
        int i = 0;
        while (i < edges.size()) {
            int j = i;
            while (j < edges.size() && edges.get(j).manager().equals(edges.get(i).manager())) {
                j++;
            }
            paintFamily(s, edges.subList(i, j), v, style);
            i = j;
        }
    }

    /**
     * Draws the lines of one manager's reports. They share pieces (the stem, the bar, the spine
     * of a stack): at each step along the lines, the pieces that start at the same point and run
     * the same way are drawn once, as one segment covering them all.
     */
    private void paintFamily(Surface s, List<Edge> family, Viewport v, LineStyle style) {
        int longest = 0;
        for (Edge e : family) {
            longest = Math.max(longest, e.points().size());
        }
        for (int step = 1; step < longest; step++) {
            java.util.Map<Start, double[]> merged = new java.util.LinkedHashMap<>();
            for (Edge e : family) {
                List<Point> p = e.points();
                if (step >= p.size()) {
                    continue;
                }
                Point a = p.get(step - 1);
                Point b = p.get(step);
                boolean horizontal = a.y() == b.y();
                boolean vertical = a.x() == b.x();
                if (!horizontal && !vertical) {
                    segment(s, a.x(), a.y(), b.x(), b.y(), v, style);
                    continue;
                }
                Start key = new Start(a.x(), a.y(), horizontal);
                double lo = horizontal ? Math.min(a.x(), b.x()) : Math.min(a.y(), b.y());
                double hi = horizontal ? Math.max(a.x(), b.x()) : Math.max(a.y(), b.y());
                merged.merge(key, new double[] {horizontal ? 1 : 0, a.x(), a.y(), lo, hi},
                        (old, add) -> new double[] {old[0], old[1], old[2], Math.min(old[3], add[3]), Math.max(old[4], add[4])});
            }
            for (double[] m : merged.values()) {
                if (m[0] == 1) {
                    segment(s, m[3], m[2], m[4], m[2], v, style);
                } else {
                    segment(s, m[1], m[3], m[1], m[4], v, style);
                }
            }
        }
    }

    /** Where a piece of line starts and which way it runs: pieces with the same start are drawn as one. */
    private record Start(double x, double y, boolean horizontal) {
    }

    private void segment(Surface s, double x1, double y1, double x2, double y2, Viewport v, LineStyle style) {
        double sx1 = v.toSurfaceX(x1);
        double sy1 = v.toSurfaceY(y1);
        double sx2 = v.toSurfaceX(x2);
        double sy2 = v.toSurfaceY(y2);
        if (x1 == x2) {
            sx1 = crisp(sx1, style.width());
            sx2 = sx1;
        }
        if (y1 == y2) {
            sy1 = crisp(sy1, style.width());
            sy2 = sy1;
        }
        if (sx1 != sx2 || sy1 != sy2) {
            s.line(sx1, sy1, sx2, sy2, style);
        }
    }

    private static void polyline(Surface s, List<Point> points, Viewport v, LineStyle style) {
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = v.toSurfaceX(points.get(k).x());
            ys[k] = v.toSurfaceY(points.get(k).y());
        }
        s.polyline(xs, ys, style);
    }

    private void paintCard(Surface s, Position p, Chart chart, Box box, Viewport v, boolean selected, Rgba band) {
        double x = Math.round(v.toSurfaceX(box.x()));
        double y = Math.round(v.toSurfaceY(box.y()));
        double w = Math.max(1, Math.round(v.toSurfaceX(box.right())) - x);
        double h = Math.max(1, Math.round(v.toSurfaceY(box.bottom())) - y);
        double scale = v.scale();
        CardStyle style = theme.card();
        double radius = style.cornerRadius() * scale;
        if (w < 4 || h < 4) {
            // A speck: the tier colour says more than an outline would.
            s.fillRect(x, y, w, h, 0, band);
            return;
        }
        if (style.shadow()) {
            double off = Math.max(1, Math.round(2 * scale));
            s.fillRect(x + off, y + off * 1.5, w, h, radius, theme.isDark() ? SHADOW_ON_DARK : SHADOW);
        }
        s.fillRect(x, y, w, h, radius, theme.cardFill());
        s.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1, radius, LineStyle.solid(theme.cardBorder(), 1));
        double bar = Math.max(2, Math.round(CardMetrics.BAND_HEIGHT * scale));
        if (style.accent() == CardStyle.Accent.TOP) {
            s.pushClip(x, y, w, bar);
            s.fillRect(x, y, w, h, radius, band);
            s.popClip();
        } else if (style.accent() == CardStyle.Accent.LEFT) {
            s.pushClip(x, y, Math.max(3, Math.round(1.5 * bar)), h);
            s.fillRect(x, y, w, h, radius, band);
            s.popClip();
        }
        if (h >= MIN_TEXT_CARD_HEIGHT) {
            s.pushClip(x, y, w, h);
            double photo = content.showsPhoto(p) ? CardContent.PHOTO_SPACE * scale : 0;
            if (photo > 0) {
                CardPhotos.paint(s, theme, photos(chart), p, x, y, h, scale);
            }
            double centre = x + photo + (w - photo) / 2;
            double textWidth = box.width() - (photo > 0 ? CardContent.PHOTO_SPACE : 0) - 2 * CardMetrics.PADDING_X;
            CardText text = content.text(p, textWidth, s.measure(), theme);
            for (CardContent.Placed line : content.place(text)) {
                paintLine(s, line, p, chart, centre, y + line.baseline() * scale, scale);
            }
            TextStyle dutyStyle = CardContent.dutyStyle(theme).withSize(CardContent.DUTY_SIZE * scale);
            double indent = text.duties().isEmpty() ? 0 : CardContent.continuationIndent(s.measure(), theme);
            for (int k = 0; k < text.duties().size(); k++) {
                CardText.DutyLine line = text.duties().get(k);
                s.text(line.text(), x + (CardMetrics.PADDING_X + (line.continuation() ? indent : 0)) * scale,
                        y + content.dutyBaseline(text, k) * scale, TextAlign.LEFT, dutyStyle);
            }
            s.popClip();
        }
        if (selected) {
            double ring = Math.max(2, 2 * scale);
            s.strokeRect(x - ring / 2, y - ring / 2, w + ring, h + ring, radius + ring / 2,
                    LineStyle.solid(theme.selection(), ring));
        }
    }

    /** One line of the card's template, centred on {@code centre}: a wrapped part of the title or name, or a line filled in from the chart. */
    private void paintLine(Surface s, CardContent.Placed line, Position p, Chart chart, double centre, double baseline,
                           double scale) {
        switch (line.line()) {
            case CardTemplate.TITLE -> s.text(line.text(), centre, baseline, TextAlign.CENTRE,
                    CardMetrics.titleStyle(theme).withSize(CardMetrics.TITLE_SIZE * scale));
            case CardTemplate.HOLDER -> s.text(line.text(), centre, baseline, TextAlign.CENTRE,
                    CardMetrics.holderStyle(theme, p).withSize(CardMetrics.HOLDER_SIZE * scale));
            default -> {
                String text = cardLines.text(line.line(), chart, p);
                if (!text.isEmpty()) {
                    s.text(text, centre, baseline, TextAlign.CENTRE,
                            CardContent.dutyStyle(theme).withSize(CardContent.DUTY_SIZE * scale));
                }
            }
        }
    }

    /** The decoded photos of {@code chart}, kept while its settings are the same. */
    private CardPhotos photos(Chart chart) {
        CardPhotos p = photos;
        if (p == null || p.settings() != chart.settings()) {
            p = new CardPhotos(chart.settings());
            photos = p;
        }
        return p;
    }

    /** Puts an odd-width line on a pixel centre so that it is drawn sharp, not smeared over two. */
    private static double crisp(double coordinate, double width) {
        return Math.round(width) % 2 == 1 ? Math.floor(coordinate) + 0.5 : Math.round(coordinate);
    }
}
