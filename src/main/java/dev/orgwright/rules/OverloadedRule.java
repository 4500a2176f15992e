package dev.orgwright.rules;

import dev.orgwright.model.Duty;
import dev.orgwright.model.Position;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A position accountable for more responsibilities than one person can answer for: more than
 * {@code rules.overloaded.max} (default 7). Which to hand over is the user's call, so no fix.
 */
final class OverloadedRule implements PositionRule {

    static final int DEFAULT_MAX = 7;

    @Override
    public String id() {
        return "overloaded";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A position accountable for more than rules.overloaded.max (7) responsibilities.";
    }

    @Override
    public void check(PositionContext ctx, Reporter reporter) {
        Position p = ctx.position();
        int max = (int) reporter.config().limit("max", DEFAULT_MAX);
        if (p.duties().size() <= max) {
            return; // cannot be accountable for more than it has duties
        }
        Set<String> accountable = new HashSet<>();
        for (Duty d : p.duties()) {
            if (d.isAccountable()) {
                accountable.add(d.responsibilityId());
            }
        }
        if (accountable.size() > max) {
            reporter.report(p.id(), RuleTexts.t("rules.overloaded.message", ctx.quotedTitle(), accountable.size(), max),
                    RuleTexts.t("rules.overloaded.explanation", "rules.overloaded.max"),
                    List.of());
        }
    }
}
