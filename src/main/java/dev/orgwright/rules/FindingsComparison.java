package dev.orgwright.rules;

import dev.orgwright.model.PositionId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a proposal does to the findings: those of the current chart it fixes and those it
 * introduces. A finding is the same in both charts when the same rule says the same thing about
 * the same position; when the position was retitled the sentence changes, so a finding of the
 * same rule on the same position still counts as the same one.
 *
 * @param fixed      findings of the current chart that the proposal no longer has
 * @param introduced findings of the proposal that the current chart did not have
 */
public record FindingsComparison(List<Finding> fixed, List<Finding> introduced) {

    public FindingsComparison {
        fixed = List.copyOf(fixed);
        introduced = List.copyOf(introduced);
    }

    /** Compares findings, positions matched by id. */
    public static FindingsComparison between(Validation current, Validation proposed) {
        return between(current, proposed, UnaryOperator.identity());
    }

    /**
     * Compares findings; {@code newIdOf} gives the id a position of the current chart has in the
     * proposal (itself unless it was re-keyed).
     */
    public static FindingsComparison between(Validation current, Validation proposed,
                                             UnaryOperator<PositionId> newIdOf) {
        Map<List<Object>, Deque<Finding>> exact = new HashMap<>();
        for (Finding f : proposed.all()) {
            exact.computeIfAbsent(key(f, f.positionId(), true), k -> new ArrayDeque<>()).add(f);
        }
        List<Finding> unmatched = new ArrayList<>();
        for (Finding f : current.all()) {
            PositionId id = f.positionId() == null ? null : newIdOf.apply(f.positionId());
            Deque<Finding> same = exact.get(key(f, id, true));
            if (same == null || same.poll() == null) {
                unmatched.add(f);
            }
        }
        Map<List<Object>, Deque<Finding>> loose = new HashMap<>();
        exact.values().forEach(q -> q.forEach(f ->
                loose.computeIfAbsent(key(f, f.positionId(), false), k -> new ArrayDeque<>()).add(f)));
        List<Finding> fixed = new ArrayList<>();
        for (Finding f : unmatched) {
            PositionId id = f.positionId() == null ? null : newIdOf.apply(f.positionId());
            Deque<Finding> reworded = loose.get(key(f, id, false));
            if (reworded == null || reworded.poll() == null) {
                fixed.add(f);
            }
        }
        List<Finding> introduced = new ArrayList<>();
        for (Finding f : proposed.all()) {
            Deque<Finding> left = loose.get(key(f, f.positionId(), false));
            if (left != null && left.remove(f)) {
                introduced.add(f);
            }
        }
        return new FindingsComparison(fixed, introduced);
    }

    private static List<Object> key(Finding f, PositionId position, boolean withMessage) {
        return withMessage ? List.of(f.ruleId(), Objects.toString(position), f.message())
                : List.of(f.ruleId(), Objects.toString(position));
    }

    public boolean isEmpty() {
        return fixed.isEmpty() && introduced.isEmpty();
    }
}
