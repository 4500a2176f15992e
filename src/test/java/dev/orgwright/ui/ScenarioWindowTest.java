package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.compare.ComparePane;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.RecordingDialogs;
import dev.orgwright.ui.panels.ScenarioFiguresPane;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A scenario made, edited, compared, promoted (and the promotion undone), saved and deleted in the real window. */
@ExtendWith(ApplicationExtension.class)
class ScenarioWindowTest {

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainWindow window;

    @TempDir
    Path folder;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, dialogs);
    }

    private ChartWindowModel model() {
        return window.model();
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        T value = WaitForAsyncUtils.asyncFx(task).get();
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    private void fire(FxRobot robot, String id) {
        MenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id));
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> switcher(FxRobot robot) {
        return robot.lookup("#scenario-switcher").queryAs(ComboBox.class);
    }

    private static PositionId leaf(Chart chart) {
        for (Position p : chart.inTreeOrder()) {
            if (chart.childrenOf(p.id()).isEmpty() && p.reportsTo() != null) {
                return p.id();
            }
        }
        throw new AssertionError("no leaf");
    }

    @Test
    void aScenarioIsMadeEditedComparedPromotedAndTheNewCurrentStateUndone(FxRobot robot) throws Exception {
        Chart sample = onFx(() -> model().chart());
        PositionId gone = leaf(sample);

        dialogs.textAnswer = "Lean";
        fire(robot, "new-scenario-item");
        assertEquals("Lean", onFx(() -> switcher(robot).getValue()));
        assertEquals(List.of("Current state", "Lean"), onFx(() -> List.copyOf(switcher(robot).getItems())));
        assertTrue(onFx(() -> ((Stage) window.canvas().getScene().getWindow()).getTitle()).contains("(Lean)"));

        // An edit in the scenario: its own undo step, the current state untouched.
        robot.interact(() -> model().select(gone));
        fire(robot, "delete-item");
        assertFalse(onFx(() -> model().chart().contains(gone)));
        assertEquals(sample.size() - 1, (int) onFx(() -> model().snapshot().chart().size()));
        robot.interact(() -> switcher(robot).getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> model().chart().contains(gone)), "the current state keeps the position");
        assertFalse(onFx(() -> model().session().canUndo()), "the scenario's edit is not the current state's");
        robot.interact(() -> switcher(robot).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> model().session().canUndo()), "the scenario keeps its own history");

        // Compare the scenario with the current state in the comparison window.
        dialogs.choice = 0;
        fire(robot, "compare-designs-item");
        Stage compared = onFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s
                && s.getUserData() instanceof ComparePane).map(Stage.class::cast).findFirst().orElse(null));
        assertNotNull(compared);
        ComparePane pane = (ComparePane) compared.getUserData();
        assertEquals(1, pane.model().changes().size(), "one position removed: " + pane.model().changes());
        assertEquals("Compare: Current state → Lean", compared.getTitle());
        TestWindows.close(compared);

        // The figures side by side: the scenario has one position fewer.
        fire(robot, "scenario-figures-item");
        Stage figures = onFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s
                && s.getUserData() instanceof ScenarioFiguresPane).map(Stage.class::cast).findFirst().orElse(null));
        assertNotNull(figures);
        var table = ((ScenarioFiguresPane) figures.getUserData()).figures();
        assertEquals(2, table.rows().size());
        assertEquals(Integer.toString(sample.size()), table.rows().get(0).get(1));
        assertEquals(Integer.toString(sample.size() - 1), table.rows().get(1).get(1));
        TestWindows.close(figures);

        // Promote: the current state becomes the scenario, shown; undo gives the old one back.
        fire(robot, "promote-scenario-item");
        assertEquals("Current state", onFx(() -> switcher(robot).getValue()));
        assertFalse(onFx(() -> model().chart().contains(gone)));
        assertTrue(onFx(() -> model().session().undoText()).startsWith("Undo Promote 'Lean'"));
        fire(robot, "undo-item");
        assertTrue(onFx(() -> model().chart().contains(gone)), "undo takes the promotion back");
        assertEquals(sample.size(), (int) onFx(() -> model().chart().size()));

        // Saved, the file holds the scenario; reopened, it is there with its change.
        Path file = folder.resolve("lean.orgchart.json");
        dialogs.fileToSave = file;
        fire(robot, "save-as-item");
        Chart saved = ChartFiles.load(file);
        assertEquals(1, saved.scenarios().size());
        assertFalse(saved.scenarios().get(0).chart().contains(gone));
        assertTrue(saved.contains(gone));
    }

    @Test
    void deletingAScenarioAsksAndKeepingItIsTheDefault(FxRobot robot) throws Exception {
        dialogs.textAnswer = "Option B";
        fire(robot, "new-scenario-item");
        dialogs.textAnswer = "Option C";
        fire(robot, "new-scenario-from-shown-item");
        assertEquals(3, onFx(() -> switcher(robot).getItems().size()));
        assertEquals("option-b", onFx(() -> model().session().shownScenario().orElseThrow().basedOn()));

        dialogs.choice = 0;
        fire(robot, "delete-scenario-item");
        assertEquals("Delete the scenario 'Option C'?", dialogs.questions.get(dialogs.questions.size() - 1),
                "the user was asked");
        assertEquals(3, onFx(() -> switcher(robot).getItems().size()), "the first answer keeps the scenario");

        dialogs.textAnswer = "Option C, revised";
        fire(robot, "rename-scenario-item");
        assertEquals("Option C, revised", onFx(() -> switcher(robot).getValue()));

        dialogs.choice = 1;
        fire(robot, "delete-scenario-item");
        assertEquals(List.of("Current state", "Option B"), onFx(() -> List.copyOf(switcher(robot).getItems())));
        assertEquals("Current state", onFx(() -> switcher(robot).getValue()));
        assertTrue(onFx(() -> model().session().isDirty()));
    }
}
