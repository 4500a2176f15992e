package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.PositionId;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.RecordingDialogs;
import dev.orgwright.ui.panels.InspectorPane;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inspector's form is left out of the window's first frame, which it would only show empty
 * and disabled: it joins the window once the chart is on the screen, or at once when a position
 * is selected before that.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorFirstFrameTest {

    private MainWindow window;
    private boolean formInSceneAtStart;
    private boolean wholeFormAtStart;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage);
        wholeFormAtStart = window.inspector().showsWholeForm();
        formInSceneAtStart = stage.getScene().lookup("#inspector-tier") != null;
    }

    @Test
    void theFormJoinsTheWindowOnceTheChartIsOnTheScreen(FxRobot robot) throws Exception {
        assertFalse(wholeFormAtStart, "the window is shown with the inspector's heading only");
        assertFalse(formInSceneAtStart, "the form's controls are not in the first frame's scene");
        assertNotNull(window.inspector().lookup(".pane-heading"), "the heading is there from the start");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.inspector().showsWholeForm());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.canvas().chartPaints() > 0, "the chart was painted before the form came");
        Node tier = robot.lookup("#inspector-tier").query();
        assertNotNull(tier);
        assertTrue(tier.isDisabled(), "nothing is selected: the form is there, disabled");
    }

    @Test
    void selectingAPositionShowsTheWholeFormAtOnce() throws Exception {
        boolean[] before = new boolean[1];
        boolean[] after = new boolean[1];
        String[] title = new String[1];
        WaitForAsyncUtils.asyncFx(() -> {
            ChartWindowModel model = TestWindows.onSample(new RecordingDialogs());
            InspectorPane inspector = new InspectorPane(model);
            before[0] = inspector.showsWholeForm();
            model.select(PositionId.of("cfo"));
            after[0] = inspector.showsWholeForm();
            TextField field = (TextField) inspector.getContent().lookup("#inspector-title");
            title[0] = field == null ? null : field.getText();
        }).get(10, TimeUnit.SECONDS);
        assertFalse(before[0], "a pane with nothing selected holds its heading only");
        assertTrue(after[0], "a selection brings the whole form");
        assertEquals(TestWindows.onSample(new RecordingDialogs()).chart().position(PositionId.of("cfo")).title(), title[0]);
    }

    @Test
    void theFormIsPutInOnlyOnce() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.inspector().showsWholeForm());
        int[] headings = new int[1];
        WaitForAsyncUtils.asyncFx(() -> {
            window.inspector().showWholeForm();
            window.model().select(PositionId.of("cfo"));
            headings[0] = window.inspector().lookupAll(".pane-heading").size();
        }).get(10, TimeUnit.SECONDS);
        assertEquals(1, headings[0]);
    }
}
