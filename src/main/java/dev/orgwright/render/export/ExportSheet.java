package dev.orgwright.render.export;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.model.CardTemplate;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.CardContent;
import dev.orgwright.render.CardSizing;
import dev.orgwright.render.ChangeMarks;
import dev.orgwright.render.ChartPainter;
import dev.orgwright.render.Decorations;
import dev.orgwright.render.Surface;
import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.Theme;
import dev.orgwright.render.Viewport;
import dev.orgwright.rules.Validation;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * One chart laid out for export as its options ask: the positions in scope, cards showing what
 * the options show, a heading and tier legend above (or in the chart's top-left corner, when no
 * card or line comes near it there), a margin around. Measured in sheet units
 * (chart units, 1 = one pixel at scale 1); every output draws it through {@link #paint} or, in
 * tiles or pages, {@link #paintRegion}, with the one {@link ChartPainter}.
 *
 * <p>The heading belongs to the page, not to the chart: a chart shrunk to fit a page keeps its
 * heading readable ({@link #headedFor}), the heading then taking more sheet units than its own
 * size, so that on the page it prints at {@link #LEAST_HEADING_SCALE} points a unit or more.
 */
public final class ExportSheet {

    /** Space around the chart, in sheet units; none around an export of the current view, which is the screen as it is. */
    public static final double MARGIN = 24;
    /**
     * The least points per heading unit on paper, however small the chart is drawn: its title at
     * 13 pt, its date and legend at 7.8 pt. A chart drawn at a larger scale draws its heading at
     * its own scale, as before.
     */
    public static final double LEAST_HEADING_SCALE = 0.65;

    private final Chart chart;
    private final ChartLayout layout;
    private final ChartPainter painter;
    private final Decorations marks;
    private final Box region;
    private final SheetHeading heading;
    /** How many sheet units a unit of the heading takes: 1, or more when the sheet is printed small. */
    private final double headingZoom;
    private final double margin;
    /** How much the chart is moved down to make room for the heading: none when the heading sits in its empty corner. */
    private final double headingRoom;
    private final double width;
    private final double height;

    private ExportSheet(Chart chart, ChartLayout layout, ChartPainter painter, Decorations marks, Box region,
                        SheetHeading heading, double margin, double headingZoom) {
        this.chart = chart;
        this.layout = layout;
        this.painter = painter;
        this.marks = marks;
        this.region = region;
        this.heading = heading;
        this.headingZoom = headingZoom;
        this.margin = margin;
        double headingHeight = heading.height() * headingZoom;
        this.headingRoom = margin > 0
                && cornerIsFree(layout, region, heading.width() * headingZoom, heading.drawnHeight() * headingZoom)
                ? 0 : headingHeight;
        double w = Math.max(region.width(), heading.width() * headingZoom) + 2 * margin;
        double h = region.height() + headingRoom + 2 * margin;
        // Whole units make tidy SVG and PDF sizes; a view keeps its exact size, so that its pixels are the window's.
        this.width = margin == 0 ? w : Math.ceil(w);
        this.height = margin == 0 ? h : Math.ceil(h);
    }

    /**
     * Whether the chart leaves its top-left corner empty for what the heading draws, a margin
     * around it included (the margin parts it from the chart, not the heading's gap below a band):
     * no card, reporting line or dotted line there. A chart whose top card stands in
     * the middle of a wide first row usually does, and its page then draws it larger, the
     * heading's band not taken from its height.
     */
    private static boolean cornerIsFree(ChartLayout layout, Box region, double headingWidth, double headingHeight) {
        if (headingHeight <= 0) {
            return false;
        }
        double w = headingWidth + MARGIN;
        double h = headingHeight + MARGIN;
        return layout.positionsIn(region.x(), region.y(), w, h).isEmpty()
                && layout.edgesIn(region.x(), region.y(), w, h).isEmpty()
                && layout.dottedLinesIn(region.x(), region.y(), w, h).isEmpty();
    }

    /**
     * Lays out {@code chart} for export.
     *
     * @param findings      the chart's findings, shown as badges when the options ask; may be null
     * @param layoutOptions the layout modes of the window (rows, compact, orientation)
     * @param collapsed     managers whose reports are left out
     * @param measure       the fonts of the output, so that text fits its cards
     * @throws IllegalArgumentException when the subtree to export is not in the chart
     */
    public static ExportSheet prepare(Chart chart, Validation findings, ExportOptions options,
                                      LayoutOptions layoutOptions, Set<PositionId> collapsed, TextMeasure measure,
                                      Theme theme) {
        return prepare(chart, findings, options, layoutOptions, collapsed, measure, theme, null);
    }

    /**
     * Lays out {@code chart} for export with the marks of a comparison: the cards ringed, the
     * ghosts faded and the moves' lines drawn as the comparison window draws them (no change in
     * focus), and a legend of the marks under the tiers' one.
     *
     * @param changes the marks, or null outside a comparison
     */
    public static ExportSheet prepare(Chart chart, Validation findings, ExportOptions options,
                                      LayoutOptions layoutOptions, Set<PositionId> collapsed, TextMeasure measure,
                                      Theme theme, ChangeMarks changes) {
        return prepare(chart, findings, options, layoutOptions, collapsed, measure, theme, changes, null);
    }

    /** The sizer of the cards {@link #prepare} lays out for {@code chart} with {@code options}. */
    static CardSizer sizer(Chart chart, ExportOptions options, TextMeasure measure, Theme theme) {
        return new CardSizing(measure, options.background().apply(theme),
                options.content().withTemplate(CardTemplate.of(chart.settings())));
    }

    /**
     * Lays out {@code chart} for export as {@link #prepare} does, its cards sized by {@code sizer}
     * when not null: a book measures each card once for the many layouts it tries.
     */
    static ExportSheet prepare(Chart chart, Validation findings, ExportOptions options,
                               LayoutOptions layoutOptions, Set<PositionId> collapsed, TextMeasure measure,
                               Theme theme, ChangeMarks changes, CardSizer sizer) {
        Objects.requireNonNull(options, "options");
        Theme paper = options.background().apply(theme);
        Chart shown = ChartScopes.restrict(chart, options.scope());
        CardContent content = options.content().withTemplate(CardTemplate.of(chart.settings()));
        ChartLayout layout = new TreeLayout(layoutOptions)
                .layout(shown, sizer != null ? sizer : new CardSizing(measure, paper, content), collapsed);
        Box region = options.scope() instanceof ExportScope.View view ? view.region() : layout.bounds();
        Validation badges = options.badges() ? findings : null;
        Decorations marks = changes != null ? Decorations.comparison(changes.focusing(null), badges)
                : badges != null ? new Decorations(null, Set.of(), null, false, Set.of(), badges) : Decorations.NONE;
        ChartPainter painter = new ChartPainter(paper, content).withPrivateFields(options.includePrivate())
                .withFindings(findings);
        return new ExportSheet(shown, layout, painter, marks, region,
                SheetHeading.of(shown, options, changes, paper, painter.colouring(shown, findings), measure),
                options.scope() instanceof ExportScope.View ? 0 : MARGIN, 1);
    }

    /**
     * This sheet with its heading (title, date, legend) as it is printed on a page of
     * {@code pageWidth} points at {@code scale} points a sheet unit: as large in sheet units as
     * makes it {@link #LEAST_HEADING_SCALE} points a unit of its own or more, its own size when the
     * scale gives that already; its legend goes on over as many rows as the page's width asks. A
     * title that would then be wider than the page is made as large as the page's width allows.
     * The chart and its layout are the same.
     */
    public ExportSheet headedFor(double scale, double pageWidth) {
        return headedFor(scale, pageWidth, margin * scale);
    }

    /** As {@link #headedFor(double, double)}, the sheet's margins printing {@code marginPoints} wide each. */
    private ExportSheet headedFor(double scale, double pageWidth, double marginPoints) {
        double room = pageWidth - 2 * marginPoints;
        double points = Math.max(LEAST_HEADING_SCALE, scale);
        SheetHeading wrapped = heading.wrappedTo(room / points);
        if (wrapped.width() > 0) {
            points = Math.min(points, room / wrapped.width());
        }
        return with(wrapped, margin, Math.max(1, points / scale));
    }

    private ExportSheet with(SheetHeading newHeading, double newMargin, double zoom) {
        if (newHeading.height() <= 0) {
            zoom = headingZoom;
        }
        if (newHeading == heading && newMargin == margin && zoom == headingZoom) {
            return this;
        }
        return new ExportSheet(chart, layout, painter, marks, region, newHeading, newMargin, zoom);
    }

    /** Whether {@code other} has the same heading, drawn as large, with the same margin: the same sheet. */
    boolean sameHeading(ExportSheet other) {
        return Math.abs(margin - other.margin) <= 1e-9 * Math.max(1, margin)
                && Math.abs(headingZoom - other.headingZoom) <= 1e-9 * headingZoom
                && heading.sameRows(other.heading);
    }

    /**
     * This sheet with its heading as large as on one page of {@code setup}'s paper, the sheet
     * fitted to it whole: what a picture (PNG, SVG) carries, so that the picture shown whole, on
     * a screen or a page, has a heading that reads. An export of the current view keeps the
     * window's heading as it is: its pixels are the screen's.
     */
    public ExportSheet onPage(PageSetup setup) {
        if (margin == 0) {
            return this;
        }
        // A picture has no page margin around it: its own margin grows with its heading, so that
        // the title does not stand at its very edge.
        double width = setup.width() - 2 * PdfExporter.MARGIN;
        double height = setup.height() - 2 * PdfExporter.MARGIN - PdfExporter.FOOTER;
        ExportSheet paper = paper();
        return headedAtLargestScale(scale -> {
            // The margin grown with the heading prints as wide as the heading's units do, at least.
            ExportSheet headed = paper.headedFor(scale, width, MARGIN * Math.max(LEAST_HEADING_SCALE, scale));
            return headed.withMargin(MARGIN * headed.headingZoom);
        }, sheet -> Math.min(1, Math.min(width / sheet.width(), height / sheet.height())));
    }

    /**
     * The sheet {@code headedAt} gives for the largest scale at which {@code fit} still draws it
     * at that scale or larger: its heading, sized for that scale, then prints at its least size
     * or more. A larger heading takes room from the chart, so the scale the heading is sized for
     * and the scale the sheet gets are found together, by halving the range of scales (in ratio,
     * from a hundred-thousandth up to life size).
     */
    static ExportSheet headedAtLargestScale(DoubleFunction<ExportSheet> headedAt, ToDoubleFunction<ExportSheet> fit) {
        double low = 1e-5;
        double high = 1;
        ExportSheet atHigh = headedAt.apply(high);
        if (fit.applyAsDouble(atHigh) >= high) {
            return atHigh;
        }
        for (int i = 0; i < 60 && high / low > 1 + 1e-12; i++) {
            double middle = Math.sqrt(low * high);
            if (fit.applyAsDouble(headedAt.apply(middle)) >= middle) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return headedAt.apply(low);
    }

    /** This sheet as laid out, before any page sized its heading: the heading at its own size, the usual margin. */
    ExportSheet paper() {
        return with(heading.wrappedTo(Double.POSITIVE_INFINITY), margin == 0 ? 0 : MARGIN, 1);
    }

    private ExportSheet withMargin(double newMargin) {
        return with(heading, newMargin, headingZoom);
    }

    /** How far the heading moves the chart down, in sheet units: its band, or 0 when it sits in the chart's empty corner. */
    double headingRoom() {
        return headingRoom;
    }

    /** How many sheet units a unit of the heading takes: 1, or more on a page that prints the chart small. */
    public double headingZoom() {
        return headingZoom;
    }

    /** The whole chart, as the window's default layout places it, with default options. */
    public static ExportSheet prepare(Chart chart, Validation findings, ExportOptions options, TextMeasure measure) {
        return prepare(chart, findings, options, LayoutOptions.DEFAULT, Set.of(), measure, Theme.of(chart));
    }

    /** The chart in scope (a subtree exports as a chart of its own). */
    public Chart chart() {
        return chart;
    }

    public ChartLayout layout() {
        return layout;
    }

    /** The sheet's width in sheet units: the chart (or the heading, if wider) and the margins. */
    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /**
     * Where the heading is drawn, in sheet units: above the chart (which starts a gap below it),
     * or in its empty top-left corner.
     */
    Box headingBox() {
        return new Box(margin, margin, heading.width() * headingZoom, heading.drawnHeight() * headingZoom);
    }

    /** The part of the chart drawn, in chart units. */
    public Box region() {
        return region;
    }

    /** Where chart point (x, y) lands on the sheet, in sheet units. */
    public double sheetX(double chartX) {
        return chartX - region.x() + margin;
    }

    public double sheetY(double chartY) {
        return chartY - region.y() + margin + headingRoom;
    }

    /** The viewport that draws the sheet at {@code scale} pixels per sheet unit, from its top-left corner. */
    public Viewport viewport(double scale) {
        return new Viewport(region.x() - margin, region.y() - margin - headingRoom, scale,
                pixels(width, scale), pixels(height, scale));
    }

    /** How many whole pixels {@code units} take at {@code scale}. */
    public static int pixels(double units, double scale) {
        return (int) Math.ceil(units * scale - 1e-9);
    }

    /** Draws the whole sheet at {@code scale}. */
    public void paint(Surface surface, double scale) {
        Viewport v = viewport(scale);
        paintRegion(surface, scale, 0, 0, v.width(), v.height());
    }

    /**
     * Draws what falls in the rectangle (rx, ry, rw, rh) of the sheet at {@code scale}, in pixels
     * from the sheet's top-left corner, in the sheet's own coordinates.
     */
    public void paintRegion(Surface surface, double scale, double rx, double ry, double rw, double rh) {
        paintRegion(surface, scale, rx, ry, rw, rh, box -> true);
    }

    /**
     * As {@link #paintRegion(Surface, double, double, double, double, double)}, drawing only the
     * cards whose box, in sheet units, {@code shown} accepts.
     */
    public void paintRegion(Surface surface, double scale, double rx, double ry, double rw, double rh,
                            java.util.function.Predicate<Box> shown) {
        Viewport v = viewport(scale);
        painter.paintRegion(surface, chart, layout, v, marks, rx, ry, rw, rh, inSheet(shown));
        Box box = headingBox();
        if (box.height() > 0 && ry < box.bottom() * scale && rx < box.right() * scale) {
            heading.paint(surface, margin * scale, margin * scale, scale * headingZoom);
        }
    }

    /**
     * Draws, whole and without lines, the cards touching the rectangle (rx, ry, rw, rh) of the
     * sheet at {@code scale} whose box, in sheet units, {@code shown} accepts.
     */
    public void paintCards(Surface surface, double scale, double rx, double ry, double rw, double rh,
                           java.util.function.Predicate<Box> shown) {
        painter.paintCards(surface, chart, layout, viewport(scale), marks, rx, ry, rw, rh, inSheet(shown));
    }

    private java.util.function.Predicate<Box> inSheet(java.util.function.Predicate<Box> shown) {
        return b -> shown.test(new Box(sheetX(b.x()), sheetY(b.y()), b.width(), b.height()));
    }
}
