package dev.orgwright.layout;

import java.util.List;

/**
 * The dotted lines a view may draw now: those already routed and spread into their lanes that
 * cross its rectangle, exactly as an export draws them, and whether some line that may cross
 * it is still waiting for its route (a later call, with a fresh budget, goes on with it).
 *
 * @param lines   the settled lines that cross the rectangle, in the order of {@link ChartLayout#dottedLines()}
 * @param pending whether some line that may cross the rectangle is not settled yet
 */
public record DottedLinesSoFar(List<Edge> lines, boolean pending) {

    /** No line, none pending. */
    public static final DottedLinesSoFar NONE = new DottedLinesSoFar(List.of(), false);

    /** Copies the lines. */
    public DottedLinesSoFar {
        lines = List.copyOf(lines);
    }
}
