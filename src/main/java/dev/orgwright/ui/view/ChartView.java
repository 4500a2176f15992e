package dev.orgwright.ui.view;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.CardMetrics;
import dev.orgwright.render.Viewport;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A view onto a laid-out chart, without a toolkit: how large the view is, where its camera
 * looks, fitting, and which card lies under a point. The editor's canvas and the comparison's
 * use one each; whoever owns the view learns of each change through {@code onChange}.
 */
public final class ChartView {

    /**
     * A newly shown chart is not shrunk below this: at 55 % a card's bold 13 px title is still
     * about 7 px, legible, while a wide chart fitted whole would be unreadable. It lets the
     * built-in sample show whole in the window's first size on a 1536- or 1600-pixel-wide
     * screen. The fit command (Ctrl+0) shows any chart whole.
     */
    public static final double READABLE_SCALE = 0.55;

    private final Camera camera = new Camera();
    private final Supplier<ChartLayout> layout;
    private final Supplier<Box> fitBounds;
    private final Runnable onChange;
    private double width;
    private double height;
    private boolean fitPending;
    /** The height at the bottom of the view a fit leaves free, for what is drawn over the chart there. */
    private java.util.function.DoubleSupplier bottomRoom = () -> 0;
    private double fitMinScale;
    private boolean jumped;

    /**
     * A view of whatever layout {@code layout} gives at the moment; a fit shows
     * {@code fitBounds} (the layout's bounds, or more when two layouts share the view).
     */
    public ChartView(Supplier<ChartLayout> layout, Supplier<Box> fitBounds, Runnable onChange) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.fitBounds = Objects.requireNonNull(fitBounds, "fitBounds");
        this.onChange = Objects.requireNonNull(onChange, "onChange");
    }

    /** A view of {@code layout} whose fit shows the whole of it. */
    public static ChartView of(Supplier<ChartLayout> layout, Runnable onChange) {
        return new ChartView(layout, () -> layout.get().bounds(), onChange);
    }

    /** What the view shows. */
    public Viewport viewport() {
        return camera.viewport(Math.max(1, width), Math.max(1, height));
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public int zoomPercent() {
        return (int) Math.round(camera.scale() * 100);
    }

    /**
     * The view has a new size; a fit asked for before the view had one happens now. Nothing
     * happens (and nobody is told) when the size is the same.
     */
    public void resize(double newWidth, double newHeight) {
        if (newWidth == width && newHeight == height) {
            return;
        }
        width = newWidth;
        height = newHeight;
        fitIfPossible();
        onChange.run();
    }

    /**
     * A newly shown chart that fits the view only below this share of {@link #READABLE_SCALE}
     * (22 %) is shown whole: at the readable zoom its top would be one card and the long lines
     * to its far-apart reports over an empty view, while whole it shows its structure in
     * labelled team blocks, and four notches make it readable. Nearer the readable zoom (the
     * HR export of 107 positions fits at about 35 %), it is shown readable from its top.
     */
    static final double OPEN_WHOLE_BELOW = 0.4;

    /**
     * Shows a newly opened chart: fitted, but not shrunk below {@link #READABLE_SCALE}; from the
     * top when it is taller than that, unless it fits only below {@link #OPEN_WHOLE_BELOW} of
     * that zoom: then whole. Waits for the view's first size when it has none yet.
     */
    public void fitReadable() {
        requestFit(READABLE_SCALE);
        onChange.run();
    }

    /**
     * Tells the view how much height at its bottom a fit leaves free: the canvas draws its legend
     * there, over the chart, and a fitted chart should not lie under it. Asked at each fit, so
     * that it follows the legend shown then.
     */
    public void reserveBottom(java.util.function.DoubleSupplier room) {
        bottomRoom = room;
    }

    /** Shows the whole chart, however small that makes it. */
    public void fit() {
        jumped = true;
        requestFit(0);
        onChange.run();
    }

    private void requestFit(double minScale) {
        fitPending = true;
        fitMinScale = minScale;
        fitIfPossible();
    }

    /** The height a fit leaves free at the bottom of the view, for the legend drawn there. */
    private double fitRoom() {
        return Math.max(0, Math.min(height / 3, bottomRoom.getAsDouble()));
    }

    private void fitIfPossible() {
        if (fitPending && width > 0 && height > 0) {
            Box bounds = fitBounds.get();
            fitPending = false;
            camera.fit(bounds, width, height - fitRoom(), 0);
            if (fitMinScale > 0 && camera.scale() < fitMinScale * OPEN_WHOLE_BELOW) {
                return; // far too big to read whole: shown whole, in team blocks
            }
            camera.fit(bounds, width, height - fitRoom(), fitMinScale);
            // Too wide to show whole at a readable size: the view starts at the top post, which a
            // layout that wraps wide teams need not put in the middle of the chart.
            if (bounds.width() * camera.scale() > width) {
                List<PositionId> top = layout.get().positionsIn(bounds.x(), bounds.y(), bounds.width(), 1);
                top.stream().map(id -> layout.get().box(id)).flatMap(Optional::stream)
                        .min(Comparator.comparingDouble(b -> Math.abs(b.centreX() - bounds.centreX())))
                        .ifPresent(b -> camera.centreOnX(b.centreX(), width));
            }
        }
    }

    /** Zooms by {@code factor}, keeping the chart point under the view point where it is. */
    public void zoomAt(double factor, double viewX, double viewY) {
        camera.zoomAt(factor, viewX, viewY);
        onChange.run();
    }

    /** How much one zoom step (a key, a button, a mouse wheel's notch) enlarges the view. */
    public static final double ZOOM_STEP = 1.25;
    /** The scroll distance JavaFX reports for one notch of a mouse wheel. */
    private static final double NOTCH = 40;

    /**
     * The zoom factor for a wheel or touchpad scroll of {@code deltaY} with Ctrl held: one notch
     * is one zoom step, so a few notches take a large chart from fitted to readable, and a
     * touchpad's small deltas zoom in proportion.
     */
    public static double wheelZoom(double deltaY) {
        return Math.pow(ZOOM_STEP, deltaY / NOTCH);
    }

    /**
     * Zooms by {@code steps} steps of the zoom ladder around the view point
     * ({@code viewX}, {@code viewY}): from the whole chart fitted, {@link ZoomLadder#STEPS_TO_READABLE}
     * steps reach the readable zoom, however big the chart; from there on a step is {@link #ZOOM_STEP}.
     * A fraction of a step (a touchpad's small scroll) zooms in proportion.
     */
    public void zoomStepsAt(double steps, double viewX, double viewY) {
        double from = camera.scale();
        double to = ZoomLadder.scaleAfter(from, steps, fitAllScale());
        zoomAt(to / from, viewX, viewY);
    }

    /** Zooms by {@code steps} steps of the ladder around the middle of the view, as a step the canvas glides through. */
    public void zoomSteps(double steps) {
        jumped = true;
        zoomStepsAt(steps, width / 2, height / 2);
    }

    /** A Ctrl+wheel or touchpad scroll of {@code deltaY} at the view point: one notch is one step of the ladder. */
    public void wheelZoomAt(double deltaY, double viewX, double viewY) {
        zoomStepsAt(deltaY / NOTCH, viewX, viewY);
    }

    /** The scale at which Fit All shows the whole chart in the view as large as it is now. */
    public double fitAllScale() {
        if (width <= 0 || height <= 0) {
            return camera.scale();
        }
        return Camera.fitScale(fitBounds.get(), width, height - fitRoom());
    }

    /** Zooms around the middle of the view, as a step the canvas glides through. */
    public void zoomBy(double factor) {
        jumped = true;
        zoomAt(factor, width / 2, height / 2);
    }

    public void panBy(double dx, double dy) {
        camera.panBy(dx, dy);
        onChange.run();
    }

    /**
     * Glides to show {@code bounds} (chart units) centred, as large as fits but no closer than
     * {@code maxScale}; nothing happens before the view has a size.
     */
    public void showRegion(Box bounds, double maxScale) {
        if (width > 0 && height > 0) {
            camera.fitCentred(bounds, width, height, maxScale);
            jumped = true;
            onChange.run();
        }
    }

    /** Looks at the chart again as {@code view} did, as when presentation mode ends. */
    public void restore(Viewport view) {
        camera.lookAt(view);
        onChange.run();
    }

    /** Pans, if needed, so that the card of {@code id} is in view (centred when it was not). */
    public void bringIntoView(PositionId id) {
        layout.get().box(id).ifPresent(b -> {
            if (camera.bringIntoView(b, width, height)) {
                jumped = true;
                onChange.run();
            }
        });
    }

    /**
     * Whether the view jumped (fit, zoom to a team, a zoom step, a card brought into view) since
     * the last call: the canvas glides to such a view instead of cutting to it.
     */
    public boolean takeJump() {
        boolean j = jumped;
        jumped = false;
        return j;
    }

    /** The card under the view point, if any. */
    public Optional<PositionId> cardAt(double viewX, double viewY) {
        Viewport v = viewport();
        return layout.get().positionAt(v.toChartX(viewX), v.toChartY(viewY));
    }

    /**
     * The card whose fold control is under the view point, among the cards that show one: the
     * control sits on the middle of a card's bottom edge, so the card under the point or the
     * one just above it may own it.
     */
    public Optional<PositionId> foldControlAt(double viewX, double viewY, Predicate<PositionId> showsControl) {
        Viewport v = viewport();
        double reach = CardMetrics.TOGGLE_HALF_HEIGHT / v.scale();
        for (double dy : new double[] {0, -reach}) {
            Optional<PositionId> id = layout.get().positionAt(v.toChartX(viewX), v.toChartY(viewY) + dy);
            if (id.isPresent() && showsControl.test(id.get())) {
                Box b = layout.get().box(id.get()).orElseThrow();
                if (Math.abs(viewX - v.toSurfaceX(b.centreX())) <= CardMetrics.TOGGLE_HALF_WIDTH
                        && Math.abs(viewY - v.toSurfaceY(b.bottom())) <= CardMetrics.TOGGLE_HALF_HEIGHT) {
                    return id;
                }
            }
        }
        return Optional.empty();
    }

    /** Where the card of {@code id} is drawn, in view pixels. */
    public Optional<Box> viewBoxOf(PositionId id) {
        Viewport v = viewport();
        return layout.get().box(id).map(b -> new Box(v.toSurfaceX(b.x()), v.toSurfaceY(b.y()),
                b.width() * v.scale(), b.height() * v.scale()));
    }
}
