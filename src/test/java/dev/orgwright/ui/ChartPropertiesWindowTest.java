package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Chart → Properties in the real window: title, currency and fields change as one undo step. */
@ExtendWith(ApplicationExtension.class)
class ChartPropertiesWindowTest {

    private MainWindow window;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, new RecordingDialogs());
    }

    @Test
    void propertiesChangeTheChartInOneUndoableStep(FxRobot robot) {
        String before = window.model().chart().title();
        robot.clickOn("Chart").clickOn("Properties…");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#properties-title").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Acme board");
        robot.clickOn("#properties-currency").write("gbp");
        robot.clickOn("#field-add");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Salary band").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox secret = robot.lookup("#properties-fields .check-box").queryAs(CheckBox.class);
        robot.clickOn(secret);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<?> table = robot.lookup("#properties-fields").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        robot.clickOn("#properties-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Acme board", window.model().chart().title());
        assertEquals(Optional.of("GBP"), window.model().chart().settings().currency());
        assertEquals(List.of(FieldDefinition.of("salary-band", "Salary band", FieldType.TEXT, true)),
                window.model().chart().fields());
        assertTrue(robot.lookup("#properties-ok").tryQuery().isEmpty(), "OK closes the window");

        robot.interact(() -> window.model().undo());
        assertEquals(before, window.model().chart().title());
        assertEquals(List.of(), window.model().chart().fields());
        assertEquals(Optional.empty(), window.model().chart().settings().currency());
    }

    @Test
    void aBadCurrencyIsSaidAndCancelKeepsTheChart(FxRobot robot) {
        String before = window.model().chart().title();
        robot.clickOn("Chart").clickOn("Properties…");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#properties-title").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Changed");
        robot.clickOn("#properties-currency").write("pounds");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#properties-ok").queryAs(Button.class).isDisable());
        assertTrue(robot.lookup("#properties-problem").queryAs(Label.class).getText().startsWith("'pounds' is not"));
        robot.clickOn("#properties-cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(before, window.model().chart().title());
        assertFalse(window.model().session().canUndo());
    }

    @Test
    void theCardsLinesAreChosenInTheDialogAndUndoneInOneStep(FxRobot robot) {
        robot.clickOn("Chart").clickOn("Properties…");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> addable = robot.lookup("#properties-card-addable")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> addable.setValue("department"));
        robot.clickOn("#card-add");
        robot.clickOn("#card-up");
        robot.clickOn("#properties-card-photo");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#properties-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(new dev.orgwright.model.CardTemplate(List.of("title", "department", "holder"), false),
                dev.orgwright.model.CardTemplate.of(window.model().chart().settings()));
        robot.interact(() -> window.model().undo());
        assertEquals(dev.orgwright.model.CardTemplate.DEFAULT,
                dev.orgwright.model.CardTemplate.of(window.model().chart().settings()));
    }
}
