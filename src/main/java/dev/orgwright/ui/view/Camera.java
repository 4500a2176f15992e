package dev.orgwright.ui.view;

import dev.orgwright.layout.Box;
import dev.orgwright.render.Viewport;

/** Where the view looks at the chart and how close: pan and zoom, as plain numbers. */
public final class Camera {

    /** Zooming out stops here, unless a fit needed less to show the whole chart. */
    static final double MIN_SCALE = 0.02;
    static final double MAX_SCALE = 4;
    /** Space left around the chart when it is fitted into the view, in screen pixels. */
    public static final double FIT_MARGIN = 32;

    private double scale = 1;
    /** The smallest scale zooming may reach: MIN_SCALE, or what the last fit needed. */
    private double floor = MIN_SCALE;
    private double originX;
    private double originY;

    public double scale() {
        return scale;
    }

    /**
     * Shows as much of {@code bounds} as fits at no less than {@code minScale}, never enlarged
     * beyond 100%: the whole chart centred when it fits, else its middle from the top row down.
     */
    public void fit(Box bounds, double viewWidth, double viewHeight, double minScale) {
        double usableH = Math.max(1, viewHeight - 2 * FIT_MARGIN);
        double fitScale = fitScale(bounds, viewWidth, viewHeight);
        // A chart of thousands of positions may need less than MIN_SCALE to show whole: the fit
        // gets it, and zooming out may go as far as the fit went.
        floor = Math.min(MIN_SCALE, Math.max(fitScale, Math.min(1, minScale)));
        scale = clamp(Math.max(fitScale, Math.min(1, minScale)));
        originX = bounds.centreX() - viewWidth / (2 * scale);
        originY = bounds.height() * scale <= usableH
                ? bounds.centreY() - viewHeight / (2 * scale)
                : bounds.y() - FIT_MARGIN / scale;
    }

    /** The scale that shows the whole of {@code bounds} in a view of this size with its margin, never above 100 %. */
    public static double fitScale(Box bounds, double viewWidth, double viewHeight) {
        double usableW = Math.max(1, viewWidth - 2 * FIT_MARGIN);
        double usableH = Math.max(1, viewHeight - 2 * FIT_MARGIN);
        return Math.min(1, Math.min(usableW / Math.max(1, bounds.width()), usableH / Math.max(1, bounds.height())));
    }

    /** Moves the view sideways so that the chart's {@code chartX} is in the middle, keeping the scale. */
    public void centreOnX(double chartX, double viewWidth) {
        originX = chartX - viewWidth / (2 * scale);
    }

    /** Centres {@code bounds} in the view, as large as fits but no larger than {@code maxScale}. */
    public void fitCentred(Box bounds, double viewWidth, double viewHeight, double maxScale) {
        double usableW = Math.max(1, viewWidth - 2 * FIT_MARGIN);
        double usableH = Math.max(1, viewHeight - 2 * FIT_MARGIN);
        scale = clamp(Math.min(maxScale, Math.min(usableW / Math.max(1, bounds.width()),
                usableH / Math.max(1, bounds.height()))));
        originX = bounds.centreX() - viewWidth / (2 * scale);
        originY = bounds.centreY() - viewHeight / (2 * scale);
    }

    /** Looks at the chart exactly as {@code view} did (its origin and scale). */
    public void lookAt(Viewport view) {
        scale = clamp(view.scale());
        originX = view.originX();
        originY = view.originY();
    }

    /** Zooms by {@code factor}, keeping the chart point under the screen point where it is. */
    public void zoomAt(double factor, double screenX, double screenY) {
        double chartX = originX + screenX / scale;
        double chartY = originY + screenY / scale;
        scale = clamp(scale * factor);
        originX = chartX - screenX / scale;
        originY = chartY - screenY / scale;
    }

    /** Moves the chart by this many screen pixels. */
    public void panBy(double dx, double dy) {
        originX -= dx / scale;
        originY -= dy / scale;
    }

    /**
     * Pans so that {@code box} (chart units) is in a view of this size, centring it when it was
     * not wholly in view; returns whether the view moved.
     */
    public boolean bringIntoView(Box box, double viewWidth, double viewHeight) {
        Viewport v = viewport(Math.max(1, viewWidth), Math.max(1, viewHeight));
        double left = v.toSurfaceX(box.x());
        double top = v.toSurfaceY(box.y());
        double right = v.toSurfaceX(box.right());
        double bottom = v.toSurfaceY(box.bottom());
        if (left < 0 || top < 0 || right > viewWidth || bottom > viewHeight) {
            panBy(viewWidth / 2 - (left + right) / 2, viewHeight / 2 - (top + bottom) / 2);
            return true;
        }
        return false;
    }

    public Viewport viewport(double width, double height) {
        return new Viewport(originX, originY, scale, width, height);
    }

    private double clamp(double s) {
        return Math.max(floor, Math.min(MAX_SCALE, s));
    }
}
