package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.bench.IoBenchmark;
import dev.orgwright.io.ChartFiles;
import dev.orgwright.rules.Severity;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import dev.orgwright.ui.document.BackgroundChecks;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A chart large enough to be shown before its findings, opened from the command line as the
 * program does: once its findings arrive, the findings list, the status bar and the cards' marks
 * show every one of them, as if it had been checked before it was shown.
 */
@ExtendWith(ApplicationExtension.class)
class OpenLargeChartWindowTest {

    private static Path file;
    private MainWindow window;

    @BeforeAll
    static void largeChart() throws Exception {
        TestWindows.startToolkit();
        file = Files.createTempFile("large", ChartFiles.EXTENSION);
        ChartFiles.save(file, IoBenchmark.realisticChart(BackgroundChecks.LARGE_CHART + 500, new Random(5)));
    }

    @AfterAll
    static void removeChart() throws Exception {
        Files.deleteIfExists(file);
    }

    private static List<String> said(Validation v) {
        return v.all().stream().map(f -> f.ruleId() + " " + f.positionId() + ": " + f.message()).toList();
    }

    @Start
    void start(Stage stage) {
        window = OrgwrightApp.openWindow(stage, new RecordingDialogs(), List.of());
    }

    @Test
    void theFindingsOfAChartOpenedBeforeTheyWereKnownAppearOnceTheyArrive(FxRobot robot) throws Exception {
        // Opened as a file named on the command line is, after the window is up (a busy machine takes a while).
        WaitForAsyncUtils.asyncFx(() -> window.model().session().openFromCommandLine(List.of(file.toString()))).get();
        assertEquals(BackgroundChecks.LARGE_CHART + 500, WaitForAsyncUtils.asyncFx(() -> window.model().chart().size()).get());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> !window.model().session().isChecking()).get());
        Validation expected = Validator.withDefaultRules().validate(ChartFiles.load(file));
        assertTrue(expected.all().size() > 100, "the chart has findings to show");

        ListView<?> list = robot.lookup("#findings-list").queryListView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> list.getItems().size() == expected.all().size());
        Validation shown = WaitForAsyncUtils.asyncFx(() -> window.model().validation()).get();
        assertFalse(shown.isPending());
        assertEquals(said(expected), said(shown));
        assertEquals(shown, WaitForAsyncUtils.asyncFx(() -> window.model().decorations().findings()).get(),
                "the cards are marked with the findings that arrived");
        String status = robot.lookup("#summary-status").queryAs(Label.class).getText();
        assertTrue(status.contains(java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH)
                .format(expected.count(Severity.WARNING)) + " warnings"), status);
        assertFalse(status.contains("checking"), status);
    }
}
