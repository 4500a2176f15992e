package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Duty;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.RaciRole;
import dev.orgwright.rules.Finding;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.RecordingDialogs;
import dev.orgwright.ui.fx.SaveChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
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

/** Editing in the real window: drag and drop, keys, undo, the unsaved-changes question. */
@ExtendWith(ApplicationExtension.class)
class EditorWindowTest {

    private static final PositionId CEO = PositionId.of("ceo");
    private static final PositionId COO = PositionId.of("coo");
    private static final PositionId CFO = PositionId.of("cfo");
    private static final PositionId HEAD_OF_SALES = PositionId.of("head-sales");

    @TempDir
    Path folder;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = TestWindows.openOnSample(stage, dialogs);
        window.model().view().fit();
    }

    private ChartWindowModel model() {
        return window.model();
    }

    private Point2D centreOf(PositionId id) throws Exception {
        return TestWindows.centreOf(window, id);
    }

    private void drag(FxRobot robot, PositionId from, PositionId onto) throws Exception {
        Point2D start = centreOf(from);
        Point2D end = centreOf(onto);
        robot.moveTo(start).press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D(start.getX() + 12, start.getY() + 12));
        robot.moveTo(end);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#selection-status").queryAs(Label.class).getText();
    }

    @Test
    void draggingACardOntoAnotherMakesItReportThereAndUndoPutsItBack(FxRobot robot) throws Exception {
        drag(robot, HEAD_OF_SALES, CFO);

        assertEquals(CFO, model().chart().position(HEAD_OF_SALES).reportsTo());
        assertTrue(model().session().isDirty());
        assertTrue(stage.getTitle().endsWith("*"), stage.getTitle());

        robot.clickOn("#chart-canvas", MouseButton.SECONDARY); // focus the canvas, not a text field
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(COO, model().chart().position(HEAD_OF_SALES).reportsTo());
        assertFalse(model().session().isDirty(), "undoing back to the opened chart leaves nothing unsaved");
    }

    @Test
    void escapeCallsOffADragAndReleasingOnACardThenChangesNothing(FxRobot robot) throws Exception {
        var before = model().chart();
        Point2D start = centreOf(HEAD_OF_SALES);
        Point2D end = centreOf(CFO);
        robot.moveTo(start).press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D(start.getX() + 12, start.getY() + 12));
        robot.moveTo(end);
        assertTrue(model().drag().isActive());
        robot.type(KeyCode.ESCAPE);
        robot.moveTo(new Point2D(end.getX() + 3, end.getY()));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(model().drag().isActive());
        assertEquals(before, model().chart(), "nothing changed");
        assertFalse(model().session().canUndo());
    }

    @Test
    void withSpaceHeldDraggingACardPansTheViewInstead(FxRobot robot) throws Exception {
        var before = model().chart();
        robot.clickOn("#chart-canvas", MouseButton.SECONDARY); // focus the canvas, not a text field
        var view = model().view().viewport();
        Point2D start = centreOf(HEAD_OF_SALES);
        robot.press(KeyCode.SPACE);
        robot.moveTo(start).press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D(start.getX() + 20, start.getY() + 10));
        robot.moveTo(new Point2D(start.getX() + 40, start.getY() + 30));
        robot.release(MouseButton.PRIMARY).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        var moved = model().view().viewport();
        // Screen and view points differ by a constant: the chart point pressed on is now under the pointer.
        assertEquals(view.toChartX(start.getX()), moved.toChartX(start.getX() + 40), 1e-6);
        assertEquals(view.toChartY(start.getY()), moved.toChartY(start.getY() + 30), 1e-6);
        assertEquals(before, model().chart(), "no card moved");
    }

    @Test
    void aDropIntoTheCardsOwnTeamIsRefusedWithTheReason(FxRobot robot) throws Exception {
        var before = model().chart();

        drag(robot, COO, HEAD_OF_SALES);

        assertEquals(before, model().chart(), "nothing changed");
        assertTrue(status(robot).contains("is part of the team below"), status(robot));
        assertTrue(dialogs.errors.isEmpty(), "a refused drop is explained in the status bar, not a dialog");
    }

    @Test
    void keysAddRenameAndDeletePositions(FxRobot robot) throws Exception {
        robot.clickOn(centreOf(CEO));
        dialogs.textAnswer = "Chief People Officer";

        robot.type(KeyCode.INSERT);
        WaitForAsyncUtils.waitForFxEvents();

        PositionId added = model().selection().orElseThrow();
        Position p = model().chart().position(added);
        assertEquals("Chief People Officer", p.title());
        assertEquals(CEO, p.reportsTo());

        dialogs.textAnswer = "Chief Revenue Officer";
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Chief Revenue Officer", model().chart().position(added).title());

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model().chart().contains(added));
    }

    @Test
    void arrowsMoveTheSelectionThroughTheTree(FxRobot robot) throws Exception {
        robot.clickOn(centreOf(COO));

        robot.type(KeyCode.DOWN);
        assertEquals(model().chart().childrenOf(COO).get(0), model().selection().orElseThrow());
        robot.type(KeyCode.RIGHT);
        assertEquals(model().chart().childrenOf(COO).get(1), model().selection().orElseThrow());
        robot.type(KeyCode.UP);
        assertEquals(COO, model().selection().orElseThrow());
    }

    @Test
    void clickingAFindingSelectsItsPositionAndFixAppliesItsFix(FxRobot robot) {
        Finding planted = robot.lookup("#findings-list").queryListView().getItems().stream()
                .map(Finding.class::cast).filter(f -> f.ruleId().equals("duty-outside-tier")).findFirst().orElseThrow();

        robot.clickOn(".finding-message");  // the first row: the planted warning sorts first
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(HEAD_OF_SALES, model().selection().orElseThrow());

        robot.clickOn(".fix-button");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(model().validation().findingsFor(HEAD_OF_SALES).stream().noneMatch(f -> f.ruleId().equals(planted.ruleId())));
        assertTrue(model().chart().position(COO).duties().stream().anyMatch(d -> d.text().startsWith("Decides on restructuring")));
    }

    @Test
    void editingADutyInTheInspectorRaisesAndClearsAFinding(FxRobot robot) throws Exception {
        PositionId marketing = PositionId.of("head-marketing");
        robot.clickOn(centreOf(marketing));
        robot.clickOn("#inspector-add-duty");
        WaitForAsyncUtils.waitForFxEvents();
        int last = model().chart().position(marketing).duties().size() - 1;

        editDuty(robot, "Decides on restructuring the whole company");
        assertTrue(hasFinding(marketing, "duty-outside-tier"), "the misplaced duty is found at once");

        editDuty(robot, "Runs the weekly team meeting");
        assertFalse(hasFinding(marketing, "duty-outside-tier"));
        assertEquals("Runs the weekly team meeting", model().chart().position(marketing).duties().get(last).text());
    }

    @Test
    void theInspectorShowsALinkedDutysRoleAndChangesItAsOneUndoableEdit(FxRobot robot) throws Exception {
        robot.clickOn(centreOf(CFO));
        WaitForAsyncUtils.waitForFxEvents();
        Duty before = model().chart().position(CFO).duties().get(0);
        assertEquals(RaciRole.RESPONSIBLE, before.role());
        robot.clickOn(robot.lookup("#inspector-duties .list-cell").nth(0).queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        ChoiceBox<?> role = robot.lookup("#inspector-duty-role").queryAs(ChoiceBox.class);
        assertFalse(role.isDisabled(), "a linked duty's role can be chosen");
        assertEquals("R — Responsible", role.getValue());
        assertTrue(robot.lookup("#inspector-duties .list-cell").nth(0).queryLabeled().getText()
                .startsWith(before.text() + " — R: "));

        robot.clickOn(role);
        robot.clickOn("A — Accountable");
        WaitForAsyncUtils.waitForFxEvents();
        Duty after = model().chart().position(CFO).duties().get(0);
        assertEquals(before.withRole(RaciRole.ACCOUNTABLE), after);
        assertTrue(robot.lookup("#inspector-duties .list-cell").nth(0).queryLabeled().getText()
                .startsWith(before.text() + " — A: "));
        assertEquals("A — Accountable", role.getValue());

        robot.clickOn(centreOf(CFO));
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, model().chart().position(CFO).duties().get(0), "one undo puts the role back");
    }

    private void editDuty(FxRobot robot, String text) {
        robot.doubleClickOn(robot.lookup("#inspector-duties .list-cell").nth(
                model().chart().position(model().selection().orElseThrow()).duties().size() - 1).queryLabeled());
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean hasFinding(PositionId id, String rule) {
        return model().validation().findingsFor(id).stream().anyMatch(f -> f.ruleId().equals(rule));
    }

    @Test
    void openingAnotherChartWithUnsavedChangesAsksFirstAndCancelKeepsEverything(FxRobot robot) throws Exception {
        drag(robot, HEAD_OF_SALES, CFO);
        var edited = model().chart();
        Path other = folder.resolve("other.orgchart.json");
        Files.copy(Path.of("assets/samples/leadership.orgchart.json"), other);
        dialogs.saveChoice = SaveChoice.CANCEL;

        boolean opened = WaitForAsyncUtils.asyncFx(() -> model().session().open(other)).get();

        assertFalse(opened);
        assertEquals(List.of("save changes to Leadership team"), dialogs.questions);
        assertEquals(edited, model().chart());

        Path saved = folder.resolve("saved.orgchart.json");
        dialogs.saveChoice = SaveChoice.SAVE;
        dialogs.fileToSave = saved;
        assertTrue(WaitForAsyncUtils.asyncFx(() -> model().session().open(other)).get());
        assertTrue(Files.readString(saved).contains("\"reportsTo\": \"cfo\""), "the changes were saved first");
        assertEquals("Leadership team — other.orgchart.json", stage.getTitle());
    }

    @Test
    void helpAboutNamesTheProgramAndItsVersion(FxRobot robot) {
        robot.clickOn("Help").clickOn("About Orgwright");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Orgwright development build"), dialogs.abouts);
    }
}
