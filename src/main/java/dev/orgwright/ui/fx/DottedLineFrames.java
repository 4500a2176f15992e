package dev.orgwright.ui.fx;

import dev.orgwright.layout.DottedLinesSoFar;
import dev.orgwright.layout.RoutingBudget;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;

/**
 * How a canvas routes dotted lines a frame at a time: each frame gets a budget of routing
 * ({@link #FRAME_ROUTING_MILLIS}, the long lines handed to {@link BackgroundRouting}), and while
 * the lines a frame drew leave some in view pending, the canvas paints again on the next pulse
 * (and only then: no frame is spent waiting), until every line in view is drawn. Shared by the
 * main window's canvas (and so presentation mode) and the comparison window's.
 */
public final class DottedLineFrames {

    /**
     * How long a frame may route dotted lines: half a frame at 60 per second, leaving the other
     * half for drawing. Routing goes on in the next frames, and what is routed is kept; the long
     * lines of a big chart are routed on {@link BackgroundRouting}'s thread, never in a frame.
     */
    public static final double FRAME_ROUTING_MILLIS = 8;

    private Supplier<RoutingBudget> budget =
            () -> RoutingBudget.millis(FRAME_ROUTING_MILLIS, BackgroundRouting.EXECUTOR);
    private DottedLinesSoFar drawn = DottedLinesSoFar.NONE;
    private final AnimationTimer settling;

    /** Frames of a canvas that {@code repaint} paints again. */
    public DottedLineFrames(Runnable repaint) {
        settling = new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop(); // the frame starts it again if lines are still pending
                repaint.run();
            }
        };
    }

    /** The budget of the frame about to be painted. */
    public RoutingBudget budget() {
        return budget.get();
    }

    /**
     * What each frame may spend on routing dotted lines: {@link #FRAME_ROUTING_MILLIS} by default;
     * a fixed count of pieces of work makes the frames the same on every machine.
     */
    public void setBudget(Supplier<RoutingBudget> budget) {
        this.budget = budget;
    }

    /** Keeps what the frame's dotted lines came to, and paints again on the next pulse while some are pending. */
    public void drew(DottedLinesSoFar lines) {
        drawn = lines;
        if (lines.pending()) {
            settling.start();
        }
    }

    /**
     * The dotted lines the last frame drew, and whether some that may cross the view were still
     * being routed then (the canvas keeps painting until they are drawn).
     */
    public DottedLinesSoFar drawn() {
        return drawn;
    }
}
