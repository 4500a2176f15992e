package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.SavedView;
import dev.orgwright.model.Views;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
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

/** The export dialog's choice of view: a view saved in the chart reaches the file written. */
@ExtendWith(ApplicationExtension.class)
class ExportViewChoiceTest {

    private static final PositionId CTO = PositionId.of("cto");

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

    private String exportSvg(FxRobot robot, int view, String name, Runnable afterChoosing) throws Exception {
        return Files.readString(export(robot, "svg", view, name, afterChoosing));
    }

    private Path export(FxRobot robot, String format, int view, String name, Runnable afterChoosing) throws Exception {
        robot.clickOn("#chart-canvas", javafx.scene.input.MouseButton.SECONDARY);
        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#export-format-" + format);
        @SuppressWarnings("unchecked")
        ChoiceBox<String> views = robot.lookup("#export-view").queryAs(ChoiceBox.class);
        fx(() -> views.getSelectionModel().select(view));
        afterChoosing.run();
        Path file = folder.resolve(name + "." + format);
        dialogs.exportFile = file;
        robot.clickOn("#export-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.exportDialog().stage().isEmpty()
                || !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.errors);
        return file;
    }

    @Test
    void aSavedViewChosenInTheDialogFoldsItsTeamsAndHidesItsParts(FxRobot robot) throws Exception {
        Chart chart = window.model().chart();
        String report = chart.position(chart.childrenOf(CTO).get(0)).title();
        String ceoHolder = chart.position(chart.roots().get(0)).holder();
        fx(() -> window.model().applyOrExplain(Views.save("Save the view", new SavedView("Board", null, null, null,
                "tidy", null, List.of(CTO.value()), List.of("holders")))));

        boolean[] holdersTicked = new boolean[1];
        String board = exportSvg(robot, 1, "board",
                () -> holdersTicked[0] = robot.lookup("#export-holders").queryAs(CheckBox.class).isSelected());
        assertFalse(holdersTicked[0], "the dialog shows what the view hides");
        assertTrue(board.contains(">Chief Technology Officer<"));
        assertFalse(board.contains(">" + report + "<"), "the view folds the CTO's team");
        assertFalse(board.contains(">" + ceoHolder + "<"), "the view hides the holders");

        String shown = exportSvg(robot, 0, "shown", () -> { });
        assertTrue(shown.contains(">" + report + "<"), "the window folds nothing");
    }

    @Test
    void aDeckDrawsTheTeamOfTheViewChosenDownToItsDepth(FxRobot robot) throws Exception {
        Chart chart = window.model().chart();
        String hidden = chart.position(chart.childrenOf(CTO).get(0)).title();
        fx(() -> window.model().applyOrExplain(Views.save("Save the view", new SavedView("Technology", CTO.value(),
                1, null, null, null, List.of(), List.of()))));

        String technology = slideText(export(robot, "pptx", 1, "technology", () -> { }));
        String whole = slideText(export(robot, "pptx", 0, "whole", () -> { }));

        assertTrue(technology.contains("Chief Technology Officer"), technology);
        assertFalse(technology.contains("Chief Executive Officer"), "the deck starts at the view's root");
        assertFalse(technology.contains(hidden), "the view draws one level: the CTO's team is folded");
        assertTrue(whole.contains("Chief Executive Officer") && whole.contains(hidden), "the window folds nothing");
    }

    /** The text of every shape of every slide. */
    private static String slideText(Path file) throws Exception {
        StringBuilder b = new StringBuilder();
        try (java.io.InputStream in = Files.newInputStream(file);
             org.apache.poi.xslf.usermodel.XMLSlideShow show = new org.apache.poi.xslf.usermodel.XMLSlideShow(in)) {
            for (org.apache.poi.xslf.usermodel.XSLFSlide slide : show.getSlides()) {
                slide.getShapes().forEach(shape -> append(shape, b));
            }
        }
        return b.toString();
    }

    private static void append(org.apache.poi.xslf.usermodel.XSLFShape shape, StringBuilder b) {
        if (shape instanceof org.apache.poi.xslf.usermodel.XSLFTextShape text) {
            b.append(text.getText()).append('\n');
        } else if (shape instanceof org.apache.poi.xslf.usermodel.XSLFGroupShape group) {
            group.getShapes().forEach(s -> append(s, b));
        }
    }
}
