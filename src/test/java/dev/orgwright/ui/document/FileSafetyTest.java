package dev.orgwright.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.BackupPolicy;
import dev.orgwright.io.ChartFileLock;
import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.TestWindows;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A window's file against other programs and other windows: changes on disk, locks, backups. */
class FileSafetyTest {

    private static final PositionId CEO = PositionId.of("ceo");

    @TempDir
    Path folder;

    private final Chart sample = SampleCharts.leadershipTeam();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ChartWindowModel model = TestWindows.onSample(dialogs);
    private final FileSafety safety = FileSafety.install(model.session(), dialogs);
    private Path file;

    @BeforeEach
    void open() throws Exception {
        file = folder.resolve("team.orgchart.json");
        ChartFiles.save(file, sample);
        assertTrue(model.session().open(file));
    }

    @AfterEach
    void close() {
        safety.windowClosed();
    }

    /** Another program writes the file, with a time that surely differs from ours. */
    private void changedByAnotherProgram(Chart theirs) throws Exception {
        FileTime before = Files.getLastModifiedTime(file);
        ChartFiles.save(file, theirs);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 5_000));
    }

    /** I edit the chart here while another program writes its own version; returns theirs. */
    private Chart mineEditedTheirsOnDisk() throws Exception {
        model.apply(Edits.setHolder(CEO, "Mine"));
        Chart theirs = sample.withTitle("Theirs");
        changedByAnotherProgram(theirs);
        return theirs;
    }

    @Test
    void aChangeOnDiskIsNoticedOnFocusAndReloadShowsTheirVersion() throws Exception {
        safety.checkForChanges();
        assertEquals(List.of(), dialogs.questions, "nothing changed: nothing asked");
        changedByAnotherProgram(sample.withTitle("Theirs"));
        dialogs.choice = 0; // Reload Theirs
        safety.checkForChanges();
        assertEquals(List.of(FileSafety.CHANGED), dialogs.questions);
        assertEquals("Theirs", model.chart().title());
        assertFalse(model.session().isDirty());
        safety.checkForChanges();
        assertEquals(1, dialogs.questions.size(), "the reloaded version is the known one");
    }

    @Test
    void keepingMineIsAskedOnceAndTheNextSaveWritesMine() throws Exception {
        mineEditedTheirsOnDisk();
        dialogs.choice = 1; // Keep Mine
        safety.checkForChanges();
        assertTrue(dialogs.messages.get(0).contains("Reloading drops the changes you made here."), dialogs.messages.get(0));
        assertEquals("Mine", model.chart().position(CEO).holder());
        safety.checkForChanges();
        assertTrue(model.session().save());
        assertEquals(1, dialogs.questions.size(), "the user chose already; the save does not ask again");
        assertEquals(model.chart(), ChartFiles.load(file));
    }

    @Test
    void aFileChangedBehindOurBackIsNeverOverwrittenWithoutAsking() throws Exception {
        Chart theirs = mineEditedTheirsOnDisk();
        dialogs.choice = 2; // Cancel
        assertFalse(model.session().save());
        assertEquals(List.of(FileSafety.CHANGED), dialogs.questions);
        assertEquals(theirs, ChartFiles.load(file), "their version is still on disk");
        assertTrue(model.session().isDirty(), "and mine is still in the window");
        assertEquals("Mine", model.chart().position(CEO).holder());

        dialogs.choice = 0; // Save Mine
        assertTrue(model.session().save());
        assertEquals(model.chart(), ChartFiles.load(file));
    }

    @Test
    void reloadingTheirsBeforeASaveDropsMineAndWritesNothing() throws Exception {
        Chart theirs = mineEditedTheirsOnDisk();
        dialogs.choice = 1; // Reload Theirs
        assertFalse(model.session().save());
        assertEquals(theirs, model.chart());
        assertEquals(theirs, ChartFiles.load(file));
    }

    @Test
    void aFileDeletedMeanwhileIsToldAndTheChartStays() throws Exception {
        Files.delete(file);
        safety.checkForChanges();
        assertEquals(List.of(FileSafety.GONE), dialogs.questions);
        assertEquals(sample, model.chart());
        safety.checkForChanges();
        assertEquals(1, dialogs.questions.size(), "told once");
        assertTrue(model.session().save());
        assertEquals(sample, ChartFiles.load(file), "saving writes it again");
    }

    @Test
    void aSecondWindowOnTheSameFileIsWarnedAndMayOpenItReadOnly() throws Exception {
        assertTrue(safety.holdsLock());
        RecordingDialogs secondDialogs = new RecordingDialogs();
        ChartWindowModel second = TestWindows.onSample(secondDialogs);
        FileSafety secondSafety = FileSafety.install(second.session(), secondDialogs);
        try {
            secondDialogs.choice = 2; // Cancel
            assertFalse(second.session().open(file));
            assertEquals("Leadership team — sample", second.session().windowTitle());

            secondDialogs.choice = FileSafety.OPEN_READ_ONLY;
            assertTrue(second.session().open(file));
            assertEquals(List.of(FileSafety.IN_USE, FileSafety.IN_USE), secondDialogs.questions);
            assertTrue(secondDialogs.messages.get(0).startsWith("\"team.orgchart.json\" is being edited by another"
                    + " window of this Orgwright."), secondDialogs.messages.get(0));
            assertTrue(second.session().isReadOnly());
            assertEquals("Leadership team — team.orgchart.json (read-only)", second.session().windowTitle());

            second.apply(Edits.setHolder(CEO, "Second"));
            assertFalse(second.session().save(), "Save asks for another file; cancelled");
            assertEquals(List.of("save as team.orgchart.json"), secondDialogs.questions.subList(2, 3));
            assertEquals(sample, ChartFiles.load(file), "the file of the first window is untouched");

            Path copy = folder.resolve("copy.orgchart.json");
            secondDialogs.fileToSave = copy;
            assertTrue(second.session().save());
            assertFalse(second.session().isReadOnly(), "saved elsewhere, it is an ordinary chart again");
            assertEquals(second.chart(), ChartFiles.load(copy));
        } finally {
            secondSafety.windowClosed();
        }
    }

    @Test
    void closingTheWindowReleasesTheFile() {
        safety.windowClosed();
        assertFalse(Files.exists(ChartFileLock.lockFileOf(file)));
        RecordingDialogs otherDialogs = new RecordingDialogs();
        ChartWindowModel other = TestWindows.onSample(otherDialogs);
        FileSafety otherSafety = FileSafety.install(other.session(), otherDialogs);
        assertTrue(other.session().open(file));
        assertEquals(List.of(), otherDialogs.questions);
        otherSafety.windowClosed();
    }

    @Test
    void savingKeepsThePreviousVersionUnlessTurnedOff() throws Exception {
        Path backup = folder.resolve("team.orgchart.json~");
        model.apply(Edits.setHolder(CEO, "First"));
        assertTrue(model.session().save());
        assertEquals(sample, ChartFiles.load(backup));
        Chart first = model.chart();
        model.apply(Edits.setHolder(CEO, "Second"));
        assertTrue(model.session().save());
        assertEquals(first, ChartFiles.load(backup), "one generation");

        model.session().setBackupPolicy(BackupPolicy.NONE);
        model.apply(Edits.setHolder(CEO, "Third"));
        assertTrue(model.session().save());
        assertEquals(first, ChartFiles.load(backup), "turned off: the backup is left as it was");
    }

    @Test
    void aFailedSaveLeavesTheChartInMemoryAndEveryFileAsTheyWere() throws Exception {
        model.apply(Edits.setHolder(CEO, "Mine"));
        Chart mine = model.chart();
        Path blocked = Files.createDirectory(folder.resolve("blocked.orgchart.json"));
        dialogs.fileToSave = blocked;
        byte[] before = Files.readAllBytes(file);
        assertFalse(model.session().saveAs());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("it is a folder, not a file"), dialogs.errors.get(0));
        assertEquals(mine, model.chart());
        assertTrue(model.session().isDirty());
        assertEquals(java.util.Optional.of(file), model.session().file());
        assertTrue(Files.isDirectory(blocked));
        assertEquals(new String(before), new String(Files.readAllBytes(file)));
    }
}
