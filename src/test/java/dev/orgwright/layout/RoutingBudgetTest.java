package dev.orgwright.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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
    void aFrameWithABackgroundStopsAPieceShortlyAfterItsTimeAndOnlyThen() {
        java.util.concurrent.Executor background = Runnable::run;
        long before = System.nanoTime();
        RoutingBudget frame = RoutingBudget.millis(8, background);
        long after = System.nanoTime();
        assertSame(background, frame.background());
        assertTrue(frame.deadline() >= before + 8_000_000 + RoutingBudget.PIECE_GRACE_NANOS);
        assertTrue(frame.deadline() <= after + 8_000_000 + RoutingBudget.PIECE_GRACE_NANOS);
        assertNull(RoutingBudget.millis(8).background(), "without a background every piece is done in the frame");
        assertEquals(Long.MAX_VALUE, RoutingBudget.millis(8).deadline());
        assertEquals(Long.MAX_VALUE, RoutingBudget.UNLIMITED.deadline());
        assertNull(RoutingBudget.pieces(3).background());
    }

    @Test
    void theUnlimitedBudgetNeverSaysNo() {
        for (int i = 0; i < 1_000; i++) {
            assertTrue(RoutingBudget.UNLIMITED.take());
            assertTrue(RoutingBudget.UNLIMITED.goOn());
        }
    }
}
