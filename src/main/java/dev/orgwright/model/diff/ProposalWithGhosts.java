package dev.orgwright.model.diff;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The proposed chart with the positions it removes put back where they stood (under their old
 * manager, after their old previous sibling), so that the comparison view and its exports can
 * draw them as ghosts in their place. Ghosts have no dotted lines; a ghost whose manager went
 * too hangs under that manager's ghost.
 *
 * @param chart  the proposal plus the ghosts
 * @param ghosts the ids of the ghosts
 */
public record ProposalWithGhosts(Chart chart, Set<PositionId> ghosts) {

    /** The new chart of {@code diff} with the positions of the old one that it lost put back as ghosts. */
    public static ProposalWithGhosts of(ChartDiff diff) {
        Chart old = diff.oldChart();
        Chart c = diff.newChart();
        Set<PositionId> ghosts = new HashSet<>();
        for (Position p : old.inTreeOrder()) {
            PositionId id = diff.newIdOf(p.id());
            if (c.contains(id)) {
                continue;
            }
            PositionId manager = p.reportsTo() == null ? null : diff.newIdOf(p.reportsTo());
            if (manager != null && !c.contains(manager)) {
                manager = null;
            }
            String tier = p.tierId() != null && c.tier(p.tierId()).isPresent() ? p.tierId() : null;
            // A ghost is drawn only; values of fields the proposal dropped have no place on it.
            Position ghost = p.withId(id).withTier(tier).withReportsTo(manager).withDottedLines(List.of())
                    .withFieldValues(dev.orgwright.model.FieldValues.NONE);
            c = Edits.add(ghost, indexAfterOldSibling(old, c, p, manager, diff)).apply(c);
            ghosts.add(id);
        }
        return new ProposalWithGhosts(c, Set.copyOf(ghosts));
    }

    private static int indexAfterOldSibling(Chart old, Chart c, Position p, PositionId manager, ChartDiff diff) {
        List<PositionId> oldSiblings = old.siblingsOf(p.id());
        List<PositionId> siblings = manager == null ? c.roots() : c.childrenOf(manager);
        for (int i = oldSiblings.indexOf(p.id()) - 1; i >= 0; i--) {
            int at = siblings.indexOf(diff.newIdOf(oldSiblings.get(i)));
            if (at >= 0) {
                return at + 1;
            }
        }
        return 0;
    }
}
