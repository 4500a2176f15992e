package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.SavedView;
import dev.orgwright.model.Views;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.ui.editor.EditorExportSource;
import dev.orgwright.ui.export.ChartPrinter;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export dialog "as the window shows it": the parts of the cards the window leaves out
 * (View → Show Holders on Cards, Show Finding Badges) start unticked, the preview and the file
 * follow the boxes, and the user may tick them again.
 */
@ExtendWith(ApplicationExtension.class)
class ExportWindowPartsTest {

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

    @AfterEach
    void closeDialog() throws Exception {
        TestWindows.closeOtherWindows();
    }

    private void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Stream<MenuItem> flat(MenuItem item) {
        return item instanceof Menu menu ? Stream.concat(Stream.of(item), menu.getItems().stream()
                .flatMap(ExportWindowPartsTest::flat)) : Stream.of(item);
    }

    /** Fires a command of the window's menu bar, as choosing it does. */
    private void menu(FxRobot robot, String id) {
        MenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(ExportWindowPartsTest::flat).filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openDialog(FxRobot robot) {
        robot.clickOn("#chart-canvas", javafx.scene.input.MouseButton.SECONDARY);
        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.exportDialog().stage().isPresent(), "Ctrl+E opens the export dialog");
    }

    private boolean ticked(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(CheckBox.class).isSelected();
    }

    private void chooseView(FxRobot robot, int index) throws Exception {
        @SuppressWarnings("unchecked")
        ChoiceBox<String> views = robot.lookup("#export-view").queryAs(ChoiceBox.class);
        fx(() -> views.getSelectionModel().select(index));
    }

    /** Clicks Export with SVG chosen and returns the file's text. */
    private String exportSvg(FxRobot robot, String name) throws Exception {
        robot.clickOn("#export-format-svg");
        Path file = folder.resolve(name + ".svg");
        dialogs.exportFile = file;
        robot.clickOn("#export-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.exportDialog().stage().isEmpty()
                || !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.errors);
        return Files.readString(file);
    }

    private int[] preview(FxRobot robot) throws Exception {
        Canvas canvas = robot.lookup("#export-preview").queryAs(Canvas.class);
        return WaitForAsyncUtils.asyncFx(() -> {
            WritableImage image = canvas.snapshot(null, null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] out = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), out, 0, w);
            return out;
        }).get();
    }

    private String ceoHolder() {
        Chart chart = window.model().chart();
        return chart.position(chart.roots().get(0)).holder().strip();
    }

    @Test
    void holdersHiddenInTheWindowStartUntickedAndAreLeftOutOfTheFileUntilTickedAgain(FxRobot robot) throws Exception {
        String holder = ceoHolder();
        menu(robot, "show-holders-item");
        assertTrue(window.model().hides("holders"), "View → Show Holders on Cards hides them in the window");

        openDialog(robot);
        assertFalse(ticked(robot, "#export-holders"), "the dialog shows what the window shows");
        assertTrue(ticked(robot, "#export-badges") && ticked(robot, "#export-legend"), "the window shows the rest");
        int[] opened = preview(robot);
        robot.clickOn("#export-holders");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(java.util.Arrays.equals(opened, preview(robot)), "ticked, the preview draws the holders");
        robot.clickOn("#export-holders");
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(opened, preview(robot), "the preview drew the cards without holders when the dialog opened");
        String without = exportSvg(robot, "without");
        assertTrue(without.contains(">Chief Executive Officer<"), "the cards are there");
        assertFalse(without.contains(">" + holder + "<"), "no holder's name, as in the window");

        openDialog(robot);
        assertFalse(ticked(robot, "#export-holders"), "the window still hides them");
        robot.clickOn("#export-holders");
        String with = exportSvg(robot, "with");
        assertTrue(with.contains(">" + holder + "<"), "ticked again in the dialog, the holders are written");

        menu(robot, "show-holders-item");
        openDialog(robot);
        assertTrue(ticked(robot, "#export-holders"), "shown in the window again, they are ticked again");
    }

    @Test
    void aSavedViewSetsThePartsAndTheWindowsOwnChoiceBringsTheWindowsBack(FxRobot robot) throws Exception {
        String holder = ceoHolder();
        fx(() -> window.model().applyOrExplain(Views.save("Save the view", new SavedView("Board", null, null, null,
                null, null, List.of(), List.of("holders")))));
        menu(robot, "show-badges-item");
        assertTrue(window.model().hides("badges"));

        openDialog(robot);
        assertTrue(ticked(robot, "#export-holders"));
        assertFalse(ticked(robot, "#export-badges"), "the window hides the findings badges");
        chooseView(robot, 1);
        assertFalse(ticked(robot, "#export-holders"), "the view hides the holders");
        assertTrue(ticked(robot, "#export-badges"), "the view shows the badges");
        chooseView(robot, 0);
        assertTrue(ticked(robot, "#export-holders"), "as the window shows it, holders again");
        assertFalse(ticked(robot, "#export-badges"), "as the window shows it, no badges");
        assertTrue(exportSvg(robot, "shown").contains(">" + holder + "<"));

        openDialog(robot);
        chooseView(robot, 1);
        robot.clickOn("#export-holders");
        assertTrue(ticked(robot, "#export-holders"), "the user may change a box after choosing a view");
        assertTrue(exportSvg(robot, "board").contains(">" + holder + "<"), "what the boxes say is written");
    }

    @Test
    void aViewWithARootDecidesThePartSoThePartIsGreyedOutWhileItIsChosen(FxRobot robot) throws Exception {
        fx(() -> window.model().applyOrExplain(Views.save("Save the view", new SavedView("Technology", "cto", null,
                null, null, null, List.of(), List.of()))));
        openDialog(robot);
        robot.clickOn("#export-format-svg");
        assertFalse(robot.lookup("#export-scope-whole").query().isDisabled());
        chooseView(robot, 1);
        assertTrue(robot.lookup("#export-scope-whole").query().isDisabled(), "the view's team is exported");
        String technology = exportSvg(robot, "technology");
        assertTrue(technology.contains(">Chief Technology Officer<"));
        assertFalse(technology.contains(">Chief Executive Officer<"), "the view starts at the CTO");
    }

    @Test
    void printLeavesOutWhatTheWindowLeavesOut(FxRobot robot) throws Exception {
        ChartPrinter printer = new ChartPrinter(new EditorExportSource(window.model()), dialogs, () -> null);
        ExportRequest before = WaitForAsyncUtils.asyncFx(() -> printer.request(window.exportDialog().settings())).get();
        assertTrue(before.options().holders() && before.options().badges());

        menu(robot, "show-holders-item");
        ExportRequest hidden = WaitForAsyncUtils.asyncFx(() -> printer.request(window.exportDialog().settings())).get();
        assertFalse(hidden.options().holders(), "the print shows the cards as the window does");
        assertTrue(hidden.options().badges(), "and the badges it shows");
    }
}
