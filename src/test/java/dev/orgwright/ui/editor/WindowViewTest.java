package dev.orgwright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartWriter;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.LayoutOptions.Mode;
import dev.orgwright.layout.LayoutOptions.Orientation;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.SavedView;
import dev.orgwright.model.Views;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view the window shows, saved in the chart by a save and shown again when the chart is opened (decision 0025). */
class WindowViewTest {

    private static final PositionId CTO = PositionId.of("cto");

    @TempDir
    Path folder;

    private final RecordingDialogs dialogs = new RecordingDialogs();

    private ChartWindowModel window(Chart chart) {
        return new ChartWindowModel(chart, CardSizer.fixed(180, 64), ChartFiles::load, dialogs);
    }

    @Test
    void aChartNobodyArrangedSavesWithoutAViewAndByteForByte() throws Exception {
        Chart sample = SampleCharts.leadershipTeam();
        ChartWindowModel model = window(sample);
        Path file = folder.resolve("plain.orgchart.json");
        dialogs.fileToSave = file;

        assertTrue(model.session().saveAs());
        assertArrayEquals(ChartWriter.toBytes(sample), Files.readAllBytes(file));
    }

    @Test
    void aSaveKeepsTheViewShownWithoutAnEditAndAWindowOpeningTheChartShowsIt() throws Exception {
        ChartWindowModel model = window(SampleCharts.leadershipTeam());
        model.setLayoutOptions(model.layoutOptions().withMode(Mode.COMPACT).withOrientation(Orientation.LEFT_RIGHT));
        model.toggleCollapsed(CTO);
        Path file = folder.resolve("arranged.orgchart.json");
        dialogs.fileToSave = file;

        assertTrue(model.session().saveAs());
        assertFalse(model.session().canUndo(), "the view shown is no edit");
        assertFalse(model.session().isDirty());
        SavedView saved = Views.current(ChartFiles.load(file).settings()).orElseThrow();
        assertEquals(new SavedView(null, null, null, "by-depth", "compact", "left-right", List.of("cto"), List.of()),
                saved);

        ChartWindowModel reopened = window(ChartFiles.load(file));
        assertEquals(Set.of(CTO), reopened.collapsed());
        assertEquals(Mode.COMPACT, reopened.layoutOptions().mode());
        assertEquals(Orientation.LEFT_RIGHT, reopened.layoutOptions().orientation());
        assertFalse(reopened.layout().box(reopened.chart().childrenOf(CTO).get(0)).isPresent());
    }

    @Test
    void showingAViewWithADepthFoldsTheTeamsBelowItAndTheViewKeepsItsNameUntilTheWindowChangesIt() {
        Chart sample = SampleCharts.leadershipTeam();
        SavedView top = new SavedView("Top", null, 2, "by-tier", null, null, List.of(), List.of());
        ChartWindowModel model = window(Views.save("Save the view", top).apply(sample));

        model.showView(Views.find(model.chart().settings(), "top").orElseThrow());
        assertTrue(model.collapsed().contains(CTO), "the CTO is on level 2: its team is folded");
        assertEquals(LayoutOptions.Rows.BY_TIER, model.layoutOptions().rows());
        assertEquals("Top", model.currentViewName().orElseThrow());
        model.toggleCollapsed(CTO);
        assertTrue(model.currentViewName().isEmpty(), "unfolding a team leaves the saved view");
    }
}
