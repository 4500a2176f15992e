package dev.orgwright.rules;

import dev.orgwright.model.PositionId;
import java.util.List;
import java.util.Optional;

/**
 * Something a rule found in a chart: which rule, how much it matters, where, what in one plain
 * sentence, why (which words matched, which limit was passed), and the fixes it offers, best
 * first.
 *
 * @param ruleId      the rule's id, e.g. {@code duty-outside-tier}
 * @param severity    how much it matters
 * @param positionId  the position it is about, or {@code null} for the chart as a whole
 * @param message     one sentence naming the position's title and what is wrong
 * @param explanation why the rule fired, for a user who wants to know
 * @param fixes       changes that resolve it, best first; empty when only the user can decide
 */
public record Finding(String ruleId, Severity severity, PositionId positionId, String message,
                      String explanation, List<Fix> fixes) {

    public Finding {
        fixes = List.copyOf(fixes);
    }

    public Optional<PositionId> position() {
        return Optional.ofNullable(positionId);
    }

    /** The best fix, when there is one. */
    public Optional<Fix> fix() {
        return fixes.isEmpty() ? Optional.empty() : Optional.of(fixes.get(0));
    }
}
