package dev.orgwright.layout;

import dev.orgwright.model.PositionId;
import java.util.Arrays;
import java.util.Map;

/**
 * The least of small ranks given to positions, for every team of one layout: a team's rank is
 * the least given to it or to anyone below it, as "the worst finding in this team" asks. Kept in
 * an array indexed like the layout and filled by walking up from each ranked position, stopping
 * at the first manager that already has as low a rank, so marking costs about what is marked,
 * not the size of the chart, and reading a team's rank costs one look-up. The ranks carry over to
 * a later layout that numbers the positions the same way (one updated after an edit), so that
 * only the positions whose rank changed need to be looked up again.
 */
public final class TeamRanks {

    /** What a team none of whose positions was ranked reads as. */
    public static final int NONE = Byte.MAX_VALUE;

    private final LayoutTree tree;
    private final Map<PositionId, Integer> index;
    private final PositionId[] ids;
    /** Each position's own rank, by its place in the layout. */
    private final byte[] own;
    /** The least rank in each team, by the place of its manager. */
    private final byte[] least;

    TeamRanks(LayoutTree tree, Map<PositionId, Integer> index, PositionId[] ids) {
        this.tree = tree;
        this.index = index;
        this.ids = ids;
        this.own = new byte[tree.size()];
        this.least = new byte[tree.size()];
        Arrays.fill(own, (byte) NONE);
        Arrays.fill(least, (byte) NONE);
    }

    /**
     * Gives {@code id} the rank {@code rank} (0 to {@link #NONE} - 1), and so every team it is in;
     * false, changing nothing, when the layout does not place {@code id}.
     */
    public boolean mark(PositionId id, int rank) {
        if (rank < 0 || rank >= NONE) {
            throw new IllegalArgumentException("A rank runs from 0 to " + (NONE - 1) + ", not " + rank + ".");
        }
        Integer i = index.get(id);
        if (i == null) {
            return false;
        }
        if (own[i] > rank) {
            own[i] = (byte) rank;
        }
        raise(i, rank);
        return true;
    }

    /**
     * These ranks in the teams of {@code later}, with each position of {@code changed} ranked
     * anew ({@link #NONE}: not ranked any more) and every other keeping its own; null when
     * {@code later} numbers the positions differently (laid out afresh) or places a position
     * this layout did not place and {@code changed} does not rank, so that a fresh
     * {@link ChartLayout#teamRanks()} must be marked instead. Costs a pass over the layout's
     * arrays and a look-up per changed position, however many positions are ranked.
     */
    public TeamRanks carriedTo(ChartLayout later, Map<PositionId, Integer> changed) {
        PositionId[] laterIds = later.ids();
        if (laterIds != ids && !startsWith(laterIds, ids)) {
            return null;
        }
        for (int i = ids.length; i < laterIds.length; i++) {
            if (!changed.containsKey(laterIds[i])) {
                return null; // its rank is not known
            }
        }
        TeamRanks next = new TeamRanks(later.tree(), later.index(), laterIds);
        System.arraycopy(own, 0, next.own, 0, Math.min(own.length, next.own.length));
        for (Map.Entry<PositionId, Integer> e : changed.entrySet()) {
            int rank = e.getValue();
            if (rank < 0 || rank > NONE) {
                throw new IllegalArgumentException("A rank runs from 0 to " + NONE + ", not " + rank + ".");
            }
            Integer i = next.index.get(e.getKey());
            if (i != null) {
                next.own[i] = (byte) rank;
            }
        }
        byte[] ranks = next.own;
        for (int i = 0; i < ranks.length; i++) {
            if (ranks[i] < NONE) {
                next.raise(i, ranks[i]);
            }
        }
        return next;
    }

    /** The least rank in the team of {@code manager}; {@link #NONE} when none, or when the layout does not place it. */
    public int least(PositionId manager) {
        Integer i = index.get(manager);
        return i == null ? NONE : least[i];
    }

    private void raise(int from, int rank) {
        for (int at = from; at >= 0 && least[at] > rank; at = tree.parentOf(at)) {
            least[at] = (byte) rank;
        }
    }

    /** Whether {@code longer} holds the very ids of {@code prefix} at the same places (positions added after). */
    private static boolean startsWith(PositionId[] longer, PositionId[] prefix) {
        if (longer.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (longer[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
