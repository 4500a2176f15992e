package dev.orgwright.rules;

import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import java.util.Optional;

/**
 * Whether putting a position in another tier keeps its reporting lines within the tier rules:
 * its manager must not rank lower than the new tier, and none of its reports may rank higher.
 * Fixes that change a tier are only offered when this holds, so a fix never creates an error.
 */
final class TierChange {

    private TierChange() {
    }

    static boolean isSafe(PositionContext ctx, Tier newTier) {
        Optional<Position> manager = ctx.manager();
        if (manager.isPresent()) {
            Optional<Tier> managerTier = Optional.ofNullable(manager.get().tierId()).flatMap(ctx.chart()::tier);
            if (managerTier.isPresent() && managerTier.get().rank() > newTier.rank()) {
                return false;
            }
        }
        for (PositionId report : ctx.chart().childrenOf(ctx.position().id())) {
            Optional<Tier> t = Optional.ofNullable(ctx.chart().position(report).tierId()).flatMap(ctx.chart()::tier);
            if (t.isPresent() && t.get().rank() < newTier.rank()) {
                return false;
            }
        }
        return true;
    }
}
