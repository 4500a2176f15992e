package dev.orgwright.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.Chart;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A view's frame never waits for another thread that is routing the same layout's dotted lines
 * (an export in the background): it draws what is settled, reports the rest pending, and gets
 * the lines once the other thread is done.
 */
class DottedLinesWhileExportingTest {

    @Test
    void aFrameDoesNotWaitWhileAnotherThreadRoutesTheLayoutsDottedLines() throws Exception {
        Chart chart = SampleCharts.leadershipTeam();
        TreeLayout engine = new TreeLayout(LayoutOptions.DEFAULT);
        ChartLayout layout = engine.layout(chart, CardSizer.fixed(100, 50));
        Box b = layout.bounds();
        CountDownLatch routing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The other thread stops in the middle of its routing, holding what it holds there.
        RoutingBudget held = () -> {
            routing.countDown();
            try {
                return release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
        CompletableFuture<DottedLinesSoFar> other = CompletableFuture.supplyAsync(
                () -> layout.dottedLinesIn(b.x(), b.y(), b.width(), b.height(), held));
        try {
            assertTrue(routing.await(30, TimeUnit.SECONDS), "the other thread routes");
            DottedLinesSoFar frame = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> layout.dottedLinesIn(b.x(), b.y(), b.width(), b.height(), RoutingBudget.pieces(100)));
            assertTrue(frame.pending(), "the line being routed elsewhere is pending");
            assertEquals(List.of(), frame.lines());
        } finally {
            release.countDown();
        }
        other.get(30, TimeUnit.SECONDS);
        DottedLinesSoFar after = layout.dottedLinesIn(b.x(), b.y(), b.width(), b.height(), RoutingBudget.pieces(100));
        assertFalse(after.pending());
        assertEquals(engine.layout(chart, CardSizer.fixed(100, 50)).dottedLines(), after.lines());
        assertEquals(1, after.lines().size());
    }
}
