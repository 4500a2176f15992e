package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Position;
import dev.orgwright.render.deck.SlideSize;
import dev.orgwright.ui.export.ExportFormat;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export… → PPTX in the real window: the deck's choices reach the deck written. */
@ExtendWith(ApplicationExtension.class)
class DeckExportDialogTest {

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

    private static String text(XMLSlideShow show) {
        StringBuilder b = new StringBuilder();
        for (XSLFSlide slide : show.getSlides()) {
            for (XSLFShape s : slide.getShapes()) {
                append(s, b);
            }
        }
        return b.toString();
    }

    private static void append(XSLFShape s, StringBuilder b) {
        if (s instanceof XSLFGroupShape g) {
            g.getShapes().forEach(c -> append(c, b));
        } else if (s instanceof XSLFTextShape t) {
            b.append(t.getText()).append('\n');
        }
    }

    @Test
    void aFourByThreeDeckWithFindingsHoldsEveryTitleAndTheChoicesAreRemembered(FxRobot robot) throws Exception {
        robot.clickOn("#chart-canvas", javafx.scene.input.MouseButton.SECONDARY);
        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.exportDialog().stage().isPresent());
        assertTrue(robot.lookup("#export-slide-size").queryAs(ChoiceBox.class).isDisabled(),
                "the deck's choices wait for the PPTX format");
        robot.clickOn("#export-format-pptx");
        assertFalse(robot.lookup("#export-slide-size").queryAs(ChoiceBox.class).isDisabled());
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#export-slide-size").queryAs(ChoiceBox.class)
                .setValue(SlideSize.STANDARD)).get();
        robot.clickOn("#export-deck-findings");
        robot.clickOn("#export-deck-charters");
        Path file = folder.resolve("deck.pptx");
        dialogs.exportFile = file;
        robot.clickOn("#export-button");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.exportDialog().stage().isEmpty()
                || !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.errors);

        try (InputStream in = Files.newInputStream(file); XMLSlideShow show = new XMLSlideShow(in)) {
            assertEquals(720, show.getPageSize().getWidth(), "4:3 slides");
            String all = text(show);
            for (Position p : window.model().chart().inTreeOrder()) {
                assertTrue(all.contains(p.title().strip()), p.title());
            }
            assertTrue(all.contains("Findings"), "the findings summary was asked for");
            assertTrue(all.contains("Role charter"), "the charters' appendix was asked for");
            assertTrue(all.contains("Decision rights"), all);
        }
        assertEquals(ExportFormat.PPTX, window.exportDialog().settings().format());
        assertEquals(SlideSize.STANDARD, window.exportDialog().deckChoices().size());
        assertTrue(window.exportDialog().deckChoices().findings());
        assertTrue(window.exportDialog().deckChoices().charters());
        assertFalse(window.exportDialog().deckChoices().includePrivate(), "private values stay out unless ticked");

        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#export-format-pptx").queryAs(RadioButton.class).isSelected());
        assertTrue(robot.lookup("#export-deck-findings").queryAs(CheckBox.class).isSelected());
        assertTrue(robot.lookup("#export-deck-charters").queryAs(CheckBox.class).isSelected());
    }

    /** The number of cards on each slide that has any. */
    private static List<Integer> cardsPerSlide(XMLSlideShow show) {
        List<Integer> out = new java.util.ArrayList<>();
        for (XSLFSlide slide : show.getSlides()) {
            long cards = slide.getShapes().stream()
                    .filter(s -> s instanceof XSLFGroupShape && s.getShapeName().startsWith("Card: ")).count();
            if (cards > 0) {
                out.add((int) cards);
            }
        }
        return out;
    }

    @Test
    void wholeChartOnOneSlideWritesOneChartSlideWithEveryCard(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#export-format-pptx");
        assertFalse(robot.lookup("#export-deck-whole").queryAs(CheckBox.class).isSelected(), "one slide per team unless ticked");
        robot.clickOn("#export-deck-whole");
        Path file = folder.resolve("whole.pptx");
        dialogs.exportFile = file;
        robot.clickOn("#export-button");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.exportDialog().stage().isEmpty()
                || !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.errors);

        try (InputStream in = Files.newInputStream(file); XMLSlideShow show = new XMLSlideShow(in)) {
            assertEquals(List.of(window.model().chart().size()), cardsPerSlide(show),
                    "one chart slide holding every card");
        }
        assertTrue(window.exportDialog().deckChoices().wholeChart());
    }
}
