package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFileLock;
import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.RecoveryFixtures;
import dev.orgwright.io.RecoveryStore;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.document.SafetyNet;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
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

/**
 * The real window after a crash: the recovery offer at start, the recovered chart autosaved
 * while it is edited, a clean exit that leaves nothing behind. (Monocle keeps the focus on the
 * first window whatever is shown, so the check on focus is tested one level down, in
 * {@code FileSafetyTest}.)
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryWindowTest {

    private static final PositionId CEO = PositionId.of("ceo");

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Chart sample = SampleCharts.leadershipTeam();
    private Chart crashed;
    private Path folder;
    private Path recovery;
    private Path file;
    private SafetyNet safety;
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        folder = Files.createTempDirectory("orgwright-recovery-window");
        recovery = folder.resolve("recovery");
        file = folder.resolve("board.orgchart.json");
        ChartFiles.save(file, sample);
        crashed = Edits.setHolder(CEO, "Recovered Holder").apply(sample.withTitle("Board"));
        RecoveryFixtures.crashedWith(recovery, crashed, file, Instant.parse("2026-03-02T14:05:00Z"));
        dialogs.choice = 0; // Recover
        safety = SafetyNet.start(new RecoveryStore(recovery), Duration.ofMillis(100));
        window = OrgwrightApp.openWindows(stage, dialogs, List.of(), safety, s -> dialogs);
    }

    @AfterEach
    void cleanExit() throws Exception {
        TestWindows.close(stage);
        safety.close();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private List<Path> autosaves() throws Exception {
        try (Stream<Path> files = Files.list(recovery)) {
            return files.filter(f -> f.toString().endsWith(ChartFiles.EXTENSION)).toList();
        }
    }

    @Test
    void theCrashedChartIsOfferedAndOpensAsUnsavedChangesToItsFile(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Recover the unsaved changes to \"board.orgchart.json\"?"), dialogs.questions);
        assertEquals("Board — board.orgchart.json*", stage.getTitle());
        assertEquals(crashed, window.model().chart());
        assertEquals(sample, ChartFiles.load(file), "the file is as it was until the user saves");
        assertTrue(Files.exists(ChartFileLock.lockFileOf(file)), "the window holds the file's lock");
    }

    @Test
    void editsAreAutosavedOffTheWindowAndACleanExitLeavesNothingBehind(FxRobot robot) throws Exception {
        robot.clickOn(TestWindows.centreOf(window, CEO));
        dialogs.textAnswer = "Chief Everything Officer";
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Chief Everything Officer", window.model().chart().position(CEO).title());

        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> {
            List<Path> saved = autosaves();
            return saved.size() == 1 && ChartFiles.load(saved.get(0)).equals(window.model().chart());
        });

        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get();
        safety.close(); // what Quit does after the unsaved-changes question
        assertEquals(List.of(), autosaves());
        assertFalse(Files.exists(ChartFileLock.lockFileOf(file)), "the lock went with the window");
        try (Stream<Path> left = Files.list(recovery)) {
            assertEquals(List.of(), left.toList(), "no marker of a running session is left");
        }
    }
}
