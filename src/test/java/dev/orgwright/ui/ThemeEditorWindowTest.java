package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.Box;
import dev.orgwright.model.Position;
import dev.orgwright.model.ThemeSettings;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Theme;
import dev.orgwright.render.Viewport;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Chart → Theme… in the real window: a change is drawn on the canvas at once and undone like an edit. */
@ExtendWith(ApplicationExtension.class)
class ThemeEditorWindowTest {

    private MainWindow window;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @TempDir
    Path folder;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, dialogs);
    }

    private void openEditor(FxRobot robot) {
        robot.clickOn("Chart").clickOn("Theme…");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The colour of the canvas in the middle of the top edge of the first root's card: its accent band. */
    private Color bandOnCanvas(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Position root = window.model().chart().position(window.model().chart().roots().get(0));
            Box box = window.model().layout().box(root.id()).orElseThrow();
            Viewport v = window.model().view().viewport();
            WritableImage shot = window.canvas().canvas().snapshot(null, null);
            return shot.getPixelReader().getColor((int) Math.round(v.toSurfaceX(box.centreX())),
                    (int) Math.round(v.toSurfaceY(box.y())) + 1);
        }).get();
    }

    private static void assertColour(Rgba expected, Color actual) {
        assertEquals(expected.red(), (int) Math.round(actual.getRed() * 255), 2, actual.toString());
        assertEquals(expected.green(), (int) Math.round(actual.getGreen() * 255), 2, actual.toString());
        assertEquals(expected.blue(), (int) Math.round(actual.getBlue() * 255), 2, actual.toString());
    }

    @Test
    void aNewTierColourIsDrawnOnTheCanvasAtOnceAndUndoTakesItBack(FxRobot robot) throws Exception {
        int rank = window.model().chart().tier(window.model().chart()
                .position(window.model().chart().roots().get(0)).tierId()).orElseThrow().rank();
        Rgba before = Theme.LIGHT.tierBand(rank);
        assertColour(before, bandOnCanvas(robot));
        openEditor(robot);

        ColorPicker picker = robot.lookup("#theme-tier-" + rank).queryAs(ColorPicker.class);
        robot.interact(() -> picker.setValue(Color.web("#C0392B")));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("#C0392B", ThemeSettings.of(window.model().chart().settings()).tierColours().get(rank - 1));
        assertColour(Rgba.hex("#C0392B"), bandOnCanvas(robot));
        assertTrue(window.model().session().canUndo());

        robot.interact(() -> window.model().undo());
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(ThemeSettings.present(window.model().chart().settings()), "the chart is as it was");
        assertColour(before, bandOnCanvas(robot));
        assertColour(before, picker.getValue()); // the editor follows the chart
    }

    @Test
    void theDarkThemeAndAColouringFromTheViewMenuAreEditsToo(FxRobot robot) throws Exception {
        openEditor(robot);
        @SuppressWarnings("unchecked")
        ComboBox<String> base = robot.lookup("#theme-base").queryAs(ComboBox.class);
        robot.interact(() -> base.setValue("dark"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.DARK.background(), window.canvas().painter().theme().background());

        robot.clickOn("#theme-close");
        robot.clickOn("View").clickOn("Colour by Department");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("department", ThemeSettings.of(window.model().chart().settings()).colourBy());
        assertEquals("dark", ThemeSettings.of(window.model().chart().settings()).base());

        robot.interact(() -> window.model().undo());
        assertEquals("tier", ThemeSettings.of(window.model().chart().settings()).colourBy());
        robot.interact(() -> window.model().undo());
        assertEquals(Theme.LIGHT, window.canvas().painter().theme());
    }

    @Test
    void aFileThatIsNotAnImageIsNotTakenAsALogoAndTheReasonIsSaid(FxRobot robot) throws Exception {
        openEditor(robot);
        Path notImage = Files.writeString(folder.resolve("logo.png"), "this is text");
        var editor = new dev.orgwright.ui.panels.ThemeEditorModel(window.model());

        var why = WaitForAsyncUtils.asyncFx(() -> editor.setLogo("logo.png", Files.readAllBytes(notImage))).get();

        assertTrue(why.orElseThrow().contains("not a PNG or JPEG"), why.toString());
        assertFalse(window.model().session().canUndo());
        CheckBox legend = robot.lookup("#theme-legend").queryAs(CheckBox.class);
        assertTrue(legend.isSelected(), "a chart without a theme shows the legend");
        assertEquals(List.of(), dialogs.errors);
    }
}
