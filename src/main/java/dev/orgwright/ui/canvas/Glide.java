package dev.orgwright.ui.canvas;

import dev.orgwright.render.Viewport;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;

/**
 * A short, eased move from one view to another (a zoom step, fit, a search hit): the eye
 * keeps its place in the chart. Scale moves on a logarithmic path so zooming feels even.
 */
final class Glide {

    private static final double DURATION_NANOS = 180e6;

    /** The view the glide must end on; when it changes under the glide, the glide gives way to it. */
    private final Supplier<Viewport> target;
    private final Consumer<Viewport> paint;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long nanos) {
            frame(nanos);
        }
    };
    private Viewport from;
    private Viewport to;
    private Viewport current;
    private long startNanos = -1;
    private boolean running;

    /** A glide towards what {@code target} gives, painting each view on the way with {@code paint}. */
    Glide(Supplier<Viewport> target, Consumer<Viewport> paint) {
        this.target = target;
        this.paint = paint;
    }

    void start(Viewport a, Viewport b) {
        from = a;
        to = b;
        current = a;
        startNanos = -1;
        running = true;
        timer.start();
    }

    boolean isRunning() {
        return running;
    }

    /** The view the glide has reached. */
    Viewport now() {
        return current;
    }

    private void frame(long nanos) {
        if (startNanos < 0) {
            startNanos = nanos;
        }
        double t = Math.min(1, (nanos - startNanos) / DURATION_NANOS);
        if (t >= 1 || !to.equals(target.get())) {
            running = false;
            timer.stop();
            paint.accept(target.get());
            return;
        }
        current = between(from, to, 1 - Math.pow(1 - t, 3)); // ease out
        paint.accept(current);
    }

    /**
     * The view {@code e} of the way (0 to 1) from {@code from} to {@code to}: its centre on the
     * straight line between theirs, its scale on the logarithmic path, its size {@code to}'s.
     */
    static Viewport between(Viewport from, Viewport to, double e) {
        double scale = Math.exp(Math.log(from.scale()) + (Math.log(to.scale()) - Math.log(from.scale())) * e);
        double fromCx = from.originX() + from.width() / (2 * from.scale());
        double fromCy = from.originY() + from.height() / (2 * from.scale());
        double toCx = to.originX() + to.width() / (2 * to.scale());
        double toCy = to.originY() + to.height() / (2 * to.scale());
        double cx = fromCx + (toCx - fromCx) * e;
        double cy = fromCy + (toCy - fromCy) * e;
        return new Viewport(cx - to.width() / (2 * scale), cy - to.height() / (2 * scale), scale, to.width(),
                to.height());
    }
}
