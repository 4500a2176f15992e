package dev.orgwright.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.ui.TestWindows;
import dev.orgwright.ui.fx.Texts;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The getting-started tour, shown on purpose: Next and Skip by keyboard, remembered once seen. */
@ExtendWith(ApplicationExtension.class)
class TourTest {

    private final Preferences preferences = Preferences.userRoot().node("orgwright-tour-test-" + System.nanoTime());
    private Stage owner;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        owner = stage;
        Pane canvas = new Pane();
        canvas.setId("chart-canvas");
        stage.setScene(new Scene(canvas, 800, 600));
        stage.show();
    }

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
        TestWindows.closeOtherWindows();
    }

    @Test
    void enterGoesThroughTheStepsAndTheLastEndsTheTourForGood(FxRobot robot) throws Exception {
        Tour tour = WaitForAsyncUtils.asyncFx(() -> new Tour(owner, preferences)).get();
        robot.interact(tour::start);
        assertEquals(0, tour.step());
        assertEquals(Texts.t("help.tour.canvas"), tour.text());
        for (int i = 1; i < Tour.STEPS.size(); i++) {
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(i, tour.step());
        }
        assertEquals(Texts.t("help.tour.help"), tour.text(), "the last step points to the help");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(tour.isShowing());
        assertTrue(preferences.getBoolean(Tour.SEEN_KEY, false));
    }

    @Test
    void escapeSkipsAndASeenTourDoesNotComeBackByItself(FxRobot robot) throws Exception {
        String before = System.getProperty(Tour.PROPERTY);
        System.clearProperty(Tour.PROPERTY);
        try {
            Tour tour = WaitForAsyncUtils.asyncFx(() -> new Tour(owner, preferences)).get();
            assertTrue(WaitForAsyncUtils.asyncFx(tour::startIfFirstTime).get(), "the first start shows it");
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(tour.isShowing(), "Escape skips");
            assertTrue(preferences.getBoolean(Tour.SEEN_KEY, false));
            Tour again = WaitForAsyncUtils.asyncFx(() -> new Tour(owner, preferences)).get();
            assertFalse(WaitForAsyncUtils.asyncFx(again::startIfFirstTime).get(), "skipped is seen");
            assertFalse(again.isShowing());
        } finally {
            if (before != null) {
                System.setProperty(Tour.PROPERTY, before);
            }
        }
    }

    @Test
    void theBuildsSwitchKeepsItAwayEvenOnAFirstStart() throws Exception {
        String before = System.getProperty(Tour.PROPERTY);
        System.setProperty(Tour.PROPERTY, "off");
        try {
            Tour tour = WaitForAsyncUtils.asyncFx(() -> new Tour(owner, preferences)).get();
            assertFalse(WaitForAsyncUtils.asyncFx(tour::startIfFirstTime).get());
            assertFalse(tour.isShowing());
            assertFalse(preferences.getBoolean(Tour.SEEN_KEY, false), "and it still counts as not seen");
        } finally {
            if (before == null) {
                System.clearProperty(Tour.PROPERTY);
            } else {
                System.setProperty(Tour.PROPERTY, before);
            }
        }
    }
}
