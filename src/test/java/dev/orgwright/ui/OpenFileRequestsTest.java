package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Files the system asks the running program to open (a double-click on macOS): kept until the
 * window exists, then opened in the window that shows the untouched sample, or in a new window
 * when the user's work is open.
 */
@ExtendWith(ApplicationExtension.class)
class OpenFileRequestsTest {

    @TempDir
    Path folder;

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

    private Path chartFile(String name, String title) throws Exception {
        Path file = folder.resolve(name + ChartFiles.EXTENSION);
        ChartFiles.save(file, SampleCharts.leadershipTeam().withTitle(title));
        return file;
    }

    @Test
    void filesAskedForBeforeTheWindowExistsOpenOnceItDoesAndTheSampleMakesWay() throws Exception {
        OpenFileRequests requests = new OpenFileRequests();
        Path first = chartFile("first", "First proposal");
        Path second = chartFile("second", "Second proposal");
        List<Path> inNewWindows = new ArrayList<>();
        requests.deliver(List.of(first, second)); // as at launch, before any window
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.model().session().isShowingSample(), "nothing opens before a window takes the requests");

        WaitForAsyncUtils.asyncFx(() -> requests.openWith(
                file -> OpenFileRequests.route(file, window.model(), inNewWindows::add))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("First proposal", window.model().chart().title(), "the first file took the sample's place");
        assertEquals(List.of(second), inNewWindows, "the second went to a window of its own");
    }

    @Test
    void aFileAskedForWhileTheUsersWorkIsOpenGetsANewWindow() throws Exception {
        OpenFileRequests requests = new OpenFileRequests();
        List<Path> inNewWindows = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            requests.openWith(file -> OpenFileRequests.route(file, window.model(), inNewWindows::add));
            window.model().apply(Edits.setTitle(PositionId.of("ceo"), "Managing Director"));
        }).get();
        Path file = chartFile("later", "Later proposal");
        new Thread(() -> requests.deliver(List.of(file))).start(); // the system's thread, not JavaFX's
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !inNewWindows.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(file), inNewWindows);
        assertFalse(window.model().chart().title().equals("Later proposal"), "the edited sample stays where it is");
        assertTrue(dialogs.questions.isEmpty(), "nobody was asked to discard changes: " + dialogs.questions);
    }
}
