package dev.orgwright.rules;

import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.List;

/**
 * A manager below the top with two or more direct reports but fewer than
 * {@code rules.span-too-narrow.min} (default 3): a narrow span adds cost and layers. A manager of
 * a single report is {@code single-report-chain}'s, and a tier with a target span
 * ({@code settings.targets.span}) is {@code span-outside-target}'s. Assistants do not count.
 */
final class SpanTooNarrowRule implements PositionRule {

    static final int DEFAULT_MIN = 3;

    @Override
    public String id() {
        return "span-too-narrow";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "A manager below the top with fewer direct reports than rules.span-too-narrow.min (3), one report"
                + " aside.";
    }

    /** Direct reports who are not assistants. */
    static int span(PositionContext ctx) {
        int span = 0;
        for (PositionId r : ctx.chart().childrenOf(ctx.position().id())) {
            Position report = ctx.chart().position(r);
            span += report.assistant() ? 0 : 1;
        }
        return span;
    }

    @Override
    public void check(PositionContext ctx, Reporter reporter) {
        if (ctx.position().reportsTo() == null
                || Targets.span(ctx.chart().settings(), ctx.position().tierId()).isPresent()
                || ctx.position().archetype() != null) {
            return;
        }
        int span = span(ctx);
        int min = (int) reporter.config().limit("min", DEFAULT_MIN);
        if (span < 2 || span >= min) {
            return;
        }
        reporter.report(ctx.position().id(), RuleTexts.t("rules.span-too-narrow.message", ctx.quotedTitle(), span, min),
                RuleTexts.t("rules.span-too-narrow.explanation", "rules.span-too-narrow.min"),
                List.of());
    }
}
