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

/**
 * One chart laid out for export as its options ask: the positions in scope, cards showing what
 * the options show, a heading and tier legend above (or in the chart's top-left corner, when no
 * card or line comes near it there), a margin around. Measured in sheet units
 * (chart units, 1 = one pixel at scale 1); every output draws it through {@link #paint} or, in
 * tiles or pages, {@link #paintRegion}, with the one {@link ChartPainter}.
 */
public final class ExportSheet {

    /** Space around the chart, in sheet units; none around an export of the current view, which is the screen as it is. */
    public static final double MARGIN = 24;

    private final Chart chart;
    private final ChartLayout layout;
    private final ChartPainter painter;
    private final Decorations marks;
    private final Box region;
    private final SheetHeading heading;
    private final double margin;
    /** How much the chart is moved down to make room for the heading: none when the heading sits in its empty corner. */
    private final double headingRoom;
    private final double width;
    private final double height;

    private ExportSheet(Chart chart, ChartLayout layout, ChartPainter painter, Decorations marks, Box region,
                        SheetHeading heading, double margin) {
        this.chart = chart;
        this.layout = layout;
        this.painter = painter;
        this.marks = marks;
        this.region = region;
        this.heading = heading;
        this.margin = margin;
        this.headingRoom = margin > 0 && cornerIsFree(layout, region, heading) ? 0 : heading.height();
        double w = Math.max(region.width(), heading.width()) + 2 * margin;
        double h = region.height() + headingRoom + 2 * margin;
        // Whole units make tidy SVG and PDF sizes; a view keeps its exact size, so that its pixels are the window's.
        this.width = margin == 0 ? w : Math.ceil(w);
        this.height = margin == 0 ? h : Math.ceil(h);
    }

    /**
     * Whether the chart leaves its top-left corner empty for the heading, a margin around it
     * included: no card, reporting line or dotted line there. A chart whose top card stands in
     * the middle of a wide first row usually does, and its page then draws it larger, the
     * heading's band not taken from its height.
     */
    private static boolean cornerIsFree(ChartLayout layout, Box region, SheetHeading heading) {
        if (heading.height() <= 0) {
            return false;
        }
        double w = heading.width() + MARGIN;
        double h = heading.height() + MARGIN;
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
                options.scope() instanceof ExportScope.View ? 0 : MARGIN);
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

    /** Where the heading is drawn, in sheet units: above the chart, or in its empty top-left corner. */
    Box headingBox() {
        return new Box(margin, margin, heading.width(), heading.height());
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
        if (heading.height() > 0 && ry < (margin + heading.height()) * scale && rx < (margin + heading.width()) * scale) {
            heading.paint(surface, margin * scale, margin * scale, scale);
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
