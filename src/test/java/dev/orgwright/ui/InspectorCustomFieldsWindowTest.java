package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.CustomFieldEdits;
import dev.orgwright.model.Edits;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The chart's own fields shown and edited in the inspector of the real window; each edit is one undo step. */
@ExtendWith(ApplicationExtension.class)
class InspectorCustomFieldsWindowTest {

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
    void customFieldsAreShownMarkedAndEditedInTheInspector(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.model().apply(Edits.sequence("Add fields", List.of(
                CustomFieldEdits.define(FieldDefinition.of("email", "E-mail", FieldType.TEXT, true)),
                CustomFieldEdits.define(FieldDefinition.of("start", "Start date", FieldType.DATE, false)),
                CustomFieldEdits.define(new FieldDefinition("office", "Office", FieldType.CHOICE, false,
                        List.of("Leeds", "Lisbon"))))))).get();
        robot.clickOn(TestWindows.centreOf(window, CFO));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup(".caption").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("E-mail") && l.getText().contains("private")));

        robot.clickOn("#inspector-field-email");
        robot.write("cfo@acme.example").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of("cfo@acme.example"), window.model().chart().position(CFO).fieldValues().get("email"));

        ComboBox<?> office = robot.lookup("#inspector-field-office").queryComboBox();
        WaitForAsyncUtils.asyncFx(() -> office.getSelectionModel().select(2)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of("Lisbon"), window.model().chart().position(CFO).fieldValues().get("office"));

        DatePicker start = robot.lookup("#inspector-field-start").queryAs(DatePicker.class);
        WaitForAsyncUtils.asyncFx(() -> start.setValue(LocalDate.of(2024, 9, 2))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of("2024-09-02"), window.model().chart().position(CFO).fieldValues().get("start"));
        assertEquals("2024-09-02", start.getEditor().getText());

        WaitForAsyncUtils.asyncFx(() -> window.model().undo()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.model().chart().position(CFO).fieldValues().get("start").isEmpty());
        assertEquals(Optional.of("Lisbon"), window.model().chart().position(CFO).fieldValues().get("office"));
        assertEquals(null, start.getValue());
    }
}
