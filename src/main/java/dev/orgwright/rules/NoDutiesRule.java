package dev.orgwright.rules;

import java.util.List;

/** A position with no duties: the tier rules have nothing to check it against. */
final class NoDutiesRule implements PositionRule {

    @Override
    public String id() {
        return "no-duties";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "A position with no duties.";
    }

    @Override
    public void check(PositionContext ctx, Reporter reporter) {
        if (ctx.position().duties().isEmpty()) {
            reporter.report(ctx.position().id(), RuleTexts.t("rules.no-duties.message", ctx.quotedTitle()),
                    RuleTexts.t("rules.no-duties.explanation"), List.of());
        }
    }
}
