package dev.orgwright.rules;

import java.util.List;

/**
 * Positions deeper than the chart's target number of layers ({@code settings.targets.layers}, or
 * {@code rules.too-many-layers.max}, default 8). Reported once per branch: on each position in
 * the first layer too many, so that a deep team gives one finding, not one per position.
 */
final class TooManyLayersRule implements PositionRule {

    static final int DEFAULT_MAX = 8;

    @Override
    public String id() {
        return "too-many-layers";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A branch deeper than the target number of layers (settings.targets.layers, otherwise 8).";
    }

    @Override
    public void check(PositionContext ctx, Reporter reporter) {
        int max = Targets.layers(ctx.chart().settings())
                .orElse((int) reporter.config().limit("max", DEFAULT_MAX));
        if (ctx.layer() != max + 1) {
            return;
        }
        reporter.report(ctx.position().id(),
                RuleTexts.t("rules.too-many-layers.message", ctx.quotedTitle(), ctx.layer(), max),
                RuleTexts.t("rules.too-many-layers.explanation", "settings.targets.layers"), List.of());
    }
}
