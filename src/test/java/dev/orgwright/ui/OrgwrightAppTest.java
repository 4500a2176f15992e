package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.PositionId;
import dev.orgwright.render.Theme;
import dev.orgwright.ui.canvas.ChartCanvas;
import dev.orgwright.ui.fx.FxFonts;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on the built-in sample, driven by the robot. */
@ExtendWith(ApplicationExtension.class)
class OrgwrightAppTest {

    private static final PositionId CEO = PositionId.of("ceo");

    private Stage stage;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new OrgwrightApp().start(stage);
    }

    @Test
    void clickingTheChiefExecutiveSelectsIt(FxRobot robot) throws Exception {
        ChartCanvas canvas = robot.lookup("#chart-canvas").queryAs(ChartCanvas.class);
        robot.clickOn(TestWindows.centreOf(canvas, CEO));

        assertEquals("Selected: Chief Executive Officer", label(robot, "#selection-status"));
        assertEquals("Leadership team — sample", stage.getTitle());
        assertTrue(label(robot, "#summary-status").matches("\\d+ positions · \\d+ vacanc(y|ies) · \\d+ errors? · \\d+ warnings? · \\d+ notes? · zoom \\d+%"));
    }

    @Test
    void theChiefExecutivesCardIsPaintedWhereTheLayoutPutsIt(FxRobot robot) throws Exception {
        ChartCanvas canvas = robot.lookup("#chart-canvas").queryAs(ChartCanvas.class);
        Bounds local = WaitForAsyncUtils.asyncFx(
                () -> canvas.canvas().screenToLocal(canvas.screenBoundsOf(CEO).orElseThrow())).get();
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> canvas.canvas().snapshot(null, null)).get();

        // Near the bottom-left corner, inside the card: no text there, only the card's fill.
        Color inside = shot.getPixelReader().getColor((int) local.getMinX() + 8, (int) local.getMaxY() - 8);
        Color outside = shot.getPixelReader().getColor((int) local.getMinX() - 8, (int) local.getMaxY() - 8);
        Color background = FxFonts.color(Theme.LIGHT.background());
        assertNotEquals(background, inside, "the card is painted over the background");
        assertEquals(FxFonts.color(Theme.LIGHT.cardFill()), inside);
        assertEquals(background, outside);
        assertTrue(local.getWidth() > 100, "the card is drawn at a readable size");
    }

    @Test
    void plusZoomsIn(FxRobot robot) {
        ChartCanvas canvas = robot.lookup("#chart-canvas").queryAs(ChartCanvas.class);
        robot.clickOn(canvas.localToScreen(4, 4)); // the background: focuses the view
        int before = zoomPercent(label(robot, "#summary-status"));
        robot.type(KeyCode.EQUALS);

        assertEquals(before * 1.25, zoomPercent(label(robot, "#summary-status")), 1);
    }

    private static int zoomPercent(String summary) {
        return Integer.parseInt(summary.replaceAll(".*zoom (\\d+)%", "$1"));
    }

    private static String label(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
