package dev.orgwright.ui.compare;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.DottedLinesSoFar;
import dev.orgwright.layout.RoutingBudget;
import dev.orgwright.render.CardContent;
import dev.orgwright.render.CardMetrics;
import dev.orgwright.render.ChartPainter;
import dev.orgwright.render.LineStyle;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Surface;
import dev.orgwright.render.TextAlign;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.TextWrap;
import dev.orgwright.render.Theme;
import dev.orgwright.render.Viewport;
import dev.orgwright.ui.fx.CanvasRegion;
import dev.orgwright.ui.fx.DottedLineFrames;
import dev.orgwright.ui.fx.FxCanvasSurface;
import dev.orgwright.ui.view.ChartView;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The canvas of the comparison: the side shown, drawn by the chart painter with the change
 * marks, or, while the sides switch, the cards gliding between the two layouts. Drag to pan,
 * Ctrl+wheel to zoom, click a changed card to put its change in focus.
 */
public final class CompareCanvas extends CanvasRegion {

    private final CompareModel model;
    private final ChartPainter painter;
    /** The same painter allowed to write private values, while the user shows them. */
    private final ChartPainter privatePainter;
    private final Theme theme;
    private double lastX;
    private double lastY;
    /** The dotted lines routed a frame at a time, as in the main window's canvas. */
    private final DottedLineFrames dottedLineFrames = new DottedLineFrames(this::redraw);

    CompareCanvas(CompareModel model, Theme theme) {
        this.model = model;
        this.theme = theme;
        this.painter = new ChartPainter(theme);
        this.privatePainter = painter.withPrivateFields(true);
        setId("compare-canvas");
        setPrefSize(900, 640);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            lastX = e.getX();
            lastY = e.getY();
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            model.panBy(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                model.changeAt(e.getX(), e.getY()).ifPresent(model::focus);
            }
        });
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.isControlDown() || e.isShortcutDown()) {
                model.zoomAt(ChartView.wheelZoom(e.getDeltaY()), e.getX(), e.getY());
            } else {
                model.panBy(e.getDeltaX(), e.getDeltaY());
            }
            e.consume();
        });
        model.addListener(update -> redraw());
    }

    @Override
    protected void resized(double width, double height) {
        model.resize(width, height); // repaints through the listener
    }

    private void redraw() {
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        FxCanvasSurface surface = new FxCanvasSurface(canvas.getGraphicsContext2D());
        var transition = model.transition();
        if (transition.isPresent()) {
            paintInFlight(surface, theme, transition.get(), model.progress(), model.viewport());
        } else {
            dottedLineFrames.drew((model.showsPrivate() ? privatePainter : painter).paintFrame(surface,
                    model.shownChart(), model.shownLayout(), model.viewport(), model.decorations(),
                    dottedLineFrames.budget()));
        }
    }

    /**
     * The dotted lines the last frame drew, and whether some that may cross the view were still
     * being routed then (the canvas keeps painting on the next pulses until they are drawn).
     */
    public DottedLinesSoFar dottedLinesDrawn() {
        return dottedLineFrames.drawn();
    }

    /** What each frame may spend on routing dotted lines; a fixed count of pieces makes frames alike everywhere. */
    public void setFrameBudget(Supplier<RoutingBudget> budget) {
        dottedLineFrames.setBudget(budget);
        redraw();
    }

    /**
     * Plain cards at their place along the way; only those whose path crosses the view. Their
     * titles are broken and placed as the chart painter places them ({@link CardContent}), so a
     * long title wraps on word boundaries and ends with "…" where it is cut, as on the cards
     * before and after.
     */
    static void paintInFlight(Surface s, Theme theme, LayoutTransition transition, double t, Viewport v) {
        s.fillRect(0, 0, v.width(), v.height(), 0, theme.background());
        TextStyle title = CardMetrics.titleStyle(theme);
        TextStyle drawn = title.withSize(CardMetrics.TITLE_SIZE * v.scale());
        for (LayoutTransition.Card card : transition.cards()) {
            Box b = card.at(t);
            if (!b.intersects(v.originX(), v.originY(), v.chartWidth(), v.chartHeight())) {
                continue;
            }
            int alpha = (int) Math.round(255 * card.opacity(t));
            double x = v.toSurfaceX(b.x());
            double y = v.toSurfaceY(b.y());
            double w = b.width() * v.scale();
            double h = b.height() * v.scale();
            double radius = CardMetrics.CORNER_RADIUS * v.scale();
            s.fillRect(x, y, w, h, radius, withAlpha(theme.cardFill(), alpha));
            s.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1, radius, LineStyle.solid(withAlpha(theme.cardBorder(), alpha), 1));
            if (h >= 20) {
                List<String> lines = TextWrap.lines(card.title().strip(), b.width() - 2 * CardMetrics.PADDING_X,
                        CardContent.MAX_TITLE_LINES, s.measure(), title);
                s.pushClip(x, y, w, h);
                for (int k = 0; k < lines.size(); k++) {
                    s.text(lines.get(k), x + w / 2, y + CardContent.DEFAULT.titleBaseline(k) * v.scale(),
                            TextAlign.CENTRE, drawn);
                }
                s.popClip();
            }
        }
    }

    private static Rgba withAlpha(Rgba c, int alpha) {
        return new Rgba(c.red(), c.green(), c.blue(), Math.min(c.alpha(), alpha));
    }
}
