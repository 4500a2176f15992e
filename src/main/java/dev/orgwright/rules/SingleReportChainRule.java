package dev.orgwright.rules;

import java.util.List;

/**
 * A manager with exactly one direct report (assistants aside): a one-over-one pair is a layer
 * that the work may not need.
 */
final class SingleReportChainRule implements PositionRule {

    @Override
    public String id() {
        return "single-report-chain";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "A manager with a single direct report: one layer more than the work may need.";
    }

    @Override
    public void check(PositionContext ctx, Reporter reporter) {
        // The message does not name the report: a finding changes only with its own position and team.
        if (SpanTooNarrowRule.span(ctx) != 1) {
            return;
        }
        reporter.report(ctx.position().id(), RuleTexts.t("rules.single-report-chain.message", ctx.quotedTitle()),
                RuleTexts.t("rules.single-report-chain.explanation"), List.of());
    }
}
