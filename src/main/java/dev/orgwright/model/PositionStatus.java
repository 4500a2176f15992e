package dev.orgwright.model;

import java.util.Optional;

/**
 * Where a position stands in a plan, beside the filled or vacant that its holder already says:
 * a position that is still to be created, or one that is to be removed. A position with no
 * status simply exists.
 */
public enum PositionStatus {
    /** The position is to be created; it does not exist yet. */
    PLANNED("planned", "Planned"),
    /** The position exists and is to be removed. */
    CLOSING("closing", "Closing");

    private final String key;
    private final String label;

    PositionStatus(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The value in the document: {@code "planned"}, {@code "closing"}. */
    public String key() {
        return key;
    }

    /** The word a user sees. */
    public String label() {
        return label;
    }

    /** The status a document value names, if it names one (exactly, in lower case). */
    public static Optional<PositionStatus> ofKey(String key) {
        for (PositionStatus s : values()) {
            if (s.key.equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
