package dev.orgwright.rules;

import dev.orgwright.model.Edits;
import java.util.List;

/** A position in no tier: the tier rules cannot judge it. The fix uses the tier its title reads as. */
final class MissingTierRule implements PositionRule {

    @Override
    public String id() {
        return "missing-tier";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A position that is in no tier.";
    }

    @Override
    public void check(PositionContext ctx, Reporter reporter) {
        if (ctx.position().tierId() != null) {
            return;
        }
        List<Fix> fixes = ctx.titles().read(ctx.position().title())
                .filter(r -> TierChange.isSafe(ctx, r.tier()))
                .map(r -> List.of(new Fix(Edits.setTier(ctx.position().id(), r.tier().id()))))
                .orElse(List.of());
        reporter.report(ctx.position().id(), RuleTexts.t("rules.missing-tier.message", ctx.quotedTitle()),
                RuleTexts.t("rules.missing-tier.explanation"), fixes);
    }
}
