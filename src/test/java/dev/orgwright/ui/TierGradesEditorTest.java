package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Templates;
import dev.orgwright.model.Tier;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The tier editor shows and edits the pay grades of each tier, in the real window. */
@ExtendWith(ApplicationExtension.class)
class TierGradesEditorTest {

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainWindow window;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, dialogs);
    }

    @AfterEach
    void closeTheEditor() throws Exception {
        TestWindows.closeOtherWindows();
    }

    private ChartWindowModel model() {
        return window.model();
    }

    private Tier tier(String id) {
        return model().chart().tier(id).orElseThrow();
    }

    private void select(FxRobot robot, String tierId) {
        ListView<?> list = robot.lookup("#tier-list").queryListView();
        robot.interact(() -> list.getSelectionModel().select(model().chart().tiers().indexOf(tier(tierId))));
    }

    private void typeGrades(FxRobot robot, String text) {
        TextField field = robot.lookup("#tier-grades").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::clear);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void gradesTypedInTheEditorBecomeTheTiersAndUndoInOneStep(FxRobot robot) {
        robot.clickOn("Chart").clickOn("Tiers and Responsibilities…");
        WaitForAsyncUtils.waitForFxEvents();
        select(robot, Templates.SENIOR);

        typeGrades(robot, "SCS3,  SCS4 ,");

        assertEquals(List.of("SCS3", "SCS4"), tier(Templates.SENIOR).grades());
        select(robot, Templates.EXECUTIVE);
        TextField field = robot.lookup("#tier-grades").queryAs(TextField.class);
        assertEquals("", field.getText());
        select(robot, Templates.SENIOR);
        assertEquals("SCS3, SCS4", field.getText());

        robot.interact(model()::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), tier(Templates.SENIOR).grades());
        assertEquals("", field.getText());
    }

    @Test
    void aGradeOfAnotherTierIsRefusedWithASentenceAndTheFieldShowsTheGradesAsTheyWere(FxRobot robot) {
        robot.clickOn("Chart").clickOn("Tiers and Responsibilities…");
        WaitForAsyncUtils.waitForFxEvents();
        select(robot, Templates.SENIOR);
        typeGrades(robot, "SCS3, SCS4");
        select(robot, Templates.EXECUTIVE);
        typeGrades(robot, "SCS1");

        typeGrades(robot, "SCS1, scs4");

        assertEquals(List.of("SCS1"), tier(Templates.EXECUTIVE).grades());
        assertEquals(List.of("SCS3", "SCS4"), tier(Templates.SENIOR).grades());
        assertTrue(dialogs.errors.stream().anyMatch(e -> e.contains("The grade 'scs4' is already held by the tier"
                + " 'Senior Management'")), dialogs.errors.toString());
        assertEquals("SCS1", robot.lookup("#tier-grades").queryAs(TextField.class).getText());
    }
}
