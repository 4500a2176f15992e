package dev.orgwright.layout;

import dev.orgwright.model.PositionId;
import java.util.Arrays;

/**
 * The least of small ranks given to positions, for every team of one layout: a team's rank is
 * the least given to it or to anyone below it, as "the worst finding in this team" asks. Kept in
 * an array indexed like the layout and filled by walking up from each ranked position, stopping
 * at the first manager that already has as low a rank, so marking costs about what is marked,
 * not the size of the chart, and reading a team's rank costs one look-up.
 */
public final class TeamRanks {

    /** What a team none of whose positions was ranked reads as. */
    public static final int NONE = Byte.MAX_VALUE;

    private final LayoutTree tree;
    private final java.util.Map<PositionId, Integer> index;
    private final byte[] least;

    TeamRanks(LayoutTree tree, java.util.Map<PositionId, Integer> index) {
        this.tree = tree;
        this.index = index;
        this.least = new byte[tree.size()];
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
        for (int at = i; at >= 0 && least[at] > rank; at = tree.parentOf(at)) {
            least[at] = (byte) rank;
        }
        return true;
    }

    /** The least rank in the team of {@code manager}; {@link #NONE} when none, or when the layout does not place it. */
    public int least(PositionId manager) {
        Integer i = index.get(manager);
        return i == null ? NONE : least[i];
    }
}
