package dev.orgwright.rules;

import dev.orgwright.model.Templates;
import dev.orgwright.model.Tier;
import java.util.List;
import java.util.Optional;

/**
 * A position of a lower tier with no Senior Management position anywhere above it: a department
 * nobody at the strategic level answers for. The tier that provides oversight is
 * {@code rules.no-senior-oversight.tier} (default: {@code senior}, or the highest tier when the
 * chart has no tier of that id).
 */
final class NoSeniorOversightRule implements PositionRule {

    @Override
    public String id() {
        return "no-senior-oversight";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A position of a lower tier with no Senior Management position above it.";
    }

    @Override
    public void check(PositionContext ctx, Reporter reporter) {
        Optional<Tier> own = ctx.tier();
        Optional<Tier> oversight = oversightTier(ctx, reporter.config());
        if (own.isEmpty() || oversight.isEmpty() || own.get().rank() <= oversight.get().rank()) {
            return;
        }
        if (ctx.nearestAboveAtOrAbove(oversight.get().rank()).isPresent()) {
            return;
        }
        reporter.report(ctx.position().id(),
                RuleTexts.t("rules.no-senior-oversight.message", ctx.quotedTitle(), own.get().name(),
                        oversight.get().name()),
                RuleTexts.t(ctx.position().isRoot() ? "rules.no-senior-oversight.explanation.top"
                        : "rules.no-senior-oversight.explanation", oversight.get().name()),
                List.of());
    }

    private static Optional<Tier> oversightTier(PositionContext ctx, RuleConfig config) {
        String id = config.text("tier", Templates.SENIOR);
        Optional<Tier> named = ctx.chart().tier(id);
        return named.isPresent() ? named : ctx.chart().tiers().stream().findFirst();
    }
}
