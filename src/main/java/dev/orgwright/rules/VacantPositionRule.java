package dev.orgwright.rules;

import java.util.List;

/** A position nobody holds yet: worth knowing when presenting a chart, not a fault. */
final class VacantPositionRule implements PositionRule {

    @Override
    public String id() {
        return "vacant-position";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "A position nobody holds.";
    }

    @Override
    public void check(PositionContext ctx, Reporter reporter) {
        if (ctx.position().isVacant()) {
            reporter.report(ctx.position().id(), RuleTexts.t("rules.vacant-position.message", ctx.quotedTitle()),
                    RuleTexts.t("rules.vacant-position.explanation"), List.of());
        }
    }
}
