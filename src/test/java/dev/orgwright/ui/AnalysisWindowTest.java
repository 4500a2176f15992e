package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View → Analysis in the real window: it shows the chart's figures, follows an edit, and selects a manager. */
@ExtendWith(ApplicationExtension.class)
class AnalysisWindowTest {

    private MainWindow window;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, dialogs);
    }

    @Test
    void theAnalysisFollowsEditsAndAClickSelectsTheManager(FxRobot robot) throws Exception {
        int positions = window.model().chart().size();
        robot.clickOn("View").clickOn("Analysis");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(headline(robot).startsWith("Positions: " + positions + " ("), headline(robot));
        int managersInBands = managersInHistogram(robot);
        assertTrue(managersInBands > 0);

        PositionId ceo = window.model().chart().roots().get(0);
        WaitForAsyncUtils.asyncFx(() -> window.model().apply(Edits.add(new Position(PositionId.of("analyst"),
                "Analyst", "", null, List.of(), ceo, List.of(), "", "", false, null), -1))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(headline(robot).startsWith("Positions: " + (positions + 1) + " ("), headline(robot));
        assertTrue(headline(robot).contains("vacant"), headline(robot));

        @SuppressWarnings("unchecked")
        ListView<Object> widest = robot.lookup("#analysis-widest").queryAs(ListView.class);
        robot.clickOn(robot.from(widest).lookup(".list-cell").nth(0).queryAs(javafx.scene.control.ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of(ceo), window.model().selection(), "the widest span in the sample is the CEO's");
    }

    @Test
    void theAnalysisIsSavedAsCsvAndMarkdownWithTeamCostsOnlyWhenAskedFor(FxRobot robot) throws Exception {
        PositionId ceo = window.model().chart().roots().get(0);
        WaitForAsyncUtils.asyncFx(() -> window.model().apply(Edits.setCost(ceo, new java.math.BigDecimal("987654"))))
                .get();
        robot.clickOn("View").clickOn("Analysis");
        WaitForAsyncUtils.waitForFxEvents();

        dialogs.exportFile = dir.resolve("figures.csv");
        robot.clickOn("#analysis-save-csv");
        WaitForAsyncUtils.waitForFxEvents();
        String csv = java.nio.file.Files.readString(dialogs.exportFile);
        assertTrue(csv.startsWith("\uFEFFid,title,manager,tier,department,layer,span,assistants,below,vacancies_below,fte,"
                + "fte_in_team\r\n" + ceo.value() + ","), csv);
        assertEquals(window.model().chart().size() + 1, csv.split("\r\n").length);
        assertTrue(!csv.contains("987654"), "no cost unless private values are included");

        dialogs.exportFile = dir.resolve("figures.md");
        robot.clickOn("#analysis-include-private");
        robot.clickOn("#analysis-save-markdown");
        WaitForAsyncUtils.waitForFxEvents();
        String md = java.nio.file.Files.readString(dialogs.exportFile);
        assertTrue(md.contains("## Summary") && md.contains("## By tier") && md.contains("## By department")
                && md.contains("## By layer"), md);
        assertTrue(md.contains("987,654"), "the totals show the cost: " + md);
    }

    private static String headline(FxRobot robot) {
        VBox lines = robot.lookup("#analysis-headlines").queryAs(VBox.class);
        return ((Label) lines.getChildren().get(0)).getText();
    }

    private static int managersInHistogram(FxRobot robot) {
        @SuppressWarnings("unchecked")
        BarChart<String, Number> chart = robot.lookup("#analysis-spans").queryAs(BarChart.class);
        int n = 0;
        for (XYChart.Data<String, Number> d : chart.getData().get(0).getData()) {
            n += d.getYValue().intValue();
        }
        return n;
    }
}
