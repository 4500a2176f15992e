package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.ui.compare.CompareWindow;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The comparison window's head count and cost bridge and its distributions, on two charts worked out by hand. */
@ExtendWith(ApplicationExtension.class)
class CompareBridgeWindowTest {

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    private static Position pos(String id, String manager, String cost) {
        return new Position(PositionId.of(id), id.toUpperCase(), "Holder", Templates.EXECUTIVE, List.of(),
                manager == null ? null : PositionId.of(manager), List.of(), "", "", false, BigDecimal.ONE,
                new BigDecimal(cost), null, "", null);
    }

    /**
     * Current: ceo (200) ── a (100) ── c (30); ceo ── b (50): 4 positions, cost 380.
     * Proposed: d (70) added under ceo, b closed, c moved to ceo, a's cost 100 → 120: 4 positions, cost 420.
     */
    @Start
    void start(Stage stage) throws Exception {
        Chart current = Chart.builder().title("Bridge").tiers(Templates.leadershipTeam())
                .addAll(List.of(pos("ceo", null, "200"), pos("a", "ceo", "100"), pos("b", "ceo", "50"),
                        pos("c", "a", "30"))).build();
        current = Edits.setCurrency("EUR").apply(current);
        Chart proposed = Edits.add(pos("d", "ceo", "70"), -1).apply(current);
        proposed = Edits.removeWithSubtree(PositionId.of("b")).apply(proposed);
        proposed = Edits.move(PositionId.of("c"), PositionId.of("ceo"), -1).apply(proposed);
        proposed = Edits.setCost(PositionId.of("a"), new BigDecimal("120")).apply(proposed);
        CompareWindow.show(null, current, proposed, "Compare", new RecordingDialogs());
    }

    @AfterEach
    void close() throws Exception {
        TestWindows.closeOtherWindows();
    }

    private static String figure(FxRobot robot, String plot, String step) {
        return robot.lookup("#compare-bridge-" + plot + "-" + step + "-figure").queryAs(Label.class).getText();
    }

    @Test
    void theBridgeShowsHeadCountAlwaysAndCostOnlyWhenAskedFor(FxRobot robot) {
        assertEquals(List.of("4", "+1", "−1", "1", "1", "4"), List.of("current", "added", "closed", "moved", "changed",
                "proposed").stream().map(s -> figure(robot, "positions", s)).toList());
        assertFalse(robot.lookup("#compare-bridge-cost").query().isVisible(), "cost is private");
        assertTrue(robot.lookup("#compare-cost-hidden").query().isVisible());
        assertTrue(robot.lookup("#compare-bridge-cost-current-figure").tryQuery().isEmpty());
        String text = robot.lookup("#compare-figures").queryAs(TextArea.class).getText();
        assertFalse(text.contains("Cost") || text.contains("380") || text.contains("420"), text);

        tick(robot);
        assertTrue(robot.lookup("#compare-bridge-cost").query().isVisible());
        assertEquals(List.of("380 EUR", "+70", "−50", "+20", "420 EUR"), List.of("current", "added", "closed",
                "changed", "proposed").stream().map(s -> figure(robot, "cost", s)).toList());
        text = robot.lookup("#compare-figures").queryAs(TextArea.class).getText();
        assertTrue(text.contains("Cost EUR") && text.contains("+70") && text.contains("−50"), text);

        tick(robot);
        assertFalse(robot.lookup("#compare-bridge-cost").query().isVisible());
    }

    @Test
    void theSpanAndLayerDistributionsStandSideBySide(FxRobot robot) {
        // Current: ceo has 2 reports, a has 1. Proposed: ceo has 3 (a, d, c), a none.
        assertEquals(List.of(1, 1, 0, 0, 0, 0), values(robot, "#compare-span-bands", 0));
        assertEquals(List.of(0, 1, 0, 0, 0, 0), values(robot, "#compare-span-bands", 1));
        assertEquals(List.of(1, 2, 1), values(robot, "#compare-layers", 0));
        assertEquals(List.of(1, 3, 0), values(robot, "#compare-layers", 1));
    }

    /** Ticks or unticks Show cost as a click does; the box may sit below the side panel's fold. */
    private static void tick(FxRobot robot) {
        javafx.scene.control.CheckBox box = robot.lookup("#compare-show-cost").queryAs(javafx.scene.control.CheckBox.class);
        robot.interact(box::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> values(FxRobot robot, String id, int series) {
        BarChart<String, Number> chart = robot.lookup(id).queryAs(BarChart.class);
        return chart.getData().get(series).getData().stream().map(XYChart.Data::getYValue).map(Number::intValue)
                .toList();
    }
}
