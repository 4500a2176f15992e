package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.model.PositionId;
import dev.orgwright.model.PositionStatus;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.math.BigDecimal;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** FTE and status typed and chosen in the inspector of the real window; each is one undo step. */
@ExtendWith(ApplicationExtension.class)
class InspectorTypedFieldsWindowTest {

    private static final PositionId CFO = PositionId.of("cfo");

    private MainWindow window;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, new RecordingDialogs());
        window.model().view().fit();
    }

    @Test
    void fteAndStatusAreEditedInTheInspector(FxRobot robot) throws Exception {
        robot.clickOn(TestWindows.centreOf(window, CFO));
        WaitForAsyncUtils.waitForFxEvents();

        robot.doubleClickOn("#inspector-fte");
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("0.5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new BigDecimal("0.5"), window.model().chart().position(CFO).fte());

        ComboBox<?> status = robot.lookup("#inspector-status").queryComboBox();
        WaitForAsyncUtils.asyncFx(() -> status.getSelectionModel().select(1)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PositionStatus.PLANNED, window.model().chart().position(CFO).status());

        WaitForAsyncUtils.asyncFx(() -> window.model().undo()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, window.model().chart().position(CFO).status());
        assertEquals(new BigDecimal("0.5"), window.model().chart().position(CFO).fte());
    }
}
