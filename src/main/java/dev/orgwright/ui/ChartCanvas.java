package dev.orgwright.ui;

import dev.orgwright.model.PositionId;
import dev.orgwright.render.ChartPainter;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * The chart view: an immediate-mode canvas exactly the size of the visible area, repainted
 * from the model, so that it costs what the view shows however large the chart. Gestures:
 * drag the background to pan, scroll to pan, Ctrl+wheel or +/- to zoom, 0 to fit, click to select.
 */
final class ChartCanvas extends Region {

    private static final double ZOOM_STEP = 1.25;
    private static final double ARROW_PAN = 40;

    private final Canvas canvas = new Canvas();
    private final ChartWindowModel model;
    private final ChartPainter painter;
    private boolean panning;
    private double lastX;
    private double lastY;

    ChartCanvas(ChartWindowModel model, ChartPainter painter) {
        this.model = model;
        this.painter = painter;
        setId("chart-canvas");
        getStyleClass().add("chart-canvas");
        setFocusTraversable(true);
        setMinSize(0, 0);
        setPrefSize(1100, 720);
        getChildren().add(canvas);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> stopPanning());
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        model.addListener(this::redraw);
    }

    /** Where the card of {@code id} is on the screen, if the chart has it. */
    Optional<Bounds> screenBoundsOf(PositionId id) {
        return model.viewBoxOf(id).map(b -> canvas.localToScreen(
                new BoundingBox(b.x(), b.y(), b.width(), b.height())));
    }

    Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            model.resize(w, h); // repaints through the listener
        }
    }

    private void redraw() {
        if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            painter.paint(new FxCanvasSurface(canvas.getGraphicsContext2D()), model.chart(), model.layout(),
                    model.viewport(), model.selection().orElse(null));
        }
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() == MouseButton.PRIMARY && !model.isCardAt(e.getX(), e.getY())) {
            // Dragging a card will move it, later; only the background pans.
            panning = true;
            lastX = e.getX();
            lastY = e.getY();
        }
    }

    private void dragged(MouseEvent e) {
        if (panning) {
            setCursor(Cursor.CLOSED_HAND);
            model.panBy(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        }
    }

    private void stopPanning() {
        panning = false;
        setCursor(Cursor.DEFAULT);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
            model.selectAt(e.getX(), e.getY());
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            if (e.getDeltaY() != 0) {
                model.zoomAt(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
            }
        } else {
            model.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return; // leave shortcuts to the menus
        }
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> model.zoomBy(ZOOM_STEP);
            case MINUS, SUBTRACT -> model.zoomBy(1 / ZOOM_STEP);
            case DIGIT0, NUMPAD0 -> model.fit();
            case LEFT -> model.panBy(ARROW_PAN, 0);
            case RIGHT -> model.panBy(-ARROW_PAN, 0);
            case UP -> model.panBy(0, ARROW_PAN);
            case DOWN -> model.panBy(0, -ARROW_PAN);
            case ESCAPE -> model.select(null);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
