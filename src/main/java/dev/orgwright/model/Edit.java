package dev.orgwright.model;

/**
 * A change to a chart as a pure function: {@link #apply} returns a new chart and leaves the old
 * one as it was, which makes undo a matter of keeping the old chart. Edits are made by
 * {@link Edits}.
 */
public interface Edit {

    /**
     * What the edit does, for the Edit menu and the undo history ("Move 'CFO' under 'CEO'"),
     * named with the titles the positions have in {@code before}.
     */
    String label(Chart before);

    /**
     * The chart after the edit.
     *
     * @throws EditRefusedException when the edit would break the chart; the message says why
     */
    Chart apply(Chart before);
}
