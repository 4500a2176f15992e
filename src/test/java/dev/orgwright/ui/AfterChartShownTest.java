package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Work held back until the chart is on the screen: it runs after the canvas's next paint, once. */
@ExtendWith(ApplicationExtension.class)
class AfterChartShownTest {

    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = TestWindows.openOnSample(stage);
    }

    @Test
    void runsOnceTheChartHasBeenPaintedAfterItWasGiven() throws Exception {
        AfterChartShown gate = new AfterChartShown(stage.getScene(), window.canvas());
        List<Long> paintsAtRun = new CopyOnWriteArrayList<>();
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        long paintsBefore = WaitForAsyncUtils.asyncFx(() -> {
            gate.execute(() -> {
                paintsAtRun.add(window.canvas().chartPaints());
                onFxThread.add(Platform.isFxApplicationThread());
            });
            long now = window.canvas().chartPaints();
            window.model().view().panBy(5, 5); // a change of the view: the canvas paints the chart again
            return now;
        }).get();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !paintsAtRun.isEmpty());
        assertTrue(paintsAtRun.get(0) > paintsBefore,
                "ran after a paint: " + paintsAtRun.get(0) + " paints, " + paintsBefore + " before");
        assertEquals(List.of(true), onFxThread);
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.asyncFx(Platform::requestNextPulse).get();
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(1, paintsAtRun.size(), "runs once");
    }

    @Test
    void runsAtOnceWhenTheWindowIsNotOnTheScreen() throws Exception {
        java.util.concurrent.Future<Boolean> ran = WaitForAsyncUtils.asyncFx(() -> {
            Stage hidden = new Stage();
            hidden.setScene(new Scene(new javafx.scene.layout.Pane(), 100, 100));
            boolean[] done = new boolean[1];
            new AfterChartShown(hidden.getScene(), window.canvas()).execute(() -> done[0] = true);
            return done[0];
        });
        assertTrue(ran.get(10, TimeUnit.SECONDS), "no frame to wait for: the task ran on the spot");
    }
}
