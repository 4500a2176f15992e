package dev.orgwright.rules;

import dev.orgwright.model.PositionId;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The worst severity of each position that has findings, kept beside the findings as they are
 * made: for each severity, a plain array of the positions whose worst finding has it. A view that
 * needs every position's worst finding at once (a zoomed-out chart marking each team with the
 * worst finding inside it) reads the arrays it asks for straight through, instead of walking the
 * persistent map of every position's findings on the frame. Immutable; an update after an edit
 * copies only the arrays of the severities that the re-checked positions left or joined.
 */
public final class WorstFindings {

    private static final Severity[] SEVERITIES = Severity.values();
    private static final PositionId[] NONE = new PositionId[0];
    static final WorstFindings EMPTY = new WorstFindings(emptyGroups(), null, Set.of());

    /** The positions whose worst finding is each severity, by {@link Severity#ordinal()}. */
    private final PositionId[][] bySeverity;
    /** Stands for this version; a later one made from it names it, without holding on to its arrays. */
    private final Object version = new Object();
    /** The version this one was made from by {@link #with}; null for one made from scratch. */
    private final Object madeFrom;
    /** The positions whose worst severity differs from the version this one was made from. */
    private final Set<PositionId> changed;

    private WorstFindings(PositionId[][] bySeverity, Object madeFrom, Set<PositionId> changed) {
        this.bySeverity = bySeverity;
        this.madeFrom = madeFrom;
        this.changed = changed;
    }

    /** The worst severity of each position among {@code results}, from scratch. */
    static WorstFindings of(Iterable<Map.Entry<PositionId, RuleEngine.PositionResult>> results) {
        int[] sizes = new int[SEVERITIES.length];
        PositionId[][] groups = new PositionId[SEVERITIES.length][16];
        for (Map.Entry<PositionId, RuleEngine.PositionResult> e : results) {
            Severity worst = worstOf(e.getValue());
            if (worst != null) {
                int g = worst.ordinal();
                if (sizes[g] == groups[g].length) {
                    groups[g] = Arrays.copyOf(groups[g], sizes[g] * 2);
                }
                groups[g][sizes[g]++] = e.getKey();
            }
        }
        for (int g = 0; g < groups.length; g++) {
            groups[g] = Arrays.copyOf(groups[g], sizes[g]);
        }
        return new WorstFindings(groups, null, Set.of());
    }

    /** The worst severity of {@code result}'s findings; null when it has none. */
    static Severity worstOf(RuleEngine.PositionResult result) {
        Severity worst = null;
        for (Finding f : result.findings()) {
            if (worst == null || f.severity().compareTo(worst) < 0) {
                worst = f.severity();
            }
        }
        return worst;
    }

    /**
     * These worst severities with some positions' changed: each key of {@code changes} had the
     * first severity of its pair (null: no findings) and has the second now. Only the arrays of
     * severities that lose a position are filtered, so an edit that adds a warning costs a copy of
     * the warnings' array, not a pass over every position with findings.
     */
    WorstFindings with(Map<PositionId, Severity[]> changes) {
        if (changes.isEmpty()) {
            return this;
        }
        boolean[] loses = new boolean[SEVERITIES.length];
        int[] gains = new int[SEVERITIES.length];
        for (Severity[] change : changes.values()) {
            if (change[0] != null) {
                loses[change[0].ordinal()] = true;
            }
            if (change[1] != null) {
                gains[change[1].ordinal()]++;
            }
        }
        PositionId[][] groups = bySeverity.clone();
        for (int g = 0; g < groups.length; g++) {
            if (!loses[g] && gains[g] == 0) {
                continue;
            }
            PositionId[] old = bySeverity[g];
            PositionId[] now = new PositionId[old.length + gains[g]];
            int size = 0;
            if (loses[g]) {
                for (PositionId id : old) {
                    Severity[] change = changes.get(id);
                    if (change == null || change[0] != SEVERITIES[g]) {
                        now[size++] = id;
                    }
                }
            } else {
                System.arraycopy(old, 0, now, 0, old.length);
                size = old.length;
            }
            for (Map.Entry<PositionId, Severity[]> e : changes.entrySet()) {
                if (e.getValue()[1] == SEVERITIES[g]) {
                    now[size++] = e.getKey();
                }
            }
            groups[g] = size == now.length ? now : Arrays.copyOf(now, size);
        }
        return new WorstFindings(groups, version, Set.copyOf(changes.keySet()));
    }

    /**
     * The positions whose worst severity differs between {@code older} and these: none when they
     * are the same; empty when these were not made from {@code older} in one update (then
     * everything may differ). Lets a view that keeps something per position's worst finding bring
     * it up to date after an edit by looking at the positions the edit changed, not at all.
     */
    public Optional<Set<PositionId>> changedSince(WorstFindings older) {
        if (older == this) {
            return Optional.of(Set.of());
        }
        return older != null && older.version == madeFrom ? Optional.of(changed) : Optional.empty();
    }

    /**
     * Hands over each position whose worst finding is {@code least} or worse (for
     * {@link Severity#WARNING}: the errors and the warnings, no notes), with that severity, the
     * worst first. The order within one severity is not defined.
     */
    public void forEachAtLeast(Severity least, BiConsumer<PositionId, Severity> action) {
        for (int g = 0; g <= least.ordinal(); g++) {
            for (PositionId id : bySeverity[g]) {
                action.accept(id, SEVERITIES[g]);
            }
        }
    }

    /** How many positions have {@code severity} as their worst finding. */
    public int count(Severity severity) {
        return bySeverity[severity.ordinal()].length;
    }

    private static PositionId[][] emptyGroups() {
        PositionId[][] groups = new PositionId[SEVERITIES.length][];
        Arrays.fill(groups, NONE);
        return groups;
    }
}
