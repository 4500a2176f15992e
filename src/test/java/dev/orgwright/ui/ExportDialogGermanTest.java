package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Messages;
import dev.orgwright.ui.export.ExportFormat;
import dev.orgwright.ui.fx.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export dialog in German, for every format: its choices speak German, no label or button is
 * cut off (the Export button's text changes with the format), and every group's controls start
 * in one column.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogGermanTest {

    @BeforeAll
    static void inGerman() throws Exception {
        TestWindows.startToolkit();
        WholeLabels.fixTextConstants();
        Messages.setLocale(Locale.GERMAN);
    }

    @AfterAll
    static void backToEnglish() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage);
    }

    @AfterEach
    void closeOtherWindows() throws Exception {
        TestWindows.closeOtherWindows();
    }

    private static double left(Node node) {
        return node.localToScene(node.getBoundsInLocal()).getMinX();
    }

    @Test
    void everyFormatShowsItsChoicesWholeInGermanAndInOneColumn(FxRobot robot) throws Exception {
        robot.interact(() -> window.exportDialog().show(window.canvas().getScene().getWindow()));
        WaitForAsyncUtils.waitForFxEvents();
        Stage dialog = window.exportDialog().stage().orElseThrow();

        assertEquals(Texts.t("export.exportSettings.wholeChart"),
                robot.lookup("#export-scope-whole").queryAs(RadioButton.class).getText());
        assertEquals("Ganzes Organigramm", robot.lookup("#export-scope-whole").queryAs(RadioButton.class).getText(),
                "the part of the chart is named in the language shown");

        List<String> cut = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            robot.clickOn("#export-format-" + format.name().toLowerCase(Locale.ROOT));
            WaitForAsyncUtils.waitForFxEvents();
            Button export = robot.lookup("#export-button").queryAs(Button.class);
            assertTrue(export.getText().contains(format == ExportFormat.BOOK ? "Buch" : format.name()), export.getText());
            cut.addAll(WaitForAsyncUtils.asyncFx(() -> WholeLabels.cutLabels(dialog.getScene().getRoot())).get()
                    .stream().map(t -> format + ": " + t).toList());
        }
        assertEquals(List.of(), cut, "texts cut off with an ellipsis");

        double column = left(robot.lookup("#export-title").query());
        for (String id : List.of("#export-view", "#export-scale", "#export-paper", "#export-slide-size")) {
            assertEquals(column, left(robot.lookup(id).query()), 0.5, id + " starts where the heading's field does");
        }
    }
}
