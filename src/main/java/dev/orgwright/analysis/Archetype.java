package dev.orgwright.analysis;

import java.util.Optional;

/**
 * The kinds of manager that org design gives a target span by: a player-coach does much of the
 * work and leads a few, a coordinator leads many doing alike work. The ranges follow common
 * practice; a chart's targets can set others.
 */
public enum Archetype {
    PLAYER_COACH("player-coach", "Player-coach", 3, 5),
    COACH("coach", "Coach", 6, 7),
    SUPERVISOR("supervisor", "Supervisor", 8, 10),
    FACILITATOR("facilitator", "Facilitator", 11, 15),
    COORDINATOR("coordinator", "Coordinator", 15, Integer.MAX_VALUE);

    private final String key;
    private final String label;
    private final int min;
    private final int max;

    Archetype(String key, String label, int min, int max) {
        this.key = key;
        this.label = label;
        this.min = min;
        this.max = max;
    }

    /** The value in a document: {@code "player-coach"}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The span this kind of manager should have, by common practice. */
    public SpanBand targetSpan() {
        return new SpanBand(min, max);
    }

    /** The archetype a document value names, if it names one. */
    public static Optional<Archetype> ofKey(String key) {
        for (Archetype a : values()) {
            if (a.key.equals(key)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
