package dev.orgwright.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RoutingBudgetTest {

    @Test
    void aCountedBudgetGrantsItsPiecesAndStepsAndThenNoMore() {
        RoutingBudget b = RoutingBudget.pieces(2, 1);
        assertTrue(b.take());
        assertTrue(b.take());
        assertFalse(b.take());
        assertTrue(b.goOn());
        assertFalse(b.goOn());
        assertFalse(b.take());
    }

    @Test
    void aFrameWhoseTimeIsUpStillRoutesOneLineSoThatFramesMakeProgress() {
        RoutingBudget b = RoutingBudget.millis(0);
        assertFalse(b.goOn(), "no time for the lighter steps");
        assertTrue(b.take(), "a line's extent");
        assertTrue(b.take(), "and its route");
        assertFalse(b.take());
        assertFalse(b.goOn());
    }

    @Test
    void theUnlimitedBudgetNeverSaysNo() {
        for (int i = 0; i < 1_000; i++) {
            assertTrue(RoutingBudget.UNLIMITED.take());
            assertTrue(RoutingBudget.UNLIMITED.goOn());
        }
    }
}
