package dev.orgwright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.layout.Box;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.SavedView;
import dev.orgwright.model.Views;
import dev.orgwright.render.Viewport;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A view's root and its parts left out, in the window model: only the root's team is laid out,
 * edits work inside it, a root that goes away gives way to the whole chart, and both travel in
 * saved views and in the chart's file.
 */
class WindowTeamViewTest {

    private static final PositionId CEO = PositionId.of("ceo");
    private static final PositionId CTO = PositionId.of("cto");
    private static final PositionId COO = PositionId.of("coo");
    private static final PositionId HEAD_ENG = PositionId.of("head-eng");

    @TempDir
    Path folder;

    private final RecordingDialogs dialogs = new RecordingDialogs();

    private ChartWindowModel window(Chart chart) {
        ChartWindowModel model = new ChartWindowModel(chart, CardSizer.fixed(180, 64), ChartFiles::load, dialogs);
        model.view().resize(1000, 700);
        return model;
    }

    private static Set<PositionId> laidOut(ChartWindowModel model) {
        Set<PositionId> out = new HashSet<>();
        for (Position p : model.chart().inTreeOrder()) {
            if (model.layout().box(p.id()).isPresent()) {
                out.add(p.id());
            }
        }
        return out;
    }

    @Test
    void selectingAPositionOutsideTheTeamShownBringsBackTheWholeChartAndSaysWhy() {
        ChartWindowModel model = window(SampleCharts.leadershipTeam());
        model.showTeam(CTO);
        model.select(HEAD_ENG);
        assertEquals(CTO, model.shownRoot().orElseThrow(), "a position inside the team keeps the team");
        assertNull(model.state().notice());

        model.select(COO);

        assertTrue(model.shownRoot().isEmpty(), "the COO is outside the CTO's team");
        assertEquals(COO, model.selection().orElseThrow());
        assertTrue(model.layout().box(COO).isPresent(), "the selected position is laid out again");
        assertEquals("'" + model.chart().position(COO).title() + "' is outside the team of "
                + model.chart().position(CTO).title() + ": the whole chart is shown again.", model.state().notice());
    }

    @Test
    void aViewWithARootLaysOutThatTeamAloneAndFitFitsIt() {
        SavedView tech = new SavedView("Technology", "cto", null, null, null, null, List.of(), List.of());
        ChartWindowModel model = window(Views.save("Save", tech).apply(SampleCharts.leadershipTeam()));
        double wholeArea = model.layout().bounds().width() * model.layout().bounds().height();

        model.showView(Views.find(model.chart().settings(), "Technology").orElseThrow());

        assertEquals(Set.copyOf(model.chart().subtree(CTO)), laidOut(model), "the CTO and the three heads below");
        assertEquals(CTO, model.shownRoot().orElseThrow());
        assertEquals("Technology", model.currentViewName().orElseThrow());
        assertEquals("cto", model.currentView().root());
        assertTrue(model.layout().bounds().width() * model.layout().bounds().height() < wholeArea / 2,
                "the team takes less room than the chart");
        assertEquals(15, model.snapshot().statistics().positions(), "the counts stay the whole chart's");

        model.view().fit();
        Viewport v = model.view().viewport();
        for (PositionId id : model.chart().subtree(CTO)) {
            Box b = model.view().viewBoxOf(id).orElseThrow();
            assertTrue(b.x() >= 0 && b.y() >= 0 && b.x() + b.width() <= v.width() && b.y() + b.height() <= v.height(),
                    id + " is inside the view after Fit All: " + b);
        }

        model.showTeam(null);
        assertEquals(15, laidOut(model).size(), "the whole chart again");
        assertTrue(model.currentViewName().isEmpty(), "the whole chart is not the view \"Technology\"");
        assertNull(model.currentView().root());
    }

    @Test
    void editsWorkInsideTheTeamAndDeletingItsTopShowsTheWholeChart() {
        ChartWindowModel model = window(SampleCharts.leadershipTeam());
        model.showTeam(CTO);
        EditorCommands commands = new EditorCommands(model, dialogs);

        model.select(HEAD_ENG);
        dialogs.textAnswer = "Platform Lead";
        commands.addReport();
        PositionId added = model.selection().orElseThrow();
        assertEquals("Platform Lead", model.chart().position(added).title());
        assertTrue(model.layout().box(added).isPresent(), "a report added inside the team is drawn");
        assertTrue(model.apply(Edits.move(PositionId.of("head-it"), HEAD_ENG, -1)).isApplied());
        assertTrue(model.layout().box(PositionId.of("head-it")).isPresent(), "a move inside the team is drawn");
        assertFalse(model.layout().box(CEO).isPresent());

        model.select(CTO);
        commands.selectManager();
        assertEquals(CTO, model.selection().orElseThrow(), "the keys stay inside the team");

        assertTrue(model.apply(Edits.removeWithSubtree(CTO)).isApplied());
        assertTrue(model.shownRoot().isEmpty(), "the team's top is gone: the whole chart is shown");
        assertTrue(model.layout().box(CEO).isPresent());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void aRootTheChartDoesNotHaveShowsTheWholeChartWithoutAnError() throws Exception {
        SavedView gone = new SavedView("Gone", "no-such-post", null, null, null, null, List.of(), List.of("badges"));
        Chart chart = Views.save("Save", gone).apply(SampleCharts.leadershipTeam());
        chart = chart.withSettings(Views.withCurrent(chart.settings(), gone.named(null)));

        ChartWindowModel opened = window(chart);
        assertTrue(opened.shownRoot().isEmpty());
        assertEquals(15, laidOut(opened).size());
        assertTrue(opened.hides("badges"), "the rest of the view is shown");

        opened.showView(Views.find(opened.chart().settings(), "Gone").orElseThrow());
        assertTrue(opened.shownRoot().isEmpty());
        assertEquals(15, laidOut(opened).size());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void thePartsLeftOutAreTheViewsAndTheBadgesGoFromTheMarks() {
        ChartWindowModel model = window(SampleCharts.leadershipTeam());
        assertNotNull(model.decorations().findings());

        model.setHidden(ChartWindowModel.BADGES, true);
        model.setHidden(ChartWindowModel.HOLDERS, true);
        assertEquals(List.of("holders", "badges"), model.currentView().hide(), "in the document's order");
        assertNull(model.decorations().findings(), "no badges are drawn");

        SavedView roles = new SavedView("Roles", null, null, null, null, null, List.of(), List.of("legend"));
        model.showView(roles);
        assertEquals(List.of("legend"), model.currentView().hide(), "showing a view applies its hide list");
        assertNotNull(model.decorations().findings());
        assertEquals("Roles", model.currentViewName().orElseThrow());
        model.setHidden(ChartWindowModel.LEGEND, false);
        assertTrue(model.currentViewName().isEmpty(), "showing the legend leaves the saved view");
    }

    @Test
    void aSaveKeepsTheTeamAndThePartsLeftOutAndTheChartReopensOnThem() throws Exception {
        ChartWindowModel model = window(SampleCharts.leadershipTeam());
        model.showTeam(COO);
        model.setHidden(ChartWindowModel.HOLDERS, true);
        Path file = folder.resolve("team.orgchart.json");
        dialogs.fileToSave = file;

        assertTrue(model.session().saveAs());
        assertFalse(model.session().canUndo(), "the view shown is no edit");
        SavedView saved = Views.current(ChartFiles.load(file).settings()).orElseThrow();
        assertEquals("coo", saved.root());
        assertEquals(List.of("holders"), saved.hide());

        ChartWindowModel reopened = window(ChartFiles.load(file));
        assertEquals(COO, reopened.shownRoot().orElseThrow());
        assertTrue(reopened.hides(ChartWindowModel.HOLDERS));
        assertEquals(Set.copyOf(reopened.chart().subtree(COO)), laidOut(reopened));

        reopened.session().newChart(Chart.empty("New", reopened.chart().tiers()));
        assertTrue(reopened.shownRoot().isEmpty(), "another chart is shown whole");
    }
}
