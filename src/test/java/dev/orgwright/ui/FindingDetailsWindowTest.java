package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.rules.Finding;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The findings pane's Details toggle: the plain message in the list, the figures behind it on demand. */
@ExtendWith(ApplicationExtension.class)
class FindingDetailsWindowTest {

    private MainWindow window;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage);
    }

    @Test
    void theDetailsToggleShowsWhyTheSelectedFindingWasRaisedAndItsFigures(FxRobot robot) throws Exception {
        Label details = robot.lookup("#finding-details").queryAs(Label.class);
        ToggleButton toggle = robot.lookup("#findings-details-toggle").queryAs(ToggleButton.class);
        assertFalse(details.isVisible(), "the details are hidden until asked for");

        robot.clickOn(toggle);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(details.isVisible());
        assertTrue(details.getText().startsWith("Select a finding"), details.getText());

        @SuppressWarnings("unchecked")
        ListView<Finding> list = robot.lookup("#findings-list").queryListView();
        Finding duty = list.getItems().stream().filter(f -> f.ruleId().equals("duty-outside-tier")).findFirst()
                .orElseThrow();
        assertTrue(duty.message().contains("reads like"), duty.message());
        WaitForAsyncUtils.asyncFx(() -> list.scrollTo(duty)).get();
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c && c.getItem() == duty)
                .query();
        robot.clickOn(row.lookup(".finding-position"));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(details.getText().contains(duty.explanation()), details.getText());
        assertTrue(details.getText().contains("Figures: "), details.getText());
        assertTrue(details.getText().contains("rules.duty-outside-tier.confidence"), details.getText());

        robot.clickOn(toggle);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(details.isVisible(), "a second click hides the details again");
    }
}
