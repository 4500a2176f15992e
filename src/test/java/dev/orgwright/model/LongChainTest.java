package dev.orgwright.model;

import static dev.orgwright.model.ChartFixtures.chainPositions;
import static dev.orgwright.model.ChartFixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A chain of 100,000 positions, each reporting to the one before. Nothing in the model may
 * recurse along the chain: a recursive walk would overflow the stack long before the bottom.
 */
class LongChainTest {

    private static final int LENGTH = 100_000;
    private static final PositionId TOP = id("p0");
    private static final PositionId BOTTOM = id("p" + (LENGTH - 1));

    private static Chart chain;

    @BeforeAll
    static void buildTheChain() throws InvalidChartException {
        chain = Chart.builder().title("Deep").addAll(chainPositions(LENGTH)).build();
    }

    @Test
    void buildsAndWalksInTreeOrder() {
        assertEquals(LENGTH, chain.size());
        assertEquals(List.of(TOP), chain.roots());
        int i = 0;
        for (Position p : chain.inTreeOrder()) {
            assertEquals("p" + i, p.id().value());
            i++;
        }
        assertEquals(LENGTH, i);
    }

    @Test
    void subtreeAndChainOfCommandReachTheOtherEnd() {
        List<PositionId> all = chain.subtree(TOP);
        assertEquals(LENGTH, all.size());
        assertEquals(BOTTOM, all.get(LENGTH - 1));
        assertEquals(LENGTH - 1, chain.chainOfCommand(BOTTOM).size());
        assertTrue(chain.isInSubtreeOf(BOTTOM, TOP));
        assertFalse(chain.isInSubtreeOf(TOP, BOTTOM));
    }

    @Test
    void movingTheTopUnderTheBottomIsRefused() {
        EditRefusedException e = org.junit.jupiter.api.Assertions.assertThrows(EditRefusedException.class,
                () -> Edits.move(TOP, BOTTOM, -1).apply(chain));
        assertTrue(e.getMessage().contains("is part of the team below"), e.getMessage());
    }

    @Test
    void movingTheBottomToTheTop() {
        Chart underTop = Edits.move(BOTTOM, TOP, 0).apply(chain);
        assertEquals(List.of(BOTTOM, id("p1")), underTop.childrenOf(TOP));
        assertEquals(List.of(TOP), underTop.chainOfCommand(BOTTOM));

        Chart asRoot = Edits.move(BOTTOM, null, 0).apply(chain);
        assertEquals(List.of(BOTTOM, TOP), asRoot.roots());
        assertNull(asRoot.position(BOTTOM).reportsTo());
        assertEquals(LENGTH, asRoot.size());
    }

    @Test
    void removingTheTopWithItsSubtreeEmptiesTheChart() {
        Edit edit = Edits.removeWithSubtree(TOP);
        assertEquals("Remove 'Level 0' and the 99,999 positions below it", edit.label(chain));

        Chart after = edit.apply(chain);

        assertEquals(0, after.size());
        assertEquals(List.of(), after.roots());
        assertEquals(LENGTH, chain.size());
    }

    @Test
    void removingTheTopKeepingReportsMakesTheNextOneTheTop() {
        Chart after = Edits.removeKeepingReports(TOP).apply(chain);
        assertEquals(List.of(id("p1")), after.roots());
        assertEquals(LENGTH - 1, after.size());
    }

    @Test
    void aChainEqualsItsRebuildAndRefusesRemovingItsTierInUse() {
        Chart again = ChartPropertiesTest.rebuild(chain);
        assertEquals(chain, again);
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(EditRefusedException.class,
                () -> TierEdits.remove(Templates.EXECUTIVE).apply(chain)).getMessage()
                .contains("100000 positions are in it"));
    }
}
