package dev.orgwright.model;

import java.util.Objects;

/**
 * The identity of a position within one chart. Ids are chosen by the user or the tool that
 * wrote the document ("ceo", "hr-lead", "E1024"); they never change when a position is
 * retitled or moved, which is what makes charts diff and compare well.
 */
public record PositionId(String value) implements Comparable<PositionId> {

    /** Rejects blank ids, which no document may contain. */
    public PositionId {
        Objects.requireNonNull(value, "value");
        if (Blank.isBlank(value)) {
            throw new IllegalArgumentException("A position id cannot be blank.");
        }
    }

    /** Shorthand for {@code new PositionId(value)}. */
    public static PositionId of(String value) {
        return new PositionId(value);
    }

    @Override
    public int compareTo(PositionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
