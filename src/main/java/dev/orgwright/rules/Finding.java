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
 * @param details     the figures behind the finding (scores, confidences, the settings that set
 *                    the limits), for a user who wants them; empty when there are none. Kept
 *                    apart so that the message and explanation read plainly.
 */
public record Finding(String ruleId, Severity severity, PositionId positionId, String message,
                      String explanation, List<Fix> fixes, String details) {

    public Finding {
        fixes = List.copyOf(fixes);
        details = details == null ? "" : details;
    }

    /** A finding with no figures behind it. */
    public Finding(String ruleId, Severity severity, PositionId positionId, String message, String explanation,
                   List<Fix> fixes) {
        this(ruleId, severity, positionId, message, explanation, fixes, "");
    }

    public Optional<PositionId> position() {
        return Optional.ofNullable(positionId);
    }

    /** The best fix, when there is one. */
    public Optional<Fix> fix() {
        return fixes.isEmpty() ? Optional.empty() : Optional.of(fixes.get(0));
    }
}
