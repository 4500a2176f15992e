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

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, new RecordingDialogs());
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
