package dev.orgwright.layout;

import java.util.concurrent.Executor;

/**
 * How much dotted-line routing one call may do. Routing a long line across a large chart costs
 * milliseconds, and settling a line's lanes may route the lines of its cluster first, so a view
 * that must paint a frame in time gives routing a budget: the work is done piece by piece (one
 * piece is one line's route, or where one line's route can be, found without routing it) for as
 * long as the budget allows, and what is done is kept, so the next call goes on from there. An
 * export asks with {@link #UNLIMITED} and gets every line.
 */
@FunctionalInterface
public interface RoutingBudget {

    /**
     * How long past a frame's budget a piece under way may go on before it is handed to the
     * background: a piece started late in the frame still gets this much time.
     */
    long PIECE_GRACE_NANOS = 2_000_000;

    /** No limit: every piece of work is done (an export, print, the command line). */
    RoutingBudget UNLIMITED = () -> true;

    /**
     * Whether one more piece of work may be done now; a yes counts it as done. Once it has said
     * no, a budget keeps saying no.
     */
    boolean take();

    /**
     * Whether the lighter work between the pieces may go on now: testing lines against each
     * other to find a cluster, spreading a cluster into lanes. It is asked between two steps of
     * that work, after one step at least, so every call makes progress. Yes by default.
     */
    default boolean goOn() {
        return true;
    }

    /**
     * Where the long pieces go, or {@code null} to do them in the call like any other. A piece is
     * long when its time has no small bound: the route of a line across a crowded region of a big
     * chart, found along a corridor of a coarse grid (tens of milliseconds, the grid's first
     * building as much again). A budget with an executor never does a long piece itself: it hands
     * it to the executor once and reports the line pending until the piece is done there, so
     * that a frame never waits for one. {@code null} by default.
     */
    default Executor background() {
        return null;
    }

    /**
     * When ({@link System#nanoTime}) a piece under way stops and is handed to the
     * {@link #background()} instead, whatever it had done thrown away; only for a budget with a
     * background. The deadline never changes a route, only who works it out. No deadline by default.
     */
    default long deadline() {
        return Long.MAX_VALUE;
    }

    /** A budget of {@code pieces} pieces of work, counted: the same work on every machine. */
    static RoutingBudget pieces(int pieces) {
        return pieces(pieces, Integer.MAX_VALUE);
    }

    /**
     * A budget of {@code pieces} pieces of work and {@code steps} steps of the lighter work
     * between them ({@link #goOn}), counted: the same work on every machine.
     */
    static RoutingBudget pieces(int pieces, int steps) {
        return new RoutingBudget() {
            private int piecesLeft = pieces;
            private int stepsLeft = steps;

            @Override
            public boolean take() {
                if (piecesLeft <= 0) {
                    return false;
                }
                piecesLeft--;
                return true;
            }

            @Override
            public boolean goOn() {
                if (stepsLeft <= 0) {
                    return false;
                }
                stepsLeft--;
                return true;
            }
        };
    }

    /**
     * A budget of {@code millis} milliseconds from now, for a frame, for the pieces and the lighter
     * work alike. The first two pieces (one line's extent and route) are always granted, so that
     * successive frames make progress however slow one piece is, and a chart with a dotted line
     * or two draws them in its first frame even when the machine stalls the frame; a piece under
     * way is never cut short, so a call may overrun by the time of a piece or two (a long line's
     * route: a few milliseconds, rarely tens).
     */
    static RoutingBudget millis(double millis) {
        return millis(millis, null);
    }

    /**
     * {@link #millis(double)} for a frame that never does a long piece itself: it hands them to
     * {@code background} ({@link #background()}), and so it does any piece still under way
     * {@link #PIECE_GRACE_NANOS} past the budget ({@link #deadline()}); with {@code null} every
     * piece is done in the call.
     */
    static RoutingBudget millis(double millis, Executor background) {
        long deadline = System.nanoTime() + (long) (millis * 1e6);
        return new RoutingBudget() {
            private int granted;
            private boolean over;

            @Override
            public boolean take() {
                if (granted < 2) {
                    granted++;
                    return true;
                }
                return goOn();
            }

            @Override
            public boolean goOn() {
                if (!over && System.nanoTime() >= deadline) {
                    over = true;
                }
                return !over;
            }

            @Override
            public Executor background() {
                return background;
            }

            @Override
            public long deadline() {
                return background == null ? Long.MAX_VALUE : deadline + PIECE_GRACE_NANOS;
            }
        };
    }
}
