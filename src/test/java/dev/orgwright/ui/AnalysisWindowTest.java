package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Edits;
import dev.orgwright.model.ManagerArchetype;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.fx.RecordingDialogs;
import dev.orgwright.ui.panels.AnalysisModel.ManagerSpan;
import dev.orgwright.ui.panels.InspectorModel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
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

    @Test
    void theWidestAndNarrowestSpansAreRankedAgainAfterEachEdit(FxRobot robot) throws Exception {
        robot.clickOn("View").clickOn("Analysis");
        WaitForAsyncUtils.waitForFxEvents();
        List<ManagerSpan> before = items(robot, "#analysis-widest");
        int widestSpan = span(before.get(0));
        // A position that manages no one yet becomes the widest manager, one report at a time.
        var chart = window.model().chart();
        PositionId newcomer = java.util.stream.StreamSupport.stream(chart.inTreeOrder().spliterator(), false).filter(p -> chart.childrenOf(p.id()).isEmpty())
                .map(Position::id).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> window.model().apply(Edits.add(report("r0", newcomer), -1))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ids(robot, "#analysis-narrowest").contains(newcomer) || countOfSpanOne(robot) >= 10,
                "a new manager of one report is among the narrowest");
        assertSorted(robot);
        for (int i = 1; i <= widestSpan; i++) {
            String id = "r" + i;
            WaitForAsyncUtils.asyncFx(() -> window.model().apply(Edits.add(report(id, newcomer), -1))).get();
        }
        WaitForAsyncUtils.waitForFxEvents();
        List<ManagerSpan> after = items(robot, "#analysis-widest");
        assertEquals(newcomer, after.get(0).id(), "the newcomer's " + (widestSpan + 1) + " reports rank first");
        assertEquals(widestSpan + 1, span(after.get(0)));
        assertEquals(before.get(0).id(), after.get(1).id(), "the former widest comes second");
        assertTrue(!ids(robot, "#analysis-narrowest").contains(newcomer) || countOfSpanOne(robot) == 0);
        assertSorted(robot);

        WaitForAsyncUtils.asyncFx(() -> window.model().undo()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(widestSpan, span(items(robot, "#analysis-widest").get(0)), "an undo ranks them again too");
        assertSorted(robot);
    }

    @Test
    void anArchetypeChosenInTheInspectorIsCountedInTheAnalysis(FxRobot robot) throws Exception {
        PositionId ceo = window.model().chart().roots().get(0);
        WaitForAsyncUtils.asyncFx(() -> window.model().select(ceo)).get();
        robot.clickOn("View").clickOn("Analysis");
        WaitForAsyncUtils.waitForFxEvents();
        ChoiceBox<?> archetype = robot.lookup("#inspector-archetype").queryAs(ChoiceBox.class);
        assertEquals(InspectorModel.archetypeChoices().get(0), archetype.getValue());
        WaitForAsyncUtils.asyncFx(() -> archetype.getSelectionModel().select(1 + ManagerArchetype.COORDINATOR.ordinal()))
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ManagerArchetype.COORDINATOR, window.model().chart().position(ceo).archetype());
        int span = dev.orgwright.analysis.Analyzer.withDefaultBands().analyze(window.model().chart()).of(ceo).span();
        VBox lines = robot.lookup("#analysis-headlines").queryAs(VBox.class);
        String last = ((Label) lines.getChildren().get(lines.getChildren().size() - 1)).getText();
        assertEquals("Manager archetypes: Coordinator 1 (" + (span < 15 ? 1 : 0) + " outside 15+)", last);

        WaitForAsyncUtils.asyncFx(() -> window.model().undo()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, window.model().chart().position(ceo).archetype());
        assertEquals(InspectorModel.archetypeChoices().get(0), archetype.getValue());
        assertTrue(lines.getChildren().stream().noneMatch(l -> ((Label) l).getText().startsWith("Manager archetypes")));
    }

    private static Position report(String id, PositionId manager) {
        return new Position(PositionId.of(id), "Report " + id, "Holder", null, List.of(), manager, List.of(), "", "",
                false, null);
    }

    @SuppressWarnings("unchecked")
    private static List<ManagerSpan> items(FxRobot robot, String list) {
        return List.copyOf(robot.lookup(list).queryAs(ListView.class).getItems());
    }

    private static List<PositionId> ids(FxRobot robot, String list) {
        return items(robot, list).stream().map(ManagerSpan::id).toList();
    }

    private static int span(ManagerSpan m) {
        return Integer.parseInt(m.text().substring(0, m.text().indexOf(' ')));
    }

    private static int countOfSpanOne(FxRobot robot) {
        return (int) items(robot, "#analysis-narrowest").stream().filter(m -> span(m) == 1).count();
    }

    /** Both lists hold ten managers at most, widest falling and narrowest rising, as the analysis ranks them. */
    private void assertSorted(FxRobot robot) {
        List<Integer> wide = items(robot, "#analysis-widest").stream().map(AnalysisWindowTest::span).toList();
        List<Integer> narrow = items(robot, "#analysis-narrowest").stream().map(AnalysisWindowTest::span).toList();
        assertEquals(wide.stream().sorted(java.util.Comparator.reverseOrder()).toList(), wide);
        assertEquals(narrow.stream().sorted().toList(), narrow);
        var fresh = dev.orgwright.analysis.Analyzer.withDefaultBands().analyze(window.model().chart());
        assertEquals(fresh.widestSpans(10), ids(robot, "#analysis-widest"));
        assertEquals(fresh.narrowestSpans(10), ids(robot, "#analysis-narrowest"));
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
