package dev.orgwright.layout;

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

    /** No limit: every piece of work is done (an export, print, the command line). */
    RoutingBudget UNLIMITED = () -> true;

    /**
     * Whether one more piece of work may be done now; a yes counts it as done. Once it has said
     * no, a budget keeps saying no.
     */
    boolean take();

    /** A budget of {@code pieces} pieces of work, counted: the same work on every machine. */
    static RoutingBudget pieces(int pieces) {
        int[] left = {pieces};
        return () -> {
            if (left[0] <= 0) {
                return false;
            }
            left[0]--;
            return true;
        };
    }

    /**
     * A budget of {@code millis} milliseconds from now, for a frame. The first piece is always
     * granted, so that successive frames make progress however slow one piece is; a piece under
     * way is never cut short, so a call may overrun by the time of one piece.
     */
    static RoutingBudget millis(double millis) {
        long deadline = System.nanoTime() + (long) (millis * 1e6);
        boolean[] started = {false};
        boolean[] over = {false};
        return () -> {
            if (over[0]) {
                return false;
            }
            if (started[0] && System.nanoTime() >= deadline) {
                over[0] = true;
                return false;
            }
            started[0] = true;
            return true;
        };
    }
}
