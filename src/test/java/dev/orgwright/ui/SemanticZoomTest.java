package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.bench.IoBenchmark;
import dev.orgwright.model.Chart;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Semantic zoom in the real window: Fit All on thousands of positions shows teams as blocks, zooming in shows cards. */
@ExtendWith(ApplicationExtension.class)
class SemanticZoomTest {

    private MainWindow window;

    @org.junit.jupiter.api.AfterEach
    void endPresentation() throws Exception {
        onFx(() -> {
            window.presentation().exit();
            return null;
        });
    }

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, new RecordingDialogs());
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        T value = WaitForAsyncUtils.asyncFx(task).get();
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    @Test
    void fitAllOnAFiveThousandPositionChartDrawsTeamsAsBlocksAndZoomingInBringsTheCardsBack(FxRobot robot)
            throws Exception {
        assertTrue(onFx(() -> window.canvas().teamBlocks().isEmpty()), "the sample fitted shows cards");

        Chart big = IoBenchmark.realisticChart(5_000, new Random(7));
        robot.interact(() -> window.model().session().newChart(big));
        robot.clickOn("#chart-canvas");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        var frame = onFx(() -> window.canvas().teamBlocks());
        assertTrue(frame.isPresent(), "zoomed out to " + onFx(() -> window.model().view().zoomPercent()) + " %");
        assertFalse(frame.get().blocks().isEmpty(), "teams drawn as blocks");
        // The managers above the blocks are not specks: each is a header, a line of text tall, over its team.
        java.util.Set<dev.orgwright.model.PositionId> drawn = new java.util.HashSet<>(frame.get().cards());
        frame.get().blocks().forEach(b -> drawn.add(b.manager()));
        java.util.Set<dev.orgwright.model.PositionId> headed = new java.util.HashSet<>();
        for (var h : frame.get().headers()) {
            headed.add(h.position());
            assertTrue(h.height() >= 12 && h.width() >= 24, big.position(h.position()).title() + " " + h);
        }
        for (var id : frame.get().cards()) {
            if (big.childrenOf(id).stream().anyMatch(drawn::contains)) {
                assertTrue(headed.contains(id), big.position(id).title() + " is drawn as a speck, not a header");
            }
        }
        assertFalse(headed.isEmpty(), "the top of the chart is drawn as headers");

        // Zoom in on the first block until its cards can be read.
        var block = frame.get().blocks().get(0);
        for (int i = 0; i < 40 && onFx(() -> window.canvas().teamBlocks().isPresent()); i++) {
            robot.interact(() -> window.model().view().zoomAt(1.25, block.x() + block.width() / 2,
                    block.y() + block.height() / 2));
        }
        assertTrue(onFx(() -> window.canvas().teamBlocks().isEmpty()), "cards are back when zoomed in");
    }

    @Test
    void theLegendGoesToACornerClearOfTheCardsRatherThanCoverOne(FxRobot robot) throws Exception {
        Chart big = IoBenchmark.realisticChart(5_000, new Random(7));
        robot.interact(() -> window.model().session().newChart(big));
        robot.interact(() -> window.model().view().fitReadable()); // as opened: readable, from the top
        var legend = onFx(() -> window.canvas().legendBounds()).orElseThrow();
        double height = onFx(() -> window.canvas().getHeight());
        var corner = new dev.orgwright.layout.Box(legend.x(), height - 12 - legend.height(), legend.width(),
                legend.height());
        // The top card panned into the legend's own corner, the bottom left, as a chart taller than the window has one.
        var top = big.roots().get(0);
        var box = onFx(() -> window.model().view().viewBoxOf(top)).orElseThrow();
        robot.interact(() -> window.model().view().panBy(corner.x() + 4 - box.x(),
                corner.bottom() - 4 - box.bottom()));
        assertTrue(onFx(() -> window.model().view().viewBoxOf(top)).orElseThrow().overlaps(corner),
                "the top card lies in the bottom-left corner");

        var moved = onFx(() -> window.canvas().legendBounds()).orElseThrow();
        java.util.List<String> under = onFx(() -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            for (var p : big.inTreeOrder()) {
                if (window.model().view().viewBoxOf(p.id()).filter(b -> b.overlaps(moved)).isPresent()) {
                    out.add(p.title());
                }
            }
            return out;
        });
        assertTrue(under.isEmpty(), "cards under the legend at " + moved + ": " + under);
    }

    @Test
    void presentingAFiveThousandPositionChartShowsItsTeamsAsBlocksUntilAStepIsCloseEnoughToRead(FxRobot robot)
            throws Exception {
        Chart big = IoBenchmark.realisticChart(5_000, new Random(7));
        robot.interact(() -> window.model().session().newChart(big));
        robot.clickOn("#chart-canvas");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> window.canvas().teamBlocks().isPresent()));
        var whole = onFx(() -> window.canvas().teamBlocks()).orElseThrow();
        assertFalse(whole.blocks().isEmpty(), "the whole chart's teams drawn as blocks, not hairlines");
        assertTrue(whole.blocks().size() + whole.cards().size() < big.size() / 10,
                whole.blocks().size() + " blocks and " + whole.cards().size() + " cards");

        // The last step frames one team of the third level: small enough for its cards to be read.
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> window.canvas().teamBlocks().isEmpty()));
        assertTrue(onFx(() -> window.presentation().index()) > 0);

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> window.presentation().isActive()));
    }
}
