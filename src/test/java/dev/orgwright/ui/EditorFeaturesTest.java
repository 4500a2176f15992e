package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.RecordingDialogs;
import dev.orgwright.ui.panels.ChartSearch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The outline, reordering, the clipboard, zooming, search, revert, recent files and the tier editor, in the real window. */
@ExtendWith(ApplicationExtension.class)
class EditorFeaturesTest {

    private static final PositionId CEO = PositionId.of("ceo");
    private static final PositionId COO = PositionId.of("coo");
    private static final PositionId CFO = PositionId.of("cfo");
    private static final PositionId HEAD_OF_SALES = PositionId.of("head-sales");
    private static final PositionId HEAD_OF_MARKETING = PositionId.of("head-marketing");

    @TempDir
    Path folder;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainWindow window;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, dialogs);
        window.model().view().fit();
    }

    private ChartWindowModel model() {
        return window.model();
    }

    private Point2D centreOf(PositionId id) throws Exception {
        return TestWindows.centreOf(window, id);
    }

    private Bounds boundsOf(PositionId id) throws Exception {
        return TestWindows.screenBoundsOf(window, id);
    }

    private void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL);
        for (KeyCode k : keys) {
            robot.press(k);
        }
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        robot.release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theOutlineFollowsTheCanvasSelectionAndSelectsOnTheCanvasWhenClicked(FxRobot robot) throws Exception {
        robot.clickOn(centreOf(HEAD_OF_SALES));
        WaitForAsyncUtils.waitForFxEvents();

        TreeItem<PositionId> selected = window.outline().getSelectionModel().getSelectedItem();
        assertEquals(HEAD_OF_SALES, selected.getValue(), "the outline opened the way down to the canvas's selection");

        // Clicking a row of the outline selects that position on the canvas.
        fx(() -> window.outline().reveal(CFO));
        robot.clickOn(robot.lookup(".tree-cell").match(n -> n instanceof javafx.scene.control.TreeCell<?> c
                && CFO.equals(c.getItem())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CFO, model().selection().orElseThrow());
    }

    @Test
    void theOutlineShowsEditsAtOnce(FxRobot robot) throws Exception {
        fx(() -> model().select(COO));
        fx(() -> model().apply(Edits.setTitle(COO, "Chief Operations Officer")));

        TreeItem<PositionId> row = window.outline().reveal(COO);
        javafx.scene.control.TreeCell<?> cell = robot.lookup(".tree-cell")
                .match(n -> n instanceof javafx.scene.control.TreeCell<?> c && COO.equals(c.getItem()))
                .queryAs(javafx.scene.control.TreeCell.class);
        assertTrue(cell.getText().startsWith("Chief Operations Officer"), cell.getText());
        assertEquals(COO, row.getValue());
    }

    @Test
    void theOutlineFollowsMovesRemovalsAndUndoKeepingWhatIsOpen() throws Exception {
        fx(() -> window.outline().reveal(HEAD_OF_SALES));
        TreeItem<PositionId> cooRow = window.outline().reveal(COO);
        fx(() -> cooRow.setExpanded(true));
        PositionId moved = model().chart().childrenOf(COO).get(0);

        fx(() -> model().apply(Edits.move(moved, CFO, 0)));
        assertOutlineShowsTheChart();
        assertTrue(window.outline().reveal(COO) == cooRow, "the COO's row is kept, and with it what is open below it");
        assertTrue(cooRow.isExpanded());
        assertEquals(moved, window.outline().reveal(CFO).getChildren().get(0).getValue());

        fx(() -> model().apply(Edits.removeWithSubtree(COO)));
        assertOutlineShowsTheChart();
        assertFalse(window.outline().getRoot().getChildren().get(0).getChildren().stream()
                .anyMatch(r -> COO.equals(r.getValue())), "the removed COO's row is gone");

        fx(() -> model().undo());
        fx(() -> model().undo());
        assertOutlineShowsTheChart();
        assertEquals(model().chart().childrenOf(COO).get(0), moved, "undone twice, the report is back under the COO");

        fx(() -> model().select(moved));
        assertEquals(moved, window.outline().getSelectionModel().getSelectedItem().getValue(),
                "the selection shows on the report's row in its new place");
        assertTrue(window.outline().reveal(moved) == window.outline().getSelectionModel().getSelectedItem());
    }

    @Test
    void theOutlineScrollsToASelectionFarDownItsRows(FxRobot robot) throws Exception {
        fx(() -> {
            for (int i = 0; i < 200; i++) {
                model().apply(Edits.add(dev.orgwright.model.Position.of("r" + i, "Report " + i, null)
                        .withReportsTo(CEO), -1));
            }
        });
        PositionId last = PositionId.of("r199");
        fx(() -> model().select(last));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            var flow = (javafx.scene.control.skin.VirtualFlow<?>) window.outline().lookup(".virtual-flow");
            int row = window.outline().getRow(window.outline().getSelectionModel().getSelectedItem());
            return flow.getFirstVisibleCell().getIndex() <= row && row <= flow.getLastVisibleCell().getIndex();
        }).get());
        assertEquals(last, window.outline().getSelectionModel().getSelectedItem().getValue());
    }

    /** Every row whose reports are open lists exactly the chart's reports, in order. */
    private void assertOutlineShowsTheChart() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Chart chart = model().chart();
            java.util.ArrayDeque<TreeItem<PositionId>> pending = new java.util.ArrayDeque<>();
            pending.add(window.outline().getRoot());
            while (!pending.isEmpty()) {
                TreeItem<PositionId> row = pending.pop();
                if (row.getValue() != null && !row.isExpanded()) {
                    continue;
                }
                List<PositionId> expected = row.getValue() == null ? chart.roots() : chart.childrenOf(row.getValue());
                List<PositionId> shown = row.getChildren().stream().map(TreeItem::getValue).toList();
                assertEquals(expected, shown, "the rows below " + row.getValue());
                pending.addAll(row.getChildren());
            }
        }).get();
    }

    @Test
    void draggingACardOntoTheEdgeOfASiblingReordersThem(FxRobot robot) throws Exception {
        List<PositionId> before = model().chart().childrenOf(CEO);
        PositionId first = before.get(0);
        PositionId last = before.get(before.size() - 1);
        Bounds target = boundsOf(first);
        Point2D start = centreOf(last);

        robot.moveTo(start).press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D(start.getX() - 12, start.getY() + 12));
        robot.moveTo(new Point2D(target.getMinX() + 3, target.getCenterY()));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        List<PositionId> after = model().chart().childrenOf(CEO);
        assertEquals(last, after.get(0), "the dragged card took the first place");
        assertEquals(before.size(), after.size());
        assertEquals(CEO, model().chart().position(last).reportsTo(), "its manager stayed the same");
        assertTrue(model().session().undoText().startsWith("Undo Reorder"), model().session().undoText());
    }

    @Test
    void copyAndPasteDuplicatesASubtreeWithFreshIdsAndCutRemovesIt(FxRobot robot) throws Exception {
        int size = model().chart().size();
        int team = model().chart().subtree(COO).size();
        robot.clickOn(centreOf(COO));

        shortcut(robot, KeyCode.C);
        fx(() -> model().view().bringIntoView(CFO));
        robot.clickOn(centreOf(CFO));
        shortcut(robot, KeyCode.V);

        Chart chart = model().chart();
        assertEquals(size + team, chart.size());
        PositionId pasted = model().selection().orElseThrow();
        assertNotEquals(COO, pasted);
        assertEquals(CFO, chart.position(pasted).reportsTo());
        assertEquals(chart.position(COO).title(), chart.position(pasted).title());
        assertEquals(team, chart.subtree(pasted).size());

        shortcut(robot, KeyCode.X);
        assertEquals(size, model().chart().size(), "cut removed the pasted team");
        fx(() -> model().view().bringIntoView(CEO)); // the paste scrolled the view to the pasted team
        robot.clickOn(centreOf(CEO));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CEO, model().selection().orElse(null), "status: " + model().selectionText());
        shortcut(robot, KeyCode.V);
        assertEquals(size + team, model().chart().size(), "and it pastes back");
        assertEquals(CEO, model().chart().position(model().selection().orElseThrow()).reportsTo());
    }

    @Test
    void zoomToSelectionFillsTheViewWithTheSelectedTeamAndFitShowsEverything(FxRobot robot) throws Exception {
        robot.clickOn(centreOf(CFO));
        double fitted = model().view().viewport().scale();

        shortcut(robot, KeyCode.SHIFT, KeyCode.DIGIT0);
        assertTrue(model().view().viewport().scale() > fitted, "zoomed in on the CFO's team");
        for (PositionId id : model().chart().subtree(CFO)) {
            Bounds b = boundsOf(id);
            Bounds canvas = window.canvas().localToScreen(window.canvas().getBoundsInLocal());
            assertTrue(canvas.contains(b), id + " is in view");
        }

        shortcut(robot, KeyCode.DIGIT0);
        Bounds canvas = window.canvas().localToScreen(window.canvas().getBoundsInLocal());
        for (PositionId id : model().chart().subtree(CEO)) {
            assertTrue(canvas.contains(boundsOf(id)), id + " is in view after fit");
        }
    }

    @Test
    void searchFindsByDutyAndEnterStepsThroughTheMatches(FxRobot robot) throws Exception {
        robot.clickOn("#chart-canvas", MouseButton.SECONDARY);
        shortcut(robot, KeyCode.F);
        TextField field = robot.lookup("#search-field").queryAs(TextField.class);
        assertTrue(field.isFocused());

        robot.write("head of");
        WaitForAsyncUtils.waitForFxEvents();
        List<PositionId> expected = ChartSearch.find(model().chart(), "head of");
        assertTrue(expected.size() > 2);
        assertEquals(expected.get(0), model().selection().orElseThrow());
        robot.type(KeyCode.ENTER);
        assertEquals(expected.get(1), model().selection().orElseThrow());
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertEquals(expected.get(0), model().selection().orElseThrow());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#search-bar").query().isVisible());
    }

    @Test
    void revertGoesBackToTheFileAndOpenRecentReopensIt(FxRobot robot) throws Exception {
        Path file = folder.resolve("team" + ChartFiles.EXTENSION);
        ChartFiles.save(file, dev.orgwright.io.SampleCharts.leadershipTeam());
        fx(() -> model().session().open(file));
        Chart saved = model().chart();
        fx(() -> model().apply(Edits.setTitle(CFO, "Finance Chief")));
        dialogs.choice = 0; // "Revert"

        fx(model().session()::revert);

        assertEquals(saved, model().chart());
        assertFalse(model().session().isDirty());
        assertEquals(file.toAbsolutePath().normalize(), model().session().recentFiles().files().get(0));

        fx(() -> model().session().newChart(MainWindow.blankChart()));
        assertEquals(0, model().chart().size());
        fx(() -> model().session().openRecent(model().session().recentFiles().files().get(0)));
        assertEquals(saved, model().chart());

        Files.delete(file);
        fx(() -> model().session().openRecent(file.toAbsolutePath()));
        assertTrue(dialogs.errors.get(dialogs.errors.size() - 1).contains("no longer exists"));
        assertFalse(model().session().recentFiles().files().contains(file.toAbsolutePath().normalize()));
    }

    @Test
    void theTierEditorAddsRenamesAndReordersTiersAsUndoableEdits(FxRobot robot) throws Exception {
        robot.clickOn("Chart").clickOn("Tiers and Responsibilities…");
        WaitForAsyncUtils.waitForFxEvents();
        int tiers = model().chart().tiers().size();

        dialogs.textAnswer = "Board";
        robot.clickOn("#tier-add");
        WaitForAsyncUtils.waitForFxEvents();
        List<Tier> now = model().chart().tiers();
        assertEquals(tiers + 1, now.size());
        Tier board = now.stream().filter(t -> t.name().equals("Board")).findFirst().orElseThrow();

        // Move the new tier to the top.
        while (model().chart().tiers().get(0) != null && !model().chart().tiers().get(0).id().equals(board.id())) {
            int before = model().chart().tiers().indexOf(model().chart().tiers().stream()
                    .filter(t -> t.id().equals(board.id())).findFirst().orElseThrow());
            robot.clickOn("#tier-up");
            WaitForAsyncUtils.waitForFxEvents();
            int after = model().chart().tiers().stream().map(Tier::id).toList().indexOf(board.id());
            assertEquals(before - 1, after);
        }
        assertEquals(1, model().chart().tiers().get(0).rank());

        dialogs.textAnswer = "Board of Directors";
        robot.clickOn("#tier-rename");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Board of Directors", model().chart().tiers().get(0).name());

        dialogs.textAnswer = "Approve the annual budget";
        robot.clickOn("#responsibility-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Approve the annual budget", model().chart().tiers().get(0).responsibilities().get(0).text());

        fx(model()::undo);
        assertTrue(model().chart().tiers().get(0).responsibilities().isEmpty(), "each change is one undo step");
    }

    @Test
    void theFindingsListFollowsAnEditOnceTheFrameIsShown(FxRobot robot) throws Exception {
        javafx.scene.control.ListView<?> list = robot.lookup("#findings-list").queryListView();
        int before = list.getItems().size();
        // A position without a tier finding yet: a position gets one finding for all its duties.
        fx(() -> model().apply(Edits.addDuty(HEAD_OF_MARKETING,
                dev.orgwright.model.Duty.of("Decides the company's five-year strategy"), -1)));

        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> list.getItems().size() == before + 1);
        assertTrue(list.getItems().stream().map(dev.orgwright.rules.Finding.class::cast)
                .anyMatch(f -> HEAD_OF_MARKETING.equals(f.positionId()) && f.message().contains("five-year strategy")));
        assertEquals(model().validation().all().size(), list.getItems().size());
    }

    @Test
    void theLeadershipTemplateStartsAValidChart(FxRobot robot) throws Exception {
        fx(() -> model().session().newChart(dev.orgwright.model.Templates.leadershipTeamStarter()));
        assertEquals(8, model().chart().size());
        assertEquals("staff", model().chart().position(dev.orgwright.model.PositionId.of("software-engineer")).tierId());
        assertEquals(0, model().validation().count(dev.orgwright.rules.Severity.ERROR));
        assertEquals(0, model().validation().count(dev.orgwright.rules.Severity.WARNING));
        assertTrue(model().session().windowTitle().contains("unsaved"));
    }
}
