package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.render.export.PngSize;
import dev.orgwright.ui.editor.EditorExportSource;
import dev.orgwright.ui.fx.FxTextMeasure;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.AfterAll;
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
 * The export dialog with a chart too wide for a PNG at the scale chosen: the note next to the
 * scale says so and names the scale the PNG will be written at, the part and view chosen change it, and
 * the file written has the size the note named; a scale that fits is written as chosen.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogPngScaleTest {

    /** Side by side at scale 2, this many reports are far wider than image programs open. */
    static final int REPORTS = 150;
    private static Path file;

    @TempDir
    Path folder;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainWindow window;

    @BeforeAll
    static void wideChart() throws Exception {
        TestWindows.startToolkit();
        file = wideChartFile();
    }

    /** A chart file of one manager with {@link #REPORTS} reports, which side by side is far wider than a PNG may be at 2×. */
    static Path wideChartFile() throws Exception {
        List<Position> positions = new ArrayList<>();
        positions.add(Position.of("boss", "Managing Director", Templates.SENIOR).withHolder("Ada Head"));
        for (int i = 0; i < REPORTS; i++) {
            positions.add(Position.of("r" + i, "Specialist " + i, Templates.EXECUTIVE).withHolder("Holder " + i)
                    .withReportsTo(PositionId.of("boss")));
        }
        Chart chart = Chart.builder().title("Wide").tiers(Templates.leadershipTeam()).addAll(positions).build();
        Path wide = Files.createTempFile("wide", ChartFiles.EXTENSION);
        ChartFiles.save(wide, chart);
        return wide;
    }

    @AfterAll
    static void removeChart() throws Exception {
        Files.deleteIfExists(file);
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

    /** Opens the wide chart, every team side by side, with one report selected, then the export dialog set to PNG of the whole chart at {@code scale}. */
    private void openWideAsPng(FxRobot robot, double scale) throws Exception {
        fx(() -> window.model().session().openFromCommandLine(List.of(file.toString())));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> window.model().chart().size()).get() == REPORTS + 1);
        fx(() -> window.model().setLayoutOptions(window.model().layoutOptions().withMode(LayoutOptions.Mode.TIDY)));
        fx(() -> window.model().select(PositionId.of("r7"))); // a part of the chart to choose
        fx(() -> window.model().applyOrExplain(dev.orgwright.model.Views.save("Save the view",
                new dev.orgwright.model.SavedView("One report", "r7", null, null, null, null, List.of(), List.of()))));
        robot.clickOn("#chart-canvas", javafx.scene.input.MouseButton.SECONDARY);
        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.exportDialog().stage().isPresent(), "Ctrl+E opens the export dialog");
        robot.clickOn("#export-format-png");
        robot.clickOn("#export-scope-whole");
        fx(() -> robot.lookup("#export-scale").queryAs(Spinner.class).getValueFactory().setValue(scale));
    }

    /** The size of the whole chart's sheet as the dialog exports it. */
    private PngSize sheetSize() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> PngSize.of(window.exportDialog().settings().withScale(1)
                .request(new EditorExportSource(window.model())).picture(new FxTextMeasure()))).get();
    }

    private Label note(FxRobot robot) {
        return robot.lookup("#export-scale-note").queryAs(Label.class);
    }

    /** Clicks Export and waits until the file is written and the dialog closed. */
    private void exportTo(FxRobot robot, Path target) throws Exception {
        dialogs.exportFile = target;
        robot.clickOn("#export-button");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.exportDialog().stage().isEmpty()
                || !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.errors);
    }

    /** The width and height a PNG file says it has, read from its header. */
    private static int[] pngSize(Path png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }

    private static String pixels(int width, int height) {
        return String.format(Locale.ROOT, "%,d × %,d pixels", width, height);
    }

    @Test
    void aScaleTooLargeIsNamedBeforeTheExportAndThePngIsWrittenAtTheLargestThatFits(FxRobot robot) throws Exception {
        openWideAsPng(robot, 2);
        PngSize size = sheetSize();
        assertTrue(size.width(2) > PngSize.MAX_SIDE, "the chart is too wide at 2×: " + size.width(2));
        double largest = size.largestScale(2);
        assertTrue(largest >= 0.1 && largest < 2, "some scale below 2 fits: " + largest);

        Label note = note(robot);
        assertTrue(note.isVisible(), "the note shows before the export");
        assertEquals("At 2× the PNG would be " + pixels(size.width(2), size.height(2))
                + ", more than image programs open; it will be written at " + largest + "×, "
                + pixels(size.width(largest), size.height(largest)) + ".", note.getText());
        Button fit = robot.lookup("#export-scale-fit").queryAs(Button.class);
        assertTrue(fit.isVisible());
        assertEquals("Use " + largest + "×", fit.getText());

        // The size follows the part chosen: one report's team fits at 2×.
        robot.clickOn("#export-scope-subtree");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(note(robot).isVisible(), "a single card fits at 2×: " + note(robot).getText());
        robot.clickOn("#export-scope-whole");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(note(robot).isVisible(), "the whole chart again is too wide");
        // And the view chosen: one whose root is a report shows that report's team alone.
        javafx.scene.control.ChoiceBox<?> views = robot.lookup("#export-view").queryAs(javafx.scene.control.ChoiceBox.class);
        fx(() -> views.getSelectionModel().select(1));
        assertFalse(note(robot).isVisible(), "the view of one report fits at 2×: " + note(robot).getText());
        fx(() -> views.getSelectionModel().select(0));
        assertTrue(note(robot).isVisible(), "the chart as the window shows it is too wide again");

        Path png = folder.resolve("wide.png");
        exportTo(robot, png);
        int[] written = pngSize(png);
        assertEquals(size.width(largest), written[0], "written at the scale the note named");
        assertEquals(size.height(largest), written[1]);
        assertTrue(PngSize.fits(written[0], written[1]), "a PNG image programs open: " + written[0] + " × " + written[1]);
        assertEquals("Exported to wide.png at " + largest + "×, " + pixels(written[0], written[1])
                + ": at 2× the PNG would have been more than image programs open.",
                WaitForAsyncUtils.asyncFx(() -> window.model().state().notice()).get());
    }

    @Test
    void theButtonChoosesTheLargestScaleThatFitsAndAScaleThatFitsIsWrittenAsChosen(FxRobot robot) throws Exception {
        openWideAsPng(robot, 2);
        PngSize size = sheetSize();
        double largest = size.largestScale(2);
        robot.clickOn("#export-scale-fit");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(largest, window.exportDialog().settings().scale());
        assertFalse(note(robot).isVisible(), "the scale chosen fits: " + note(robot).getText());

        // One step smaller than the largest that fits is written as chosen too, not enlarged.
        double smaller = Math.round((largest - 0.05) * 100) / 100.0;
        fx(() -> robot.lookup("#export-scale").queryAs(Spinner.class).getValueFactory().setValue(smaller));
        assertFalse(note(robot).isVisible());
        Path png = folder.resolve("chosen.png");
        exportTo(robot, png);
        int[] written = pngSize(png);
        assertEquals(size.width(smaller), written[0]);
        assertEquals(size.height(smaller), written[1]);
        assertEquals("Exported to chosen.png", WaitForAsyncUtils.asyncFx(() -> window.model().state().notice()).get());
    }
}
