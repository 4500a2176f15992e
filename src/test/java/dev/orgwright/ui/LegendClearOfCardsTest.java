package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.Box;
import dev.orgwright.model.Position;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The legend over the canvas in the real window never hides a card: with the HR export panned so
 * that cards lie in every corner, the legend finds a place clear of them or folds to a tab that is
 * itself clear of them and opens on a click or L, never under a passing pointer.
 */
@ExtendWith(ApplicationExtension.class)
class LegendClearOfCardsTest {

    private MainWindow window;

    @TempDir
    Path folder;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, new RecordingDialogs());
    }

    private ChartWindowModel model() {
        return window.model();
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        T value = WaitForAsyncUtils.asyncFx(task).get();
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    @Test
    void withCardsInEveryCornerTheLegendStaysClearOfThemAndStillOpens(FxRobot robot) throws Exception {
        openHr();
        robot.interact(() -> model().view().zoomBy(0.55 / model().view().viewport().scale()));
        assertEquals(55, onFx(() -> model().view().zoomPercent()));
        Box panel = onFx(() -> window.canvas().legendBounds()).orElseThrow();
        panToCardsInEveryCorner(robot, panel.width(), panel.height());

        assertClearOfCards("with cards in every corner");
        if (onFx(() -> window.canvas().legendFolded())) {
            assertOpensFromItsTab(robot);
        }
    }

    @Test
    void whenNoPlaceIsClearTheLegendFoldsToATabClearOfTheCardsThatOpensOnClickAndKey(FxRobot robot)
            throws Exception {
        openHr();
        // A small window at full size: cards fill it but for gaps narrower than the legend.
        robot.interact(() -> {
            window.canvas().getScene().getWindow().setWidth(820);
            window.canvas().getScene().getWindow().setHeight(600);
        });
        robot.interact(() -> model().view().zoomBy(1 / model().view().viewport().scale()));
        Box panel = onFx(() -> window.canvas().legendBounds()).orElseThrow();
        panToCardsInEveryCorner(robot, panel.width(), panel.height());
        assertTrue(onFx(() -> window.canvas().legendFolded()), "folded to its tab at "
                + onFx(() -> window.canvas().legendBounds()));
        assertClearOfCards("folded");
        assertOpensFromItsTab(robot);
    }

    private void assertOpensFromItsTab(FxRobot robot) throws Exception {
        Box tab = onFx(() -> window.canvas().legendBounds()).orElseThrow();
        assertFalse(onFx(() -> window.canvas().legendOpen()), "the tab is closed until asked");
        Point2D onTab = onFx(() -> window.canvas().localToScreen(tab.x() + tab.width() / 2, tab.y() + tab.height() / 2));
        robot.moveTo(onTab);
        assertFalse(onFx(() -> window.canvas().legendOpen()), "the pointer passing over the tab leaves it closed");
        robot.clickOn(onTab);
        assertTrue(onFx(() -> window.canvas().legendOpen()), "a click on the tab opens the legend");
        Box open = onFx(() -> window.canvas().legendBounds()).orElseThrow();
        assertTrue(open.height() > tab.height() + 30, "the open legend shows its rows: " + open);
        Point2D away = onFx(() -> window.canvas().localToScreen(window.canvas().getWidth() / 2,
                window.canvas().getHeight() / 2));
        robot.moveTo(away);
        assertTrue(onFx(() -> window.canvas().legendOpen()), "it stays open when the pointer leaves");

        // A card outside the open legend still takes its click.
        Position outside = onFx(() -> java.util.stream.StreamSupport.stream(model().chart().inTreeOrder().spliterator(), false)
                .filter(p -> model().view().viewBoxOf(p.id())
                        .filter(b -> !b.overlaps(open) && b.x() >= 0 && b.y() >= 0
                                && b.right() <= window.canvas().getWidth() && b.bottom() <= window.canvas().getHeight())
                        .isPresent())
                .findFirst().orElseThrow());
        robot.clickOn(TestWindows.centreOf(window, outside.id()));
        assertEquals(java.util.Optional.of(outside.id()), onFx(() -> model().selection()),
                "a click on a card outside the open legend selects it");
        assertTrue(onFx(() -> window.canvas().legendOpen()), "and leaves the legend open");

        robot.clickOn(onTab);
        assertFalse(onFx(() -> window.canvas().legendOpen()), "a second click on the tab closes it");
        robot.type(KeyCode.L);
        assertTrue(onFx(() -> window.canvas().legendOpen()), "L opens it");
        robot.type(KeyCode.L);
        assertFalse(onFx(() -> window.canvas().legendOpen()), "L closes it");
    }

    private void openHr() throws Exception {
        Path csv = Path.of(LegendClearOfCardsTest.class.getResource("/dev/orgwright/io/csv/org-chart-sample.csv").toURI());
        Path file = folder.resolve("hr.orgchart.json");
        dev.orgwright.io.ChartFiles.save(file, dev.orgwright.io.csv.CsvImport.importFile(csv,
                dev.orgwright.io.csv.ImportOptions.titled("HR")).chart());
        assertTrue(onFx(() -> model().session().open(file)));
        robot().interact(() -> model().view().fit());
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    /** Pans the chart until a card lies under a legend-sized box in each of the canvas's four corners. */
    private void panToCardsInEveryCorner(FxRobot robot, double w, double h) throws Exception {
        List<Box> cards = onFx(() -> {
            List<Box> out = new ArrayList<>();
            for (Position p : model().chart().inTreeOrder()) {
                model().view().viewBoxOf(p.id()).ifPresent(out::add);
            }
            return out;
        });
        double x0 = cards.stream().mapToDouble(Box::x).min().orElseThrow();
        double y0 = cards.stream().mapToDouble(Box::y).min().orElseThrow();
        double x1 = cards.stream().mapToDouble(Box::right).max().orElseThrow();
        double y1 = cards.stream().mapToDouble(Box::bottom).max().orElseThrow();
        double cw = onFx(() -> window.canvas().getWidth());
        double ch = onFx(() -> window.canvas().getHeight());
        // The chart's left edge from half a canvas in to half a canvas out, likewise its top.
        for (double top = ch / 2; top >= ch / 2 - (y1 - y0); top -= 10) {
            for (double left = cw / 2; left >= cw / 2 - (x1 - x0); left -= 10) {
                double px = left - x0;
                double py = top - y0;
                if (cardsInEveryCorner(cards, px, py, w, h, cw, ch)) {
                    robot.interact(() -> model().view().panBy(px, py));
                    List<Box> moved = onFx(() -> {
                        List<Box> out = new ArrayList<>();
                        for (Position p : model().chart().inTreeOrder()) {
                            model().view().viewBoxOf(p.id()).ifPresent(out::add);
                        }
                        return out;
                    });
                    assertTrue(cardsInEveryCorner(moved, 0, 0, w, h, cw, ch), "cards in every corner");
                    return;
                }
            }
        }
        throw new AssertionError("no pan puts cards in every corner of " + cw + " × " + ch);
    }

    private static boolean cardsInEveryCorner(List<Box> cards, double px, double py, double w, double h, double cw,
            double ch) {
        double m = 12;
        Box[] corners = {new Box(m, ch - m - h, w, h), new Box(cw - m - w, ch - m - h, w, h),
            new Box(cw - m - w, m, w, h), new Box(m, m, w, h)};
        for (Box corner : corners) {
            if (cards.stream().noneMatch(b -> new Box(b.x() + px, b.y() + py, b.width(), b.height()).overlaps(corner))) {
                return false;
            }
        }
        return true;
    }

    private void assertClearOfCards(String when) throws Exception {
        Box legend = onFx(() -> window.canvas().legendBounds()).orElseThrow();
        List<String> under = onFx(() -> {
            List<String> out = new ArrayList<>();
            for (Position p : model().chart().inTreeOrder()) {
                if (model().view().viewBoxOf(p.id()).filter(b -> b.overlaps(legend)).isPresent()) {
                    out.add(p.title());
                }
            }
            return out;
        });
        assertEquals(List.of(), under, when + ": cards under the legend at " + legend);
    }
}
