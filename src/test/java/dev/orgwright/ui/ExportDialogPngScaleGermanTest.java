package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Messages;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The note on a PNG scale too large for the chart, in German: in German, whole, and inside the dialog. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogPngScaleGermanTest {

    private static Path file;
    private MainWindow window;

    @BeforeAll
    static void inGerman() throws Exception {
        TestWindows.startToolkit();
        WholeLabels.fixTextConstants();
        Messages.setLocale(Locale.GERMAN);
        file = ExportDialogPngScaleTest.wideChartFile();
    }

    @AfterAll
    static void backToEnglish() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        Files.deleteIfExists(file);
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, new RecordingDialogs());
    }

    @AfterEach
    void closeOtherWindows() throws Exception {
        TestWindows.closeOtherWindows();
    }

    @Test
    void theNoteIsGermanWholeAndInsideTheDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.model().session().openFromCommandLine(List.of(file.toString()))).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> window.model().chart().size()).get() == ExportDialogPngScaleTest.REPORTS + 1);
        WaitForAsyncUtils.asyncFx(() -> window.model().setLayoutOptions(
                window.model().layoutOptions().withMode(LayoutOptions.Mode.TIDY))).get();
        robot.clickOn("#chart-canvas", javafx.scene.input.MouseButton.SECONDARY);
        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Stage dialog = window.exportDialog().stage().orElseThrow();
        robot.clickOn("#export-format-png");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#export-scale").queryAs(Spinner.class).getValueFactory()
                .setValue(2.0)).get();
        WaitForAsyncUtils.waitForFxEvents();

        Label note = robot.lookup("#export-scale-note").queryAs(Label.class);
        Button fit = robot.lookup("#export-scale-fit").queryAs(Button.class);
        assertTrue(note.isVisible() && fit.isVisible(), "the wide chart is too large at 2×");
        assertTrue(note.getText().startsWith("Bei 2× wäre das PNG ") && note.getText().contains("mehr als Bildprogramme"),
                note.getText());
        assertTrue(note.getText().matches(".*\\d\\d\\.\\d{3} × [\\d.]+ Pixel.*"), "figures grouped as in German: " + note.getText());
        assertTrue(fit.getText().matches("\\d,\\d\\d?× verwenden"), "a German decimal comma: " + fit.getText());
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> WholeLabels.cutLabels(dialog.getScene().getRoot())).get(),
                "texts cut off with an ellipsis");
        for (javafx.scene.Node n : List.of(note, fit)) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            assertTrue(b.getMaxY() <= dialog.getScene().getHeight() + 0.5 && b.getMaxX() <= dialog.getScene().getWidth() + 0.5,
                    n.getId() + " lies inside the dialog: " + b + " in " + dialog.getScene().getWidth() + " × "
                            + dialog.getScene().getHeight());
        }
    }
}
