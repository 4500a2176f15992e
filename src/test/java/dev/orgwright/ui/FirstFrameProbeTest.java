package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** {@code --exit-after-first-frame}: reported once, only after the chart has been painted. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameProbeTest {

    private final List<Long> reports = new CopyOnWriteArrayList<>();
    private final List<Long> paintsAtReport = new CopyOnWriteArrayList<>();
    private MainWindow window;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage);
        FirstFrameProbe.watch(stage.getScene(), window.canvas(), millis -> {
            reports.add(millis);
            paintsAtReport.add(window.canvas().chartPaints());
        });
    }

    @Test
    void reportsOnceAfterTheChartWasPainted() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !reports.isEmpty());
        // More pulses must not report again.
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.asyncFx(Platform::requestNextPulse).get();
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(1, reports.size());
        assertTrue(paintsAtReport.get(0) >= 1, "the chart was painted before the frame was reported");
        long sinceStart = FirstFrameProbe.millisSinceStart();
        assertTrue(reports.get(0) > 0 && reports.get(0) <= sinceStart,
                "counted from the JVM start: " + reports.get(0) + " ms of " + sinceStart);
    }

    @Test
    void theOptionIsNotAFileToOpen() {
        List<String> args = List.of("--exit-after-first-frame", "acme.orgchart.json");
        assertTrue(FirstFrameProbe.requested(args));
        assertEquals(List.of("acme.orgchart.json"), FirstFrameProbe.withoutOption(args));
        assertFalse(FirstFrameProbe.requested(List.of("acme.orgchart.json")));
    }
}
