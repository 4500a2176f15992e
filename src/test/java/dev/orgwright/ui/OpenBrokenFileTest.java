package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.ui.fx.RecordingDialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Open… on a file that does not load: the user is told why, and the sample stays. */
@ExtendWith(ApplicationExtension.class)
class OpenBrokenFileTest {

    @TempDir
    Path folder;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Stage stage;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWindows.openOnSample(stage, dialogs);
    }

    @Test
    void theErrorIsShownAndTheSampleStaysOpen(FxRobot robot) throws IOException {
        Path broken = folder.resolve("cut-off.orgchart.json");
        Files.writeString(broken, "{\n  \"format\": \"orgwright.chart\",\n  \"version\": 1,\n  \"positions\": [\n");
        dialogs.fileToOpen = broken;
        String summary = robot.lookup("#summary-status").queryAs(Label.class).getText();

        robot.clickOn("File").clickOn("Open…");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, dialogs.errors.size());
        String error = dialogs.errors.get(0);
        assertTrue(error.startsWith("The chart could not be opened: cut-off.orgchart.json, line "), error);
        assertTrue(error.contains("cut off"), error);
        assertEquals("Leadership team — sample", stage.getTitle());
        assertEquals(summary, robot.lookup("#summary-status").queryAs(Label.class).getText(), "the same chart, untouched");
    }
}
