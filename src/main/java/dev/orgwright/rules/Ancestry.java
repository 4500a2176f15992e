package dev.orgwright.rules;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For one position, the nearest position of each tier in its chain of command. Computed once
 * per position while walking the tree from the top (a child's ancestry is its manager's plus
 * the manager), so rules ask "who is the nearest senior above?" in constant time even on a
 * chain of 100,000 positions.
 */
final class Ancestry {

    /** Tier positions by tier id, in rank order; shared by every ancestry of one validation. */
    static final class TierIndex {
        private final Map<String, Integer> slot = new HashMap<>();
        private final List<Tier> tiers;

        TierIndex(List<Tier> tiers) {
            this.tiers = tiers;
            for (int i = 0; i < tiers.size(); i++) {
                slot.put(tiers.get(i).id(), i);
            }
        }

        int slotOf(String tierId) {
            return tierId == null ? -1 : slot.getOrDefault(tierId, -1);
        }

        int size() {
            return tiers.size();
        }

        Tier tier(int slot) {
            return tiers.get(slot);
        }
    }

    private final TierIndex index;
    private final PositionId[] nearest;
    private final int[] depth;
    private final int ownDepth;

    private Ancestry(TierIndex index, PositionId[] nearest, int[] depth, int ownDepth) {
        this.index = index;
        this.nearest = nearest;
        this.depth = depth;
        this.ownDepth = ownDepth;
    }

    /** The layer of the position this is the ancestry of: 1 for a root. */
    int layer() {
        return ownDepth + 1;
    }

    /** The ancestry of a root: nobody above. */
    static Ancestry ofRoot(TierIndex index) {
        PositionId[] ids = new PositionId[index.size()];
        int[] depths = new int[index.size()];
        Arrays.fill(depths, -1);
        return new Ancestry(index, ids, depths, 0);
    }

    /** The ancestry of a report of {@code manager}, whose own ancestry is this one. */
    Ancestry below(Position manager) {
        int slot = index.slotOf(manager.tierId());
        if (slot < 0) {
            return new Ancestry(index, nearest, depth, ownDepth + 1); // nothing new: share the arrays
        }
        PositionId[] ids = nearest.clone();
        int[] depths = depth.clone();
        ids[slot] = manager.id();
        depths[slot] = ownDepth;
        return new Ancestry(index, ids, depths, ownDepth + 1);
    }

    /** Walks up from {@code id}: O(depth), for the few positions an edit touched. */
    static Ancestry of(Chart chart, PositionId id, TierIndex index) {
        List<PositionId> chain = chart.chainOfCommand(id);
        Ancestry a = ofRoot(index);
        for (int i = chain.size() - 1; i >= 0; i--) {
            a = a.below(chart.position(chain.get(i)));
        }
        return a;
    }

    /** The nearest position of {@code tierId} above, or {@code null}. */
    PositionId nearestOf(String tierId) {
        int slot = index.slotOf(tierId);
        return slot < 0 ? null : nearest[slot];
    }

    /** The nearest position above whose tier ranks {@code rank} or higher (a smaller number), or null. */
    PositionId nearestAtOrAbove(int rank) {
        PositionId best = null;
        int bestDepth = -1;
        for (int i = 0; i < nearest.length; i++) {
            if (nearest[i] != null && index.tier(i).rank() <= rank && depth[i] > bestDepth) {
                best = nearest[i];
                bestDepth = depth[i];
            }
        }
        return best;
    }
}
