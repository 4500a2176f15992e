package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.analysis.Analysis;
import dev.orgwright.analysis.Analyzer;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog's "Analysis page" ends a PDF with the analysis; its cost only when ticked. */
@ExtendWith(ApplicationExtension.class)
class AnalysisExportDialogTest {

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

    private void export(FxRobot robot, Path file, boolean cost) throws Exception {
        robot.clickOn("#chart-canvas", javafx.scene.input.MouseButton.SECONDARY);
        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#export-format-pdf");
        CheckBox costBox = robot.lookup("#export-analysis-cost").queryAs(CheckBox.class);
        assertTrue(costBox.isDisabled(), "the cost waits for the page to be asked for");
        robot.clickOn("#export-analysis");
        assertFalse(costBox.isDisabled());
        assertFalse(costBox.isSelected(), "cost is private: never ticked beforehand");
        if (cost) {
            robot.clickOn("#export-analysis-cost");
        }
        dialogs.exportFile = file;
        robot.clickOn("#export-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.exportDialog().stage().isEmpty()
                || !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.errors);
    }

    private static String lastPage(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertEquals(2, document.getNumberOfPages(), "the chart, then the analysis");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            return stripper.getText(document);
        }
    }

    @Test
    void theAnalysisPageHasTheFiguresAndItsCostOnlyWhenTicked(FxRobot robot) throws Exception {
        PositionId ceo = window.model().chart().roots().get(0);
        WaitForAsyncUtils.asyncFx(() -> window.model().apply(Edits.setCost(ceo, new BigDecimal("987654")))).get();
        Analysis a = Analyzer.withDefaultBands().analyze(window.model().chart());

        Path plain = folder.resolve("plain.pdf");
        export(robot, plain, false);
        String page = lastPage(plain);
        assertTrue(page.contains("Positions: " + a.positions() + " (" + a.filled() + " filled"), page);
        assertTrue(page.contains("Managers: " + a.managers() + " "), page);
        assertFalse(page.contains("987,654"), page);

        Path costed = folder.resolve("costed.pdf");
        export(robot, costed, true);
        assertTrue(lastPage(costed).contains("987,654"), lastPage(costed));
    }
}
