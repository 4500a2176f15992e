package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.ui.fx.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
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
 * Choosing Book in the export dialog plans the book in the background: the dialog says it is
 * planning and answers meanwhile, choices changed meanwhile replace the plan, and the pages
 * shown at the end are those of the book written with the last choices.
 */
@ExtendWith(ApplicationExtension.class)
class BookPreviewPlanningTest {

    private static final String PLANNING = "Planning pages… The choices can be changed meanwhile.";

    @TempDir
    Path folder;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    /** The plans asked for, held until the test lets them run. */
    private final ConcurrentLinkedQueue<Runnable> held = new ConcurrentLinkedQueue<>();
    private MainWindow window;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, dialogs);
        Executor holding = held::add;
        window.exportDialog().planPreviewsOn(holding);
    }

    @AfterEach
    void closeDialog() throws Exception {
        TestWindows.closeOtherWindows();
    }

    @Test
    void theDialogAnswersWhileABookIsPlannedAndEndsWithTheBooksPages(FxRobot robot) throws Exception {
        robot.clickOn("#chart-canvas", javafx.scene.input.MouseButton.SECONDARY);
        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#export-format-book");
        WaitForAsyncUtils.waitForFxEvents();
        Label caption = robot.lookup("#export-preview-caption").queryAs(Label.class);
        Label page = robot.lookup("#export-preview-page").queryAs(Label.class);
        assertEquals(PLANNING, caption.getText());
        assertFalse(page.getParent().isVisible(), "no page to turn while the book is planned");
        assertEquals(1, held.size(), "one plan under way");

        CheckBox holders = robot.lookup("#export-holders").queryAs(CheckBox.class);
        assertTrue(holders.isSelected());
        robot.clickOn("#export-holders");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(holders.isSelected(), "the dialog answers while the book is planned");
        assertEquals(PLANNING, caption.getText(), "the changed choices are planned again");
        assertEquals(2, held.size(), "the new choices replace the plan under way");

        Thread planner = new Thread(() -> {
            for (Runnable plan = held.poll(); plan != null; plan = held.poll()) {
                plan.run();
            }
        });
        planner.start();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !PLANNING.equals(caption.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(page.getParent().isVisible(), "the planned book is paged through");
        Matcher m = Pattern.compile("Page 1 of (\\d+)").matcher(page.getText());
        assertTrue(m.matches(), page.getText());
        int shown = Integer.parseInt(m.group(1));

        Path file = folder.resolve("book.pdf");
        dialogs.exportFile = file;
        robot.clickOn("#export-button");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.exportDialog().stage().isEmpty()
                || !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.errors);
        assertTrue(Files.size(file) > 0);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            assertEquals(pdf.getNumberOfPages(), shown, "the preview shows the pages of the book written");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            String holder = java.util.stream.StreamSupport.stream(
                    window.model().chart().inTreeOrder().spliterator(), false).map(p -> p.holder().strip())
                    .filter(h -> !h.isEmpty()).findFirst().orElseThrow();
            assertFalse(text.contains(holder), "the book written has no holders, as the last choices say");
        }
    }
}
