package dev.orgwright.model;

import java.util.Map;
import java.util.Optional;

/**
 * The kind of manager a position is meant to be, which sets the span of control it should have:
 * a player-coach does much of the work and leads a few, a coordinator leads many doing alike
 * work. The ranges follow common practice; a chart can set others under
 * {@code settings.targets.archetype.<key>}.
 */
public enum ManagerArchetype {
    PLAYER_COACH("player-coach", "Player-coach", 3, 5),
    COACH("coach", "Coach", 6, 7),
    SUPERVISOR("supervisor", "Supervisor", 8, 10),
    FACILITATOR("facilitator", "Facilitator", 11, 15),
    COORDINATOR("coordinator", "Coordinator", 15, Integer.MAX_VALUE);

    /** The settings path under which a chart sets its own ranges, by archetype key. */
    public static final String TARGETS = "targets.archetype";

    private final String key;
    private final String label;
    private final int min;
    private final int max;

    ManagerArchetype(String key, String label, int min, int max) {
        this.key = key;
        this.label = label;
        this.min = min;
        this.max = max;
    }

    /** The value in a document: {@code "player-coach"}. */
    public String key() {
        return key;
    }

    /** The word a user of the English texts sees. */
    public String label() {
        return label;
    }

    /**
     * The span this kind of manager should have: {@code {min, max}}, max {@link Integer#MAX_VALUE}
     * when open. The chart's {@code settings.targets.archetype.<key>} ({@code {"min": N, "max": N}},
     * either may be left out) overrides common practice; a value of another shape is ignored.
     */
    public int[] targetSpan(Settings settings) {
        Object target = settings.get(TARGETS).filter(Map.class::isInstance)
                .map(m -> ((Map<?, ?>) m).get(key)).orElse(null);
        if (target instanceof Map<?, ?> range) {
            int lo = range.get("min") instanceof Number n ? n.intValue() : 1;
            int hi = range.get("max") instanceof Number n ? n.intValue() : Integer.MAX_VALUE;
            if (lo <= hi) {
                return new int[] {lo, hi};
            }
        }
        return new int[] {min, max};
    }

    /** Whether a manager with {@code span} direct reports is within this archetype's target. */
    public boolean fits(int span, Settings settings) {
        int[] range = targetSpan(settings);
        return span >= range[0] && span <= range[1];
    }

    /** The archetype a document value names, if it names one (exactly, in lower case). */
    public static Optional<ManagerArchetype> ofKey(String key) {
        for (ManagerArchetype a : values()) {
            if (a.key.equals(key)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
