package dev.orgwright.rules;

import dev.orgwright.model.ManagerArchetype;
import java.util.List;

/**
 * A manager whose span is outside the target the chart sets for its tier
 * ({@code settings.targets.span.<tier id>}: a range, or a manager archetype such as
 * {@code "supervisor"}), or outside the target of the manager archetype the position itself is
 * given ({@code "archetype"}, ranges overridable under {@code settings.targets.archetype}), which
 * comes first. Where the chart sets no target, {@code span-of-control} and
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
        ManagerArchetype archetype = ctx.position().archetype();
        if (archetype != null) {
            checkArchetype(ctx, reporter, archetype, span);
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

    private static void checkArchetype(PositionContext ctx, Reporter reporter, ManagerArchetype archetype, int span) {
        int[] range = archetype.targetSpan(ctx.chart().settings());
        if (span >= range[0] && span <= range[1]) {
            return;
        }
        String target = range[1] == Integer.MAX_VALUE ? RuleTexts.t("analysis.rule.archetype.openRange", range[0])
                : RuleTexts.t("analysis.rule.archetype.range", range[0], range[1]);
        reporter.report(ctx.position().id(), RuleTexts.t(span == 1 ? "analysis.rule.archetype.message.one"
                        : "analysis.rule.archetype.message", ctx.quotedTitle(), span, archetype.key(), target),
                RuleTexts.t(span < range[0] ? "analysis.rule.archetype.fix.narrow" : "analysis.rule.archetype.fix.wide",
                        archetype.key()), List.of());
    }
}
