package dev.orgwright.ui;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.model.Messages;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.canvas.ChartCanvas;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.Motion;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The setup every window test shares: the toolkit, the main window on the built-in sample with
 * recording dialogs, where a card is on the screen, and closing what a test opened.
 */
public final class TestWindows {

    private TestWindows() {
    }

    /**
     * Starts the toolkit for the test class ({@code @BeforeAll}), with reduced motion so that views
     * change at once and what a test reads off the screen is the final view, also when the test
     * runs without the build's settings. The primary stage comes from TestFX: a toolkit started
     * any other way in the same run makes later robot clicks miss.
     */
    public static void startToolkit() throws TimeoutException {
        System.setProperty(Motion.REDUCED_PROPERTY, "true");
        // Tests read the window's English texts, whatever the language of the machine.
        Messages.setLocale(Locale.ENGLISH);
        System.setProperty(dev.orgwright.ui.help.Tour.PROPERTY, "off"); // the first-start tour never covers a window under test
        FxToolkit.registerPrimaryStage();
    }

    /** A window model showing the built-in sample, with fixed card sizes and real file loading. */
    public static ChartWindowModel onSample(Dialogs dialogs) {
        return new ChartWindowModel(SampleCharts.leadershipTeam(), CardSizer.fixed(180, 64), ChartFiles::load, dialogs);
    }

    /**
     * Shows the main window on the built-in sample in {@code stage} (on the toolkit's thread, as in
     * {@code @Start}); {@code dialogs} answers its questions and records what it was told.
     */
    public static MainWindow openOnSample(Stage stage, RecordingDialogs dialogs) {
        MainWindow window = OrgwrightApp.openWindow(stage, dialogs, List.of());
        // TestFX hands the same primary stage to every test of the run, and a stage once sized by
        // hand keeps that size through a new scene: without this, a test that made the window small
        // would leave every later test in a small window, with cards off the screen and labels cut.
        stage.sizeToScene();
        return window;
    }

    /** As {@link #openOnSample(Stage, RecordingDialogs)}, for a test that reads nothing the dialogs record. */
    public static MainWindow openOnSample(Stage stage) {
        return openOnSample(stage, new RecordingDialogs());
    }

    /** Opens the main window on the sample in a stage of its own, from the test's thread. */
    public static MainWindow openAnotherOnSample(RecordingDialogs dialogs) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> openOnSample(new Stage(), dialogs)).get();
    }

    /** Where the card of {@code id} is on the screen in {@code canvas}. */
    public static Bounds screenBoundsOf(ChartCanvas canvas, PositionId id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> canvas.screenBoundsOf(id).orElseThrow()).get();
    }

    public static Bounds screenBoundsOf(MainWindow window, PositionId id) throws Exception {
        return screenBoundsOf(window.canvas(), id);
    }

    /** The screen point at the centre of the card of {@code id} in {@code canvas}. */
    public static Point2D centreOf(ChartCanvas canvas, PositionId id) throws Exception {
        Bounds b = screenBoundsOf(canvas, id);
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    public static Point2D centreOf(MainWindow window, PositionId id) throws Exception {
        return centreOf(window.canvas(), id);
    }

    /** Closes {@code window} and waits until the toolkit has handled it. */
    public static void close(Window window) throws Exception {
        WaitForAsyncUtils.asyncFx(window::hide).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the stage that shows {@code window}. */
    public static void close(MainWindow window) throws Exception {
        close(WaitForAsyncUtils.asyncFx(() -> window.canvas().getScene().getWindow()).get());
    }

    /**
     * Closes every window but the primary stage, which TestFX hands to the next test: dialogs,
     * comparisons and other windows a test opened.
     */
    public static void closeOtherWindows() throws Exception {
        Stage primary = FxToolkit.toolkitContext().getRegisteredStage();
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != primary).forEach(Window::hide)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
