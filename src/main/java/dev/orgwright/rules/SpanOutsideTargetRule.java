package dev.orgwright.rules;

import java.util.List;

/**
 * A manager whose span is outside the target the chart sets for its tier
 * ({@code settings.targets.span.<tier id>}: a range, or a manager archetype such as
 * {@code "supervisor"}). Where the chart sets no target, {@code span-of-control} and
 * {@code span-too-narrow} keep their limits. Assistants do not count.
 */
final class SpanOutsideTargetRule implements PositionRule {

    @Override
    public String id() {
        return "span-outside-target";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A manager's span is outside the target the chart sets for its tier (settings.targets.span).";
    }

    @Override
    public void check(PositionContext ctx, Reporter reporter) {
        int span = SpanTooNarrowRule.span(ctx);
        if (span == 0) {
            return;
        }
        Targets.span(ctx.chart().settings(), ctx.position().tierId()).ifPresent(range -> {
            if (span >= range.min() && span <= range.max()) {
                return;
            }
            reporter.report(ctx.position().id(),
                    RuleTexts.t(span == 1 ? "rules.span-outside-target.message.one" : "rules.span-outside-target.message",
                            ctx.quotedTitle(), span, ctx.tierName(ctx.position().tierId()), range.describe()),
                    RuleTexts.t(span < range.min() ? "rules.span-outside-target.explanation.below"
                            : "rules.span-outside-target.explanation.above",
                            "settings.targets.span." + ctx.position().tierId()), List.of());
        });
    }
}
