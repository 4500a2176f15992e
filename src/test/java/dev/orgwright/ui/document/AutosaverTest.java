package dev.orgwright.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.RecoverySession;
import dev.orgwright.io.RecoveryStore;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.TestWindows;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.RecordingDialogs;
import dev.orgwright.ui.fx.SaveChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The autosave of a window, against a recovery folder of its own and a short delay. */
class AutosaverTest {

    private static final PositionId CEO = PositionId.of("ceo");

    @TempDir
    Path folder;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Chart sample = SampleCharts.leadershipTeam();
    private final ChartWindowModel model = TestWindows.onSample(dialogs);
    private RecoverySession session;
    private Autosaver autosaver;
    private Path recovery;

    @BeforeEach
    void start() throws Exception {
        recovery = folder.resolve("recovery");
        session = new RecoveryStore(recovery).startSession();
        autosaver = Autosaver.attach(model.session(), session, Duration.ofMillis(150));
    }

    @AfterEach
    void stop() throws Exception {
        autosaver.close();
        session.close();
    }

    /** The charts in the recovery folder (what a crash would leave). */
    private List<Chart> autosaved() throws Exception {
        autosaver.flush();
        try (Stream<Path> files = Files.list(recovery)) {
            List<Path> charts = files.filter(f -> f.toString().endsWith(ChartFiles.EXTENSION)).sorted().toList();
            List<Chart> out = new java.util.ArrayList<>();
            for (Path c : charts) {
                out.add(ChartFiles.load(c));
            }
            return out;
        }
    }

    @Test
    void anEditIsAutosavedAfterTheDelayAndABurstOfEditsIsWrittenOnce() throws Exception {
        assertEquals(List.of(), autosaved(), "nothing unsaved, nothing written");
        for (int i = 0; i < 5; i++) {
            model.apply(Edits.setHolder(CEO, "Holder " + i));
        }
        assertEquals(0, autosaver.writtenCount(), "nothing is written before the delay is over");
        assertEquals(List.of(model.chart()), autosaved());
        assertEquals(1, autosaver.writtenCount(), "five quick edits, one write");
        assertNull(autosaver.lastFailure());
    }

    @Test
    void theViewShownIsAutosavedAndTheRecoveredChartComesBackWithIt() throws Exception {
        PositionId team = model.chart().childrenOf(CEO).stream()
                .filter(id -> !model.chart().childrenOf(id).isEmpty()).findFirst().orElseThrow();
        model.apply(Edits.setHolder(CEO, "Ada"));
        assertEquals(List.of(), dev.orgwright.model.Views.current(autosaved().get(0).settings())
                .map(dev.orgwright.model.SavedView::collapsed).orElse(List.of()), "nothing folded yet");
        // Folding a team and switching rows after the edit are no edits, yet the autosave follows them.
        model.toggleCollapsed(team);
        model.setLayoutOptions(model.layoutOptions().withRows(dev.orgwright.layout.LayoutOptions.Rows.BY_TIER));

        List<Chart> written = autosaved();
        assertEquals(1, written.size());
        dev.orgwright.model.SavedView view = dev.orgwright.model.Views.current(written.get(0).settings()).orElseThrow();
        assertEquals(List.of(team.value()), view.collapsed());
        assertEquals("by-tier", view.rows());
        assertFalse(model.chart().settings().asMap().containsKey(dev.orgwright.model.Views.CURRENT),
                "the chart in memory is not changed by the autosave");

        ChartWindowModel recovered = TestWindows.onSample(new RecordingDialogs());
        assertTrue(recovered.session().openRecovered(written.get(0), null));
        assertEquals(java.util.Set.of(team), recovered.collapsed(), "the folded team comes back folded");
        assertEquals(dev.orgwright.layout.LayoutOptions.Rows.BY_TIER, recovered.layoutOptions().rows());
        assertTrue(recovered.session().isDirty());
    }

    @Test
    void selectingAndZoomingWriteNothing() throws Exception {
        model.select(CEO);
        model.view().zoomBy(2);
        assertEquals(List.of(), autosaved());
        assertEquals(0, autosaver.writtenCount());
    }

    @Test
    void savingDeletesTheAutosaveAndUndoingBackToTheSavedChartToo() throws Exception {
        Path file = folder.resolve("team.orgchart.json");
        dialogs.fileToSave = file;
        model.apply(Edits.setHolder(CEO, "Ada"));
        assertEquals(1, autosaved().size());
        assertTrue(model.session().saveAs());
        assertEquals(List.of(), autosaved(), "saved: nothing left to recover");

        model.apply(Edits.setHolder(CEO, "Grace"));
        assertEquals(1, autosaved().size());
        model.undo();
        assertEquals(List.of(), autosaved(), "back at the saved chart: nothing unsaved");
    }

    @Test
    void openingAnotherChartDropsTheAutosaveOfTheOneWhoseChangesWereDiscarded() throws Exception {
        Path other = folder.resolve("other.orgchart.json");
        ChartFiles.save(other, sample.withTitle("Other"));
        model.apply(Edits.setHolder(CEO, "Ada"));
        assertEquals(1, autosaved().size());
        dialogs.saveChoice = SaveChoice.DISCARD;
        assertTrue(model.session().open(other));
        assertEquals(List.of(), autosaved());
        model.apply(Edits.setHolder(CEO, "Grace"));
        assertEquals(List.of(model.chart()), autosaved(), "the new chart has its own autosave");
    }
}
