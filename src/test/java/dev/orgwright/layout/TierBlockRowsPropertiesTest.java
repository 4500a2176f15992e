package dev.orgwright.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The automatic layout with rows by tier keeps the tiers readable as bands in every block row:
 * on random charts whose tiers go down the reporting lines, every position of one tier (and as
 * many managers of its own tier above it in the row) lies at the same depth across the row's
 * blocks, a higher tier always above a lower one, and every position lies in one block row.
 * Stacked leaves hang from their manager's stack and are left out, as in compact mode.
 */
class TierBlockRowsPropertiesTest {

    private static final double EPSILON = 1e-6;

    /** A random tree whose ranks never rise down a reporting line; a few collapsed boxes. */
    private static LayoutTree tieredTree(int n, long seed) {
        Random random = new Random(seed);
        int[] rank = new int[n];
        LayoutTree.Builder b = LayoutTree.builder(n);
        for (int i = 0; i < n; i++) {
            int parent = i == 0 ? -1 : random.nextInt(i);
            rank[i] = parent < 0 ? 1 + random.nextInt(2) : Math.min(5, rank[parent] + random.nextInt(2));
            b.add(parent, 20 + random.nextInt(200), 20 + random.nextInt(80), rank[i], random.nextInt(30) == 0);
        }
        return b.build();
    }

    @Property(tries = 60)
    void everyBlockRowHasItsTierBandsAligned(@ForAll @IntRange(min = 1, max = 400) int n,
                                             @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
                                             @ForAll @DoubleRange(min = 0.3, max = 4) double aspect) {
        LayoutTree tree = tieredTree(n, seed);
        for (LayoutOptions.Orientation orientation : LayoutOptions.Orientation.values()) {
            LayoutOptions options = LayoutOptions.AUTO.withRows(LayoutOptions.Rows.BY_TIER).withOrientation(orientation)
                    .withAspect(aspect);
            TierWrapLayout.Result result = TierWrapLayout.layOut(tree, options);
            Placement p = result.placement();
            boolean topDown = orientation == LayoutOptions.Orientation.TOP_DOWN;
            int[] rowOf = new int[tree.size()];
            Arrays.fill(rowOf, -1);
            int placedInRows = 0;
            for (int r = 0; r < result.blockRows().size(); r++) {
                for (int box : result.blockRows().get(r)) {
                    assertEquals(-1, rowOf[box], "box " + box + " lies in one block row");
                    rowOf[box] = r;
                    placedInRows++;
                }
            }
            int wrappedManagers = 0;
            for (int box : p.preorder()) {
                wrappedManagers += rowOf[box] < 0 ? 1 : 0;
            }
            assertEquals(p.preorder().length, placedInRows + wrappedManagers);
            for (int r = 0; r < result.blockRows().size(); r++) {
                Map<Long, Double> depthOfBand = new HashMap<>();
                double[] highestOfRank = new double[7];
                double[] lowestOfRank = new double[7];
                Arrays.fill(highestOfRank, Double.POSITIVE_INFINITY);
                Arrays.fill(lowestOfRank, Double.NEGATIVE_INFINITY);
                for (int box : result.blockRows().get(r)) {
                    if (p.isStacked(box)) {
                        continue;
                    }
                    int rank = tree.tierRank[box];
                    int run = 0;
                    for (int up = tree.parentOf(box); up >= 0 && rowOf[up] == r && tree.tierRank[up] == rank;
                         up = tree.parentOf(up)) {
                        run++;
                    }
                    double d = topDown ? p.y(box) : p.x(box);
                    Double same = depthOfBand.putIfAbsent(rank * 10_000L + run, d);
                    assertTrue(same == null || Math.abs(same - d) < EPSILON, "box " + box + " of tier " + rank
                            + " sits in its band's row " + run + " with the rest of block row " + r + " in " + options);
                    highestOfRank[rank] = Math.min(highestOfRank[rank], d);
                    lowestOfRank[rank] = Math.max(lowestOfRank[rank], d);
                }
                for (int higher = 1; higher < highestOfRank.length; higher++) {
                    for (int lower = higher + 1; lower < highestOfRank.length; lower++) {
                        if (lowestOfRank[higher] > Double.NEGATIVE_INFINITY && highestOfRank[lower] < Double.POSITIVE_INFINITY) {
                            assertTrue(lowestOfRank[higher] < highestOfRank[lower], "tier " + higher
                                    + " lies above tier " + lower + " in block row " + r + " in " + options);
                        }
                    }
                }
            }
        }
    }
}
