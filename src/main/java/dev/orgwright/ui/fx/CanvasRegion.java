package dev.orgwright.ui.fx;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * A region that holds one canvas exactly its own size (immediate-mode drawing: the scene graph
 * does not grow with the chart) and says when that size changes. The editor's canvas and the
 * comparison's are both one.
 */
public abstract class CanvasRegion extends Region {

    protected final Canvas canvas = new Canvas();

    public CanvasRegion() {
        setMinSize(0, 0);
        getChildren().add(canvas);
    }

    public Canvas canvas() {
        return canvas;
    }

    /** The canvas became {@code width} × {@code height}: the view follows, and repaints. */
    protected abstract void resized(double width, double height);

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            resized(w, h);
        }
    }
}
