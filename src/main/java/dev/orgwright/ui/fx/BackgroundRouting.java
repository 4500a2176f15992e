package dev.orgwright.ui.fx;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * The thread that routes the long dotted lines of the views on screen: a line across a crowded
 * part of a big chart takes tens of milliseconds to route, more than a frame may spend, so a
 * frame hands it here and draws it once it is done (see {@code RoutingBudget#background}). One
 * daemon thread for every window, so routing never takes both cores from the window.
 */
public final class BackgroundRouting {

    /** Runs the long pieces of routing one after the other, in the order they were handed on. */
    public static final Executor EXECUTOR = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "orgwright-dotted-lines");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        return thread;
    });

    private BackgroundRouting() {
    }
}
