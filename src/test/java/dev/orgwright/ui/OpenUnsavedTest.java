package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.Templates;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.RecordingDialogs;
import dev.orgwright.ui.fx.SaveChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chart made from another format (an import) opens as a new chart that has never been saved. */
class OpenUnsavedTest {

    @TempDir
    Path folder;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ChartWindowModel model = new ChartWindowModel(SampleCharts.leadershipTeam(),
            CardSizer.fixed(180, 64), ChartFiles::load, dialogs);

    private static Chart imported() throws Exception {
        return Chart.builder().title("staff").add(Position.of("1", "CEO", Templates.SENIOR)).build();
    }

    @Test
    void itIsUnsavedFromTheStartAndSavingMakesItClean() throws Exception {
        assertTrue(model.session().openUnsaved(imported()));

        assertTrue(model.session().isDirty());
        assertEquals("staff — unsaved*", model.session().windowTitle());
        assertTrue(model.session().file().isEmpty());
        assertFalse(model.session().canUndo(), "there is nothing to undo: the import is where the history starts");

        dialogs.fileToSave = folder.resolve("staff.orgchart.json");
        assertTrue(model.session().save());
        assertFalse(model.session().isDirty());
        assertTrue(Files.exists(dialogs.fileToSave));
        assertEquals(List.of("save as staff.orgchart.json"), dialogs.questions);
    }

    @Test
    void closingItAsksToSave() throws Exception {
        model.session().openUnsaved(imported());
        dialogs.saveChoice = SaveChoice.CANCEL;

        assertFalse(model.session().confirmDiscardingChanges());
        assertEquals(List.of("save changes to staff"), dialogs.questions);
    }

    @Test
    void unsavedChangesToTheOpenChartAreAskedAboutFirst() throws Exception {
        Chart before = model.chart();
        model.apply(Edits.add(Position.of("x", "Chief People Officer", Templates.SENIOR), 0));
        Chart edited = model.chart();
        dialogs.saveChoice = SaveChoice.CANCEL;

        assertFalse(model.session().openUnsaved(imported()));
        assertEquals(edited, model.chart(), "cancelled: the open chart stays");

        dialogs.saveChoice = SaveChoice.DISCARD;
        assertTrue(model.session().openUnsaved(imported()));
        assertEquals("staff", model.chart().title());
        assertFalse(before.equals(model.chart()));
    }
}
