package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.PositionId;
import dev.orgwright.ui.fx.RecordingDialogs;
import dev.orgwright.ui.fx.SaveChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A team folded in the real window is part of the view saved in the file: not an edit (nothing to
 * undo), but unsaved until the next save, so closing asks, and the saved file reopens folded.
 */
@ExtendWith(ApplicationExtension.class)
class FoldUnsavedOnCloseTest {

    private static final PositionId CTO = PositionId.of("cto");

    private final RecordingDialogs dialogs = new RecordingDialogs();
    @TempDir
    Path folder;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        TestWindows.openOnSample(stage, new RecordingDialogs());
    }

    @AfterEach
    void closeWindows() throws Exception {
        TestWindows.closeOtherWindows();
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        T value = WaitForAsyncUtils.asyncFx(task).get();
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    /** A window of its own on the sample saved as a file, so that closing it leaves TestFX's stage. */
    private MainWindow windowOnSavedFile(Path file) throws Exception {
        MainWindow window = TestWindows.openAnotherOnSample(dialogs);
        dialogs.fileToSave = file;
        assertTrue(onFx(() -> window.model().session().saveAs()));
        dialogs.questions.clear();
        return window;
    }

    private static Stage stageOf(MainWindow window) throws Exception {
        return onFx(() -> (Stage) window.canvas().getScene().getWindow());
    }

    /** Folds the CTO's team as a user does: click the card, press C. */
    private static void foldCto(FxRobot robot, MainWindow window) throws Exception {
        robot.clickOn(TestWindows.centreOf(window, CTO));
        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void askToClose(Stage stage) throws Exception {
        onFx(() -> {
            Event.fireEvent(stage, new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            return null;
        });
    }

    @Test
    void aFoldedTeamIsUnsavedClosingAsksAndTheSavedFileReopensFolded(FxRobot robot) throws Exception {
        Path file = folder.resolve("leadership.orgchart.json");
        MainWindow window = windowOnSavedFile(file);
        Stage stage = stageOf(window);
        assertFalse(onFx(stage::getTitle).endsWith("*"), "just saved");

        foldCto(robot, window);
        assertEquals(Set.of(CTO), onFx(() -> window.model().collapsed()));
        assertTrue(onFx(stage::getTitle).endsWith("*"), "the fold is unsaved: " + onFx(stage::getTitle));
        assertFalse(onFx(() -> window.model().session().canUndo()), "a fold is no step to undo");

        dialogs.saveChoice = SaveChoice.CANCEL;
        askToClose(stage);
        assertEquals(List.of("save changes to Leadership team"), dialogs.questions, "closing asks");
        assertTrue(onFx(stage::isShowing), "cancelled: the window stays");

        dialogs.saveChoice = SaveChoice.SAVE;
        askToClose(stage);
        assertFalse(onFx(stage::isShowing), "saved and closed");
        assertTrue(Files.readString(file).contains("\"cto\""), "the file holds the fold");

        MainWindow reopened = TestWindows.openAnotherOnSample(dialogs);
        assertTrue(onFx(() -> reopened.model().session().open(file)));
        assertEquals(Set.of(CTO), onFx(() -> reopened.model().collapsed()), "the window reopens with the last view");
        assertTrue(onFx(() -> reopened.model().layout().box(PositionId.of("head-eng")).isEmpty()),
                "the CTO's reports are not drawn");
        assertFalse(onFx(() -> stageOf(reopened).getTitle()).endsWith("*"), "opened as saved");
        assertFalse(onFx(() -> reopened.model().session().isDirty()));
    }

    @Test
    void unfoldingAgainLeavesNothingUnsavedAndTheSampleNeverAsks(FxRobot robot) throws Exception {
        MainWindow window = windowOnSavedFile(folder.resolve("leadership.orgchart.json"));
        foldCto(robot, window);
        assertTrue(onFx(() -> window.model().session().isDirty()));
        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> window.model().session().isDirty()), "shown as saved again");
        assertFalse(onFx(stageOf(window)::getTitle).endsWith("*"));
        onFx(() -> {
            window.model().setLayoutOptions(window.model().layoutOptions()
                    .withRows(dev.orgwright.layout.LayoutOptions.Rows.BY_TIER));
            return null;
        });
        assertTrue(onFx(stageOf(window)::getTitle).endsWith("*"), "other rows are unsaved too");

        // The built-in sample has no file to keep a view in: folding it asks nothing on closing.
        MainWindow sample = TestWindows.openAnotherOnSample(dialogs);
        foldCto(robot, sample);
        assertEquals(Set.of(CTO), onFx(() -> sample.model().collapsed()));
        assertFalse(onFx(() -> sample.model().session().isDirty()));
    }
}
