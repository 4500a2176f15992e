package dev.orgwright.rules;

import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.Tier;
import java.util.List;
import java.util.Optional;

/**
 * A position managed by a position of a lower tier: a CTO reporting to a head of IT. The fix
 * moves it under the nearest manager above of its own tier or a higher one.
 */
final class ManagerLowerTierRule implements PositionRule {

    @Override
    public String id() {
        return "manager-lower-tier";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A position that reports to a position of a lower tier.";
    }

    @Override
    public void check(PositionContext ctx, Reporter reporter) {
        Optional<Tier> own = ctx.tier();
        Optional<Position> manager = ctx.manager();
        if (own.isEmpty() || manager.isEmpty() || manager.get().tierId() == null) {
            return;
        }
        Optional<Tier> managerTier = ctx.chart().tier(manager.get().tierId());
        if (managerTier.isEmpty() || managerTier.get().rank() <= own.get().rank()) {
            return;
        }
        Position p = ctx.position();
        String message = RuleTexts.t("rules.manager-lower-tier.message", ctx.quotedTitle(), own.get().name(),
                manager.get().title(), managerTier.get().name());
        String explanation = RuleTexts.t("rules.manager-lower-tier.explanation", own.get().name(), own.get().rank(),
                managerTier.get().name(), managerTier.get().rank());
        List<Fix> fixes = ctx.nearestAboveAtOrAbove(own.get().rank())
                .map(target -> List.of(new Fix(Edits.move(p.id(), target, -1))))
                .orElse(List.of());
        reporter.report(p.id(), message, explanation, fixes);
    }
}
