package dev.orgwright.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.LayoutOptions.Orientation;
import dev.orgwright.layout.LayoutOptions.Rows;
import org.junit.jupiter.api.Test;

/**
 * Small trees laid out by the engine and checked against coordinates worked out by hand, with
 * the default gaps (20 between boxes side by side, 40 between rows). Box i is the i-th added.
 */
class LayoutExamplesTest {

    private static final LayoutOptions PLAIN = LayoutOptions.DEFAULT;

    /** Boxes of 100 × 40 with the given parents, all of tier rank {@code ranks[i]} (0: none). */
    private static LayoutTree tree(int[] parents, int[] ranks, boolean... collapsed) {
        LayoutTree.Builder b = LayoutTree.builder(parents.length);
        for (int i = 0; i < parents.length; i++) {
            b.add(parents[i], 100, 40, ranks == null ? 0 : ranks[i], collapsed.length > i && collapsed[i]);
        }
        return b.build();
    }

    private static LaidOutBoxes place(LayoutTree tree, LayoutOptions options) {
        return new TreeLayout(options).layout(tree);
    }

    private static void assertBox(LaidOutBoxes l, int box, double x, double y) {
        assertTrue(l.isVisible(box), "box " + box + " is shown");
        assertEquals(x, l.x(box), 1e-9, "x of box " + box);
        assertEquals(y, l.y(box), 1e-9, "y of box " + box);
    }

    @Test
    void aChainIsOneColumnWithARowGapBetweenBoxes() {
        LaidOutBoxes l = place(tree(new int[] {-1, 0, 1}, null), PLAIN);

        assertBox(l, 0, 0, 0);
        assertBox(l, 1, 0, 80);
        assertBox(l, 2, 0, 160);
        assertEquals(100, l.totalWidth());
        assertEquals(200, l.totalHeight());
        // Straight down: the elbow's bar has no length, but the line keeps its four points.
        assertArrayEquals(new double[] {50, 120, 50, 140, 50, 140, 50, 160}, l.edge(2));
    }

    @Test
    void aStarPutsItsManagerOverTheMiddleOfOneRowOfReports() {
        LaidOutBoxes l = place(tree(new int[] {-1, 0, 0, 0, 0}, null), PLAIN);

        assertBox(l, 1, 0, 80);
        assertBox(l, 2, 120, 80);
        assertBox(l, 3, 240, 80);
        assertBox(l, 4, 360, 80);
        assertBox(l, 0, 180, 0);
        assertEquals(460, l.totalWidth());
        assertArrayEquals(new double[] {230, 40, 230, 60, 50, 60, 50, 80}, l.edge(1));
        assertArrayEquals(new double[] {230, 40, 230, 60, 410, 60, 410, 80}, l.edge(4));
    }

    @Test
    void aLoneReportTucksInAboveItsNeighboursWideSubtree() {
        // 0 manages 1 (a leaf) and 2 (which manages 3, 4, 5). Row 1 holds only 1 and 2, so 1 sits
        // over box 3 instead of left of the whole row below.
        LaidOutBoxes l = place(tree(new int[] {-1, 0, 0, 2, 2, 2}, null), PLAIN);

        assertBox(l, 3, 0, 160);
        assertBox(l, 4, 120, 160);
        assertBox(l, 5, 240, 160);
        assertBox(l, 2, 120, 80);
        assertBox(l, 1, 0, 80);
        assertBox(l, 0, 60, 0);
        assertEquals(340, l.totalWidth());
    }

    @Test
    void unevenSubtreesKeepTheirOrderAndTheGapRowByRow() {
        // 0 manages 1 (manages 3, 4, 5) and 2 (a leaf): 2 goes right of 1 on row 1 and may hang
        // over 1's reports on row 2, as nothing of its own is there.
        LaidOutBoxes l = place(tree(new int[] {-1, 0, 0, 1, 1, 1}, null), PLAIN);

        assertBox(l, 3, 0, 160);
        assertBox(l, 4, 120, 160);
        assertBox(l, 5, 240, 160);
        assertBox(l, 1, 120, 80);
        assertBox(l, 2, 240, 80);
        assertBox(l, 0, 180, 0);
        assertEquals(340, l.totalWidth());
    }

    @Test
    void compactModeStacksAFewLeavesInOneColumnBesideASpine() {
        LaidOutBoxes l = place(tree(new int[] {-1, 0, 0, 0}, null), PLAIN.withCompact(true));

        // The column is indented one gap from the spine, which runs down the manager's left side.
        assertBox(l, 0, 0, 0);
        assertBox(l, 1, 10, 80);
        assertBox(l, 2, 10, 140);
        assertBox(l, 3, 10, 200);
        assertEquals(110, l.totalWidth());
        assertEquals(240, l.totalHeight());
        assertArrayEquals(new double[] {50, 40, 50, 60, 0, 60, 0, 160, 10, 160}, l.edge(2));
    }

    @Test
    void compactModeStacksManyLeavesInTwoColumnsInReadingOrder() {
        LaidOutBoxes l = place(tree(new int[] {-1, 0, 0, 0, 0, 0, 0}, null), PLAIN.withCompact(true));

        // Left, right, then the next pair below: as one reads. The spine runs down the middle.
        assertBox(l, 0, 60, 0);
        assertBox(l, 1, 0, 80);
        assertBox(l, 2, 120, 80);
        assertBox(l, 3, 0, 140);
        assertBox(l, 4, 120, 140);
        assertBox(l, 5, 0, 200);
        assertBox(l, 6, 120, 200);
        assertEquals(220, l.totalWidth());
        assertArrayEquals(new double[] {110, 40, 110, 60, 110, 60, 110, 160, 100, 160}, l.edge(3));
        assertArrayEquals(new double[] {110, 40, 110, 60, 110, 60, 110, 160, 120, 160}, l.edge(4));
    }

    @Test
    void compactModeLeavesAManagerWithAReportOfItsOwnAsATidyRow() {
        // 0 manages 1 and 2; 2 manages 3. Not all of 0's reports are leaves: one row, as without compact.
        LayoutTree t = tree(new int[] {-1, 0, 0, 2}, null);
        LaidOutBoxes compact = place(t, PLAIN.withCompact(true));
        LaidOutBoxes plain = place(t, PLAIN);

        for (int box = 0; box < 4; box++) {
            assertEquals(plain.x(box), compact.x(box), 1e-9);
            assertEquals(plain.y(box), compact.y(box), 1e-9);
        }
    }

    @Test
    void aCollapsedManagerIsLaidOutAsALeafAndItsReportsAreLeftOut() {
        // 0 manages 1 (collapsed, over 3 and 4) and 2.
        LaidOutBoxes l = place(tree(new int[] {-1, 0, 0, 1, 1}, null, false, true), PLAIN);

        assertBox(l, 1, 0, 80);
        assertBox(l, 2, 120, 80);
        assertBox(l, 0, 60, 0);
        assertFalse(l.isVisible(3));
        assertFalse(l.isVisible(4));
        assertArrayEquals(new int[] {0, 1, 2}, l.inTreeOrder());
        assertEquals(0, l.edge(3).length);
        assertEquals(220, l.totalWidth());
        assertEquals(120, l.totalHeight());
    }

    @Test
    void leftToRightTurnsRowsIntoColumnsAndElbowsSideways() {
        LaidOutBoxes l = place(tree(new int[] {-1, 0, 0}, null), PLAIN.withOrientation(Orientation.LEFT_RIGHT));

        assertBox(l, 1, 140, 0);
        assertBox(l, 2, 140, 60);
        assertBox(l, 0, 0, 30);
        assertEquals(240, l.totalWidth());
        assertEquals(100, l.totalHeight());
        assertArrayEquals(new double[] {100, 50, 120, 50, 120, 20, 140, 20}, l.edge(1));
    }

    @Test
    void byTierRowsPutEveryPositionOfATierOnItsBandWhateverItsDepth() {
        // 0 (tier 1) manages 1 (tier 1) and 2 (tier 2); 1 manages 3 (tier 2). By depth, 2 would
        // share a row with 1; by tier, 2 and 3 share the tier-2 row, and 1, reporting inside its
        // own tier, sits one row lower in the tier-1 band.
        LayoutTree t = tree(new int[] {-1, 0, 0, 1}, new int[] {1, 1, 2, 2});

        LaidOutBoxes byDepth = place(t, PLAIN);
        assertEquals(byDepth.y(1), byDepth.y(2));

        LaidOutBoxes byTier = place(t, PLAIN.withRows(Rows.BY_TIER));
        assertBox(byTier, 0, 60, 0);
        assertEquals(80, byTier.y(1));
        assertEquals(160, byTier.y(2));
        assertEquals(160, byTier.y(3));
        // 2's line drops from the bar under 0 past the tier-1 row, and 3 sits clear of 2.
        assertArrayEquals(new double[] {110, 40, 110, 60, 170, 60, 170, 160}, byTier.edge(2));
        assertTrue(byTier.x(3) + 100 + 20 <= byTier.x(2) || byTier.x(2) + 100 + 20 <= byTier.x(3));
    }

    @Test
    void gapsAreOptions() {
        LaidOutBoxes l = place(tree(new int[] {-1, 0, 0}, null), PLAIN.withGaps(10, 30));

        assertBox(l, 1, 0, 70);
        assertBox(l, 2, 110, 70);
        assertBox(l, 0, 55, 0);
    }
}
