package dev.orgwright.ui.canvas;

import dev.orgwright.layout.DottedLinesSoFar;
import dev.orgwright.layout.RoutingBudget;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Settings;
import dev.orgwright.render.ChartPainter;
import dev.orgwright.render.Legend;
import dev.orgwright.render.TeamBlocks;
import dev.orgwright.render.Theme;
import dev.orgwright.ui.fx.FxTextMeasure;
import dev.orgwright.render.Viewport;
import dev.orgwright.ui.canvas.gesture.Gesture;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.EditorCommands;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import dev.orgwright.ui.fx.CanvasRegion;
import dev.orgwright.ui.fx.DottedLineFrames;
import dev.orgwright.ui.fx.FxCanvasSurface;
import dev.orgwright.ui.fx.Motion;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import dev.orgwright.ui.fx.Texts;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The chart view: an immediate-mode canvas exactly the size of the visible area, repainted
 * from the model, so that it costs what the view shows however large the chart. Gestures:
 * drag the background (or anything with Space held) to pan, scroll to pan, Ctrl+wheel or +/- to
 * zoom, 0 to fit, click to select, drag a card onto another to make it report there (with Alt:
 * add a dotted line), Escape to call a drag off. Keys: arrows move through the tree, Insert or
 * Tab adds a report, Enter a sibling, Delete removes, F2 renames, C collapses or expands. What a
 * press does until its release is a {@link Gesture}'s business; the canvas paints and dispatches.
 */
public final class ChartCanvas extends CanvasRegion {


    private final ChartWindowModel model;
    private static final double LEGEND_MARGIN = 12;
    /** How far apart the places along an edge are that the legend tries when the corners are taken. */
    private static final double EDGE_STEP = 8;
    private static final double TAB_HEIGHT = 24;
    private static final double TAB_PAD = 10;
    /** Where the legend was drawn last; null when it was not. */
    private LegendPlacement legendPlaced;
    /**
     * Whether the folded legend is open: its tab was clicked or L pressed. The pointer merely
     * passing over the tab does not open it, so that a panel never appears over cards on the way
     * to them and takes the click or drop meant for them.
     */
    private boolean legendPinned;

    private final ChartPainter painter;
    /** The painter in the theme of the chart drawn last, and the settings it was made for. */
    private ChartPainter themed;
    private Settings themedFor;
    private boolean themedWithHolders = true;
    /** The themed painter colouring by the findings while their badges are hidden, and the findings it was made for. */
    private ChartPainter withoutBadges;
    private dev.orgwright.rules.Validation withoutBadgesFor;
    /** Semantic zoom: the teams drawn as blocks once cards are too small to read, in the painter's theme. */
    private TeamBlocks blocks;
    /** What the last zoomed-out frame drew; null when the last frame drew cards. */
    private TeamBlocks.Frame blockFrame;
    /** The theme the reader chose over the chart's own; null for the chart's. */
    private Theme viewerTheme;
    private final FxTextMeasure measure = new FxTextMeasure();
    private final EditorCommands commands;
    private final Glide glide;
    /** What presentation mode shows instead of the editor's chart; null while editing. */
    private PresentedFrame presented;
    /** The presented chart's teams drawn as blocks when a step is zoomed out beyond reading. */
    private TeamBlocks presentedBlocks;
    /** The view last painted. */
    private Viewport shown;
    /** What the press of the primary button being held does; null while the button is up. */
    private Gesture gesture;
    private boolean spaceDown;
    /** Where the pointer was last dragged to: a dragged card is drawn there. */
    private double pointerX;
    private double pointerY;
    private long chartPaints;
    /** The dotted lines routed a frame at a time, painted again while some in view are pending. */
    private final DottedLineFrames dottedLineFrames = new DottedLineFrames(this::settle);
    /** Whether the card being dragged would gain a dotted line (Alt held) rather than move. */
    private boolean dottedLineDrag;
    /** Whether Alt was held during the gesture that just ran: its release must not open the menu bar. */
    private boolean altEndedGesture;

    public ChartCanvas(ChartWindowModel model, ChartPainter painter, EditorCommands commands) {
        this.model = model;
        this.painter = painter;
        this.commands = commands;
        this.glide = new Glide(model.view()::viewport, this::paint);
        model.view().reserveBottom(this::legendRoom);
        setId("chart-canvas");
        getStyleClass().add("chart-canvas");
        setFocusTraversable(true);
        setPrefSize(1100, 720);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(javafx.scene.input.ZoomEvent.ZOOM, e -> {
            model.view().zoomAt(e.getZoomFactor(), e.getX(), e.getY()); // pinch on a touchpad or screen
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(KeyEvent.KEY_RELEASED, this::keyReleased);
        model.listen(EnumSet.of(Aspect.CHART, Aspect.LAYOUT, Aspect.SELECTION, Aspect.VIEW, Aspect.MARKS),
                change -> redraw());
        // Screen readers: the canvas speaks for the card selected in it, and says when that changes.
        setAccessibleRole(javafx.scene.AccessibleRole.TREE_ITEM);
        setAccessibleRoleDescription(Texts.t("a11y.canvas.role"));
        model.listen(EnumSet.of(Aspect.CHART, Aspect.SELECTION, Aspect.LAYOUT), change -> {
            notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
            notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED);
        });
        focusedProperty().addListener((o, was, is) -> redraw()); // the focus ring comes and goes
        focusVisibleProperty().addListener((o, was, is) -> redraw());
    }

    /** What a screen reader says for the canvas now: the selected card, or how to reach one. */
    public String accessibleText() {
        return CardSpeech.of(model.chart(), model.validation(), model.state().selection(),
                !model.hides(ChartWindowModel.HOLDERS), !model.hides(ChartWindowModel.BADGES));
    }

    /**
     * The selected card as a tree item: its text, its level, whether it has reports and shows
     * them. The canvas draws pixels, so it answers for the one card the keyboard is on.
     */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        Optional<PositionId> selected = model.selection();
        switch (attribute) {
            case TEXT:
                return accessibleText();
            case SELECTED:
                return selected.isPresent();
            case LEAF:
                return selected.map(id -> model.chart().childrenOf(id).isEmpty()).orElse(true);
            case EXPANDED:
                return selected.map(id -> !model.layout().isCollapsed(id)).orElse(false);
            case DISCLOSURE_LEVEL:
                return selected.map(this::depthOf).orElse(0);
            case INDEX:
                return selected.map(id -> model.chart().siblingsOf(id).indexOf(id)).orElse(0);
            case TREE_ITEM_COUNT:
                return selected.map(id -> model.chart().childrenOf(id).size()).orElse(0);
            default:
                return super.queryAccessibleAttribute(attribute, parameters);
        }
    }

    private int depthOf(PositionId id) {
        int depth = 0;
        PositionId up = model.chart().position(id).reportsTo();
        while (up != null && depth <= model.chart().size()) {
            depth++;
            up = model.chart().position(up).reportsTo();
        }
        return depth;
    }

    /** Whether a card is being dragged with Alt held, to gain a dotted line instead of moving. */
    public boolean isDottedLineDrag() {
        return dottedLineDrag;
    }

    /**
     * Paints every chart in {@code theme} whatever theme the chart asks for (View → High
     * Contrast: the reader's need, not the chart's look, so it is not saved with the chart); null
     * goes back to the chart's own theme.
     */
    public void setViewerTheme(Theme theme) {
        viewerTheme = theme;
        themed = null;
        redraw();
    }

    /** Where the card of {@code id} is on the screen, if the chart has it. */
    public Optional<Bounds> screenBoundsOf(PositionId id) {
        return model.view().viewBoxOf(id).map(b -> canvas.localToScreen(
                new BoundingBox(b.x(), b.y(), b.width(), b.height())));
    }

    /** Paints {@code frame} (presentation mode's cards and marks) instead of the editor's chart; null goes back. */
    public void present(PresentedFrame frame) {
        presented = frame;
        // A big chart's first steps are too small to read as cards: its teams show as blocks, as in the editor.
        presentedBlocks = frame == null ? null : new TeamBlocks(frame.painter().theme());
        blockFrame = null;
        redraw();
    }

    /** How many times the chart has been painted; the start-up measurement waits for the first. */
    public long chartPaints() {
        return chartPaints;
    }

    @Override
    protected void resized(double width, double height) {
        model.view().resize(width, height); // repaints through the listener
    }

    private void redraw() {
        if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            Viewport target = model.view().viewport();
            if (model.view().takeJump() && shown != null && !Motion.reduced()) {
                glide.start(shown, target);
            }
            paint(glide.isRunning() ? glide.now() : target);
        }
    }

    /**
     * The painter in the theme the chart asks for: the chart's theme is part of its settings, so
     * a theme edit (or its undo) repaints in the new look. Cards may be coloured by a private
     * field here: the window is the user's own.
     */
    public ChartPainter painter() {
        Settings settings = model.chart().settings();
        boolean holders = !model.hides(ChartWindowModel.HOLDERS);
        if (themed == null || settings != themedFor || holders != themedWithHolders) {
            Theme theme = viewerTheme != null ? viewerTheme : Theme.of(model.chart());
            var content = painter.content().withTemplate(dev.orgwright.model.CardTemplate.of(settings));
            themed = new ChartPainter(theme, new dev.orgwright.render.CardContent(holders, content.duties(),
                    content.template())).withPrivateFields(true);
            themedFor = settings;
            themedWithHolders = holders;
            blocks = new TeamBlocks(themed.theme());
            withoutBadges = null;
        }
        return themed;
    }

    /**
     * The painter of the cards as the view shows them: without badges (a view may hide them) the
     * cards are still coloured by severity from the findings, as an export without badges does.
     */
    private ChartPainter cardPainter() {
        ChartPainter p = painter();
        if (!model.hides(ChartWindowModel.BADGES)) {
            return p;
        }
        if (withoutBadges == null || withoutBadgesFor != model.validation()) {
            withoutBadges = p.withFindings(model.validation());
            withoutBadgesFor = model.validation();
        }
        return withoutBadges;
    }

    /** Whether the canvas draws the legend of the card colours: the theme has one and the view does not hide it. */
    public boolean showsLegend() {
        return painter().theme().branding().legend() && !model.hides(ChartWindowModel.LEGEND);
    }

    /** The height the legend takes at the bottom of the canvas, which a fit leaves free; 0 without a legend. */
    private double legendRoom() {
        return legendBounds().map(b -> b.height() + LEGEND_MARGIN).orElse(0.0);
    }

    /** The legend of the card colours over the canvas, or its folded tab, unless the theme or the view leaves it out. */
    private void paintLegend(ChartPainter themed, FxCanvasSurface surface) {
        legendPlaced = null;
        if (!showsLegend() || model.chart().size() == 0) {
            return;
        }
        var colouring = themed.colouring(model.chart(), model.validation());
        Legend legend = Legend.of(colouring, themed.theme(), measure);
        legendPlaced = legendPlacement(legend, colouring.legendTitle(), themed.theme()).orElse(null);
        if (legendPlaced == null) {
            return;
        }
        if (!legendPlaced.folded()) {
            legendPinned = false; // folded again later, the tab starts closed rather than open over the cards
        }
        if (legendPlaced.open()) {
            var b = legendPlaced.panel();
            legend.paint(surface, b.x(), b.y(), 1);
        }
        if (legendPlaced.folded()) {
            var t = legendPlaced.tab();
            Theme theme = themed.theme();
            double radius = Math.min(6, theme.card().cornerRadius());
            surface.fillRect(t.x(), t.y(), t.width(), t.height(), radius, theme.cardFill());
            surface.strokeRect(t.x() + 0.5, t.y() + 0.5, t.width() - 1, t.height() - 1, radius,
                    dev.orgwright.render.LineStyle.solid(theme.cardBorder(), 1));
            surface.text(tabText(colouring.legendTitle()), t.x() + TAB_PAD, t.y() + TAB_HEIGHT / 2 + 4,
                    dev.orgwright.render.TextAlign.LEFT, tabStyle(theme));
        }
    }

    /**
     * Where the legend is drawn on the canvas (canvas pixels), if it is drawn: the panel, or, when
     * it is folded to its tab, the tab (with the panel beside it while the tab is open).
     */
    public java.util.Optional<dev.orgwright.layout.Box> legendBounds() {
        if (!showsLegend() || model.chart().size() == 0) {
            return java.util.Optional.empty();
        }
        return currentPlacement().map(LegendPlacement::drawn);
    }

    private java.util.Optional<LegendPlacement> currentPlacement() {
        if (!showsLegend() || model.chart().size() == 0) {
            return java.util.Optional.empty();
        }
        ChartPainter p = painter();
        var colouring = p.colouring(model.chart(), model.validation());
        return legendPlacement(Legend.of(colouring, p.theme(), measure), colouring.legendTitle(), p.theme());
    }

    /** Whether the legend is folded to its tab now, because no place on the canvas could show it clear of the cards. */
    public boolean legendFolded() {
        return currentPlacement().filter(LegendPlacement::folded).isPresent();
    }

    /** Whether the folded legend is open over the chart (its tab clicked or L pressed). */
    public boolean legendOpen() {
        return currentPlacement().filter(p -> p.folded() && p.open()).isPresent();
    }

    /**
     * Where the legend goes: over the canvas's bottom-left corner, which a fit leaves free; when
     * cards lie there, the first other corner clear of them, then the first place clear of them
     * along an edge (bottom, top, left, right). When the cards leave no such place, the legend
     * folds to a tab with its heading, in the first place along the edges clear of the cards (or
     * the one with the least card under it), and opens over the chart only when asked: a click
     * on the tab, or L. A legend never hides a card on its own.
     */
    private java.util.Optional<LegendPlacement> legendPlacement(Legend legend, String title, Theme theme) {
        if (legend.isEmpty()) {
            return java.util.Optional.empty();
        }
        java.util.Optional<dev.orgwright.layout.Box> free = freePlace(legend.width(), legend.height());
        if (free.isPresent()) {
            return java.util.Optional.of(new LegendPlacement(free.get(), null, true));
        }
        double tabWidth = Math.ceil(measure.width(tabText(title), tabStyle(theme)) + 2 * TAB_PAD);
        if (tabWidth + 2 * LEGEND_MARGIN >= canvas.getWidth() || TAB_HEIGHT + 2 * LEGEND_MARGIN >= canvas.getHeight()) {
            return java.util.Optional.empty();
        }
        dev.orgwright.layout.Box tab = freePlace(tabWidth, TAB_HEIGHT).orElseGet(() -> leastCovered(tabWidth));
        boolean open = legendPinned;
        // The panel opens from the tab into the canvas: above a tab in the lower half, below one in the upper half.
        double x = tab.x() + legend.width() <= canvas.getWidth() - LEGEND_MARGIN ? tab.x()
                : tab.x() + tab.width() - legend.width();
        double y = tab.y() > canvas.getHeight() / 2 ? tab.y() - 4 - legend.height() : tab.bottom() + 4;
        x = Math.max(LEGEND_MARGIN / 2, x);
        y = Math.max(LEGEND_MARGIN / 2, Math.min(y, canvas.getHeight() - legend.height() - LEGEND_MARGIN / 2));
        return java.util.Optional.of(new LegendPlacement(
                new dev.orgwright.layout.Box(Math.round(x), Math.round(y), legend.width(), legend.height()), tab, open));
    }

    /** The first place of the given size clear of the chart: a corner, then along an edge; empty when there is none. */
    private java.util.Optional<dev.orgwright.layout.Box> freePlace(double w, double h) {
        double bottom = Math.round(canvas.getHeight() - LEGEND_MARGIN - h);
        double right = Math.round(canvas.getWidth() - LEGEND_MARGIN - w);
        if (bottom <= LEGEND_MARGIN || right <= LEGEND_MARGIN) {
            return java.util.Optional.empty();
        }
        java.util.List<dev.orgwright.layout.Box> places = new java.util.ArrayList<>(java.util.List.of(
                new dev.orgwright.layout.Box(LEGEND_MARGIN, bottom, w, h),
                new dev.orgwright.layout.Box(right, bottom, w, h),
                new dev.orgwright.layout.Box(right, LEGEND_MARGIN, w, h),
                new dev.orgwright.layout.Box(LEGEND_MARGIN, LEGEND_MARGIN, w, h)));
        for (double x = LEGEND_MARGIN + EDGE_STEP; x < right; x += EDGE_STEP) {
            places.add(new dev.orgwright.layout.Box(x, bottom, w, h));
        }
        for (double x = LEGEND_MARGIN + EDGE_STEP; x < right; x += EDGE_STEP) {
            places.add(new dev.orgwright.layout.Box(x, LEGEND_MARGIN, w, h));
        }
        for (double y = LEGEND_MARGIN + EDGE_STEP; y < bottom; y += EDGE_STEP) {
            places.add(new dev.orgwright.layout.Box(LEGEND_MARGIN, y, w, h));
            places.add(new dev.orgwright.layout.Box(right, y, w, h));
        }
        return places.stream().filter(b -> !coversChart(b)).findFirst();
    }

    /** Of the four corners, the one where a tab {@code w} wide has the least of the chart under it. */
    private dev.orgwright.layout.Box leastCovered(double w) {
        double bottom = Math.round(canvas.getHeight() - LEGEND_MARGIN - TAB_HEIGHT);
        double right = Math.round(canvas.getWidth() - LEGEND_MARGIN - w);
        return java.util.stream.Stream.of(
                new dev.orgwright.layout.Box(LEGEND_MARGIN, bottom, w, TAB_HEIGHT),
                new dev.orgwright.layout.Box(right, bottom, w, TAB_HEIGHT),
                new dev.orgwright.layout.Box(right, LEGEND_MARGIN, w, TAB_HEIGHT),
                new dev.orgwright.layout.Box(LEGEND_MARGIN, LEGEND_MARGIN, w, TAB_HEIGHT))
                .min(java.util.Comparator.comparingDouble(this::chartAreaUnder)).orElseThrow();
    }

    /** How much of {@code area} (canvas pixels, square pixels) the cards drawn now cover. */
    private double chartAreaUnder(dev.orgwright.layout.Box area) {
        if (presented != null || blockFrame != null) {
            return coversChart(area) ? area.width() * area.height() : 0;
        }
        Viewport view = shown != null ? shown : model.view().viewport();
        double sum = 0;
        for (PositionId id : model.layout().positionsIn(view.toChartX(area.x()), view.toChartY(area.y()),
                area.width() / view.scale(), area.height() / view.scale())) {
            var b = model.view().viewBoxOf(id).orElse(null);
            if (b != null) {
                sum += Math.max(0, Math.min(b.right(), area.right()) - Math.max(b.x(), area.x()))
                        * Math.max(0, Math.min(b.bottom(), area.bottom()) - Math.max(b.y(), area.y()));
            }
        }
        return sum;
    }

    private static String tabText(String title) {
        return Texts.t("canvas.legend.tab", title);
    }

    private static dev.orgwright.render.TextStyle tabStyle(Theme theme) {
        return theme.text(12, true, false, theme.title());
    }

    /** Whether the view point (x, y) is on the legend's tab. */
    private boolean onLegendTab(double x, double y) {
        return legendPlaced != null && legendPlaced.folded() && legendPlaced.tab().contains(x, y);
    }

    /** Whether the view point (x, y) is on the legend as drawn now: its panel while shown, or its tab. */
    private boolean onLegend(double x, double y) {
        return legendPlaced != null && (onLegendTab(x, y) || legendPlaced.open() && legendPlaced.panel().contains(x, y));
    }

    /** Opens the folded legend or closes it again (a click on its tab, or L). */
    public void toggleLegend() {
        legendPinned = !legendPinned;
        redraw();
    }

    /**
     * Where the legend is: its panel, and when folded its tab; {@code open} says whether the panel
     * is drawn (always when not folded).
     */
    private record LegendPlacement(dev.orgwright.layout.Box panel, dev.orgwright.layout.Box tab, boolean open) {
        boolean folded() {
            return tab != null;
        }

        /** What is drawn: the panel, or the tab, or (open) the two together. */
        dev.orgwright.layout.Box drawn() {
            if (!folded()) {
                return panel;
            }
            if (!open) {
                return tab;
            }
            double x = Math.min(panel.x(), tab.x());
            double y = Math.min(panel.y(), tab.y());
            return new dev.orgwright.layout.Box(x, y, Math.max(panel.right(), tab.right()) - x,
                    Math.max(panel.bottom(), tab.bottom()) - y);
        }
    }

    /** Whether a card, or a block or header of the zoomed-out view, is drawn under {@code area} (canvas pixels). */
    private boolean coversChart(dev.orgwright.layout.Box area) {
        if (presented != null) {
            return false;
        }
        if (blockFrame != null) {
            return blockFrame.blocks().stream().anyMatch(b -> b.height() >= 3
                    && area.overlaps(new dev.orgwright.layout.Box(b.x(), b.y(), b.width(), b.height())))
                    || blockFrame.headers().stream().anyMatch(h -> area.overlaps(
                            new dev.orgwright.layout.Box(h.x(), h.y(), h.width(), h.height())));
        }
        Viewport view = shown != null ? shown : model.view().viewport();
        return !model.layout().positionsIn(view.toChartX(area.x()), view.toChartY(area.y()),
                area.width() / view.scale(), area.height() / view.scale()).isEmpty();
    }

    /**
     * What the last frame drew when it was zoomed out beyond reading (semantic zoom): the teams
     * drawn as blocks and the cards above them; empty when it drew cards.
     */
    public java.util.Optional<TeamBlocks.Frame> teamBlocks() {
        return java.util.Optional.ofNullable(blockFrame);
    }

    /** Paints the chart as seen through {@code view} (the model's, or one on the way to it). */
    private void paint(Viewport view) {
        shown = view;
        if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            if (presented != null) {
                FxCanvasSurface surface = new FxCanvasSurface(canvas.getGraphicsContext2D());
                if (TeamBlocks.applies(view.scale())) {
                    blockFrame = presentedBlocks.paint(surface, model.chart(), presented.layout(), view,
                            presented.marks(), presented.painter().colouring(model.chart(), presented.marks().findings()));
                    dottedLineFrames.drew(DottedLinesSoFar.NONE);
                } else {
                    blockFrame = null;
                    dottedLineFrames.drew(presented.painter().paintFrame(surface, model.chart(), presented.layout(), view,
                            presented.marks(), dottedLineFrames.budget()));
                }
                return;
            }
            ChartPainter themed = cardPainter();
            FxCanvasSurface surface = new FxCanvasSurface(canvas.getGraphicsContext2D());
            if (TeamBlocks.applies(view.scale())) {
                blockFrame = blocks.paint(surface, model.chart(), model.layout(), view, model.decorations(),
                        themed.colouring(model.chart(), model.validation()));
                dottedLineFrames.drew(DottedLinesSoFar.NONE);
            } else {
                blockFrame = null;
                dottedLineFrames.drew(themed.paintFrame(surface, model.chart(), model.layout(), view, model.decorations(),
                        dottedLineFrames.budget()));
            }
            paintLegend(themed, surface);
            chartPaints++;
            paintFocusRing();
            paintInsertionBar();
            model.drag().source().ifPresent(this::paintDragged);
        }
    }

    /** Paints again for the dotted lines still being routed, unless a glide paints every pulse anyway. */
    private void settle() {
        if (!glide.isRunning()) {
            redraw();
        }
    }

    /**
     * The dotted lines the last frame drew, and whether some that may cross the view were still
     * being routed then (the canvas keeps painting until they are drawn).
     */
    public DottedLinesSoFar dottedLinesDrawn() {
        return dottedLineFrames.drawn();
    }

    /**
     * What each frame may spend on routing dotted lines: {@link DottedLineFrames#FRAME_ROUTING_MILLIS}
     * by default; a fixed count of pieces of work makes the frames the same on every machine.
     */
    public void setFrameBudget(Supplier<RoutingBudget> budget) {
        dottedLineFrames.setBudget(budget);
        redraw();
    }

    /**
     * While the canvas has the keyboard, a ring around the selected card shows where the keys
     * act, in the theme's selection colour and set off from the card so it reads on any fill.
     */
    private void paintFocusRing() {
        if (!isFocused()) {
            return;
        }
        var g = canvas.getGraphicsContext2D();
        var c = painter().theme().selection();
        g.setStroke(javafx.scene.paint.Color.rgb(c.red(), c.green(), c.blue()));
        g.setLineWidth(2);
        if (model.selection().isEmpty()) {
            if (isFocusVisible()) { // reached by Tab with nothing selected: the canvas itself shows it has the keyboard
                g.strokeRect(1, 1, canvas.getWidth() - 2, canvas.getHeight() - 2);
            }
            return;
        }
        model.selection().flatMap(model.view()::viewBoxOf).ifPresent(b -> {
            g.setLineDashes(6, 3);
            g.strokeRoundRect(b.x() - 5, b.y() - 5, b.width() + 10, b.height() + 10, 12, 12);
            g.setLineDashes(null);
        });
    }

    /**
     * The dragged card follows the pointer as a translucent outline with its title. With Alt held
     * the drop adds a dotted line, not a move: the outline is dashed, a dashed line runs from the
     * card to the pointer, and the outline says so.
     */
    private void paintDragged(PositionId id) {
        var g = canvas.getGraphicsContext2D();
        if (dottedLineDrag) {
            model.view().viewBoxOf(id).ifPresent(b -> {
                g.setStroke(javafx.scene.paint.Color.web("#2563EB"));
                g.setLineWidth(1.5);
                g.setLineDashes(5, 4);
                g.strokeLine(b.x() + b.width() / 2, b.y() + b.height() / 2, pointerX, pointerY);
                g.setLineDashes(null);
            });
        }
        double w = 160;
        double h = 40;
        g.setGlobalAlpha(0.85);
        g.setFill(javafx.scene.paint.Color.WHITE);
        g.fillRoundRect(pointerX + 8, pointerY + 8, w, h, 10, 10);
        g.setStroke(javafx.scene.paint.Color.web("#2563EB"));
        g.setLineWidth(1.5);
        g.setLineDashes(dottedLineDrag ? new double[] {5, 4} : null);
        g.strokeRoundRect(pointerX + 8, pointerY + 8, w, h, 10, 10);
        g.setLineDashes(null);
        g.setFill(javafx.scene.paint.Color.web("#1D2939"));
        g.setFont(javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, 12));
        String title = model.chart().find(id).map(p -> p.title()).orElse("");
        g.fillText(title.length() > 24 ? title.substring(0, 23) + "…" : title, pointerX + 18,
                pointerY + (dottedLineDrag ? 25 : 33));
        if (dottedLineDrag) {
            g.setFont(javafx.scene.text.Font.font(null, 11));
            g.fillText(Texts.t("a11y.drag.dotted"), pointerX + 18, pointerY + 41);
        }
        g.setGlobalAlpha(1);
    }

    private boolean leftToRight() {
        return model.layoutOptions().orientation() == dev.orgwright.layout.LayoutOptions.Orientation.LEFT_RIGHT;
    }

    /** Where a reordered card would go: a bar at the near edge of the card it is dropped beside. */
    private void paintInsertionBar() {
        if (!model.drag().isReordering()) {
            return;
        }
        model.drag().target().flatMap(model.view()::viewBoxOf).ifPresent(b -> {
            var g = canvas.getGraphicsContext2D();
            g.setFill(javafx.scene.paint.Color.web("#2563EB"));
            boolean after = model.drag().isAfter();
            if (leftToRight()) {
                double y = after ? b.y() + b.height() + 3 : b.y() - 7;
                g.fillRoundRect(b.x(), y, b.width(), 4, 4, 4);
            } else {
                double x = after ? b.x() + b.width() + 3 : b.x() - 7;
                g.fillRoundRect(x, b.y(), 4, b.height(), 4, 4);
            }
        });
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (onLegend(e.getX(), e.getY()) && legendPlaced.folded()) {
            return; // the folded legend's own click, not a pan or a selection
        }
        pointerX = e.getX();
        pointerY = e.getY();
        gesture = Gesture.pressed(model, this::setCursor, e.getX(), e.getY(), spaceDown);
    }

    private void dragged(MouseEvent e) {
        pointerX = e.getX(); // before the gesture moves anything, so that the repaint draws the card here
        pointerY = e.getY();
        if (gesture != null) {
            gesture.dragged(e.getX(), e.getY());
        }
        showDottedLineDrag(e.isAltDown());
    }

    /** Alt held or let go during a drag: the pointer and the dragged outline say what a drop does. */
    private void showDottedLineDrag(boolean altDown) {
        boolean dotted = altDown && model.drag().isActive();
        if (dotted) {
            altEndedGesture = true;
        }
        if (dotted != dottedLineDrag) {
            dottedLineDrag = dotted;
            if (model.drag().isActive()) {
                setCursor(dotted ? Cursor.CROSSHAIR : Cursor.MOVE);
            }
            redraw();
        }
    }

    private void released(MouseEvent e) {
        if (gesture != null) {
            altEndedGesture = e.isAltDown() && (altEndedGesture || model.drag().isActive());
            gesture.released(e.getX(), e.getY(), e.isAltDown());
            gesture = null;
        }
        dottedLineDrag = false;
        setCursor(Cursor.DEFAULT);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && onLegend(e.getX(), e.getY())
                && legendPlaced.folded()) {
            if (onLegendTab(e.getX(), e.getY())) {
                toggleLegend();
            }
            return;
        }
        if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
            Optional<PositionId> toggle = foldControlAt(e.getX(), e.getY());
            if (toggle.isPresent()) {
                model.select(toggle.get());
                model.toggleCollapsed(toggle.get());
                return;
            }
            model.select(model.view().cardAt(e.getX(), e.getY()).orElse(null));
            if (e.getClickCount() == 2 && model.selection().isPresent()) {
                commands.renameSelected();
            }
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            if (e.getDeltaY() != 0) {
                model.view().wheelZoomAt(e.getDeltaY(), e.getX(), e.getY());
            }
        } else {
            model.view().panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    private void keyReleased(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            spaceDown = false;
        }
        if (e.getCode() == KeyCode.ALT) {
            showDottedLineDrag(false);
        }
    }

    /**
     * Whether the release of Alt happening now belongs to a drag it made a dotted line, and must
     * not reach the menu bar: there it would highlight the File menu as if Alt had been pressed
     * alone. The window asks before the menu bar sees the key (its filter runs first).
     */
    public boolean takesAltRelease() {
        boolean takes = altEndedGesture;
        altEndedGesture = takes && model.drag().isActive();
        showDottedLineDrag(false);
        return takes;
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ALT) {
            showDottedLineDrag(true);
            if (model.drag().isActive()) {
                e.consume();
            }
            return;
        }
        if (e.isShortcutDown() || e.isAltDown()) {
            return; // leave shortcuts to the menus
        }
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> model.view().zoomSteps(1);
            case MINUS, SUBTRACT -> model.view().zoomSteps(-1);
            case DIGIT0, NUMPAD0 -> model.view().fit();
            case LEFT -> commands.selectSibling(-1);
            case RIGHT -> commands.selectSibling(1);
            case UP -> commands.selectManager();
            case DOWN -> commands.selectFirstReport();
            case INSERT, TAB -> commands.addReport();
            case ENTER -> commands.addSibling();
            case DELETE, BACK_SPACE -> commands.deleteSelected();
            case F2 -> commands.renameSelected();
            case C -> commands.toggleCollapsedSelection();
            case L -> {
                if (!legendFolded()) {
                    return;
                }
                toggleLegend();
            }
            case SPACE -> spaceDown = true;
            case ESCAPE -> {
                if (gesture == null || !gesture.cancel()) {
                    model.select(null);
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /**
     * The manager whose fold control (the "+N" pill of a folded team, or the fold mark of the
     * selected manager) is under the view point, if any.
     */
    private Optional<PositionId> foldControlAt(double x, double y) {
        return model.view().foldControlAt(x, y, id -> !model.chart().childrenOf(id).isEmpty()
                && (model.layout().isCollapsed(id) || id.equals(model.state().selection())));
    }
}
