package dev.orgwright.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.RecoverableChart;
import dev.orgwright.io.RecoveryFixtures;
import dev.orgwright.io.RecoverySession;
import dev.orgwright.io.RecoveryStore;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.TestWindows;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.RecordingDialogs;
import dev.orgwright.ui.fx.SaveChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offer at start to recover what a crashed Orgwright left, answered by a test in place of the user. */
class RecoveryOfferTest {

    private static final Instant WHEN = Instant.parse("2026-03-02T14:05:00Z");

    @TempDir
    Path folder;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Chart sample = SampleCharts.leadershipTeam();
    private final ChartWindowModel model = TestWindows.onSample(dialogs);
    private Path recovery;
    private Path file;
    private Chart edited;
    private RecoveryStore store;
    private RecoverySession session;

    @BeforeEach
    void crash() throws Exception {
        recovery = folder.resolve("recovery");
        file = folder.resolve("board.orgchart.json");
        ChartFiles.save(file, sample);
        edited = Edits.add(Position.of("cso", "Chief Strategy Officer", "senior")
                .withReportsTo(PositionId.of("ceo")), -1).apply(sample.withTitle("Board"));
        RecoveryFixtures.crashedWith(recovery, edited, file, WHEN);
        store = new RecoveryStore(recovery);
        session = store.startSession();
    }

    @AfterEach
    void end() throws Exception {
        session.close();
    }

    private RecoveryOffer offer() {
        return new RecoveryOffer(store, session, dialogs, ChartFiles::load, ZoneOffset.UTC);
    }

    @Test
    void theQuestionNamesTheFileTheTimeAndWhatDiffers() {
        dialogs.choice = 2; // Decide Later
        assertEquals(0, offer().offer((c, f, id) -> true));
        assertEquals(List.of("Recover the unsaved changes to \"board.orgchart.json\"?"), dialogs.questions);
        assertEquals("Orgwright ended without saving \"board.orgchart.json\"; its changes were autosaved on 2 March 2026"
                + " at 14:05. Compared with the file: 1 position added (Chief Strategy Officer); the title changed from"
                + " \"Leadership team\" to \"Board\". Recover opens them as unsaved changes; Discard deletes them.",
                dialogs.messages.get(0));
    }

    @Test
    void recoverOpensTheChartAsUnsavedChangesToItsFileAndKeepsItSafeMeanwhile() throws Exception {
        dialogs.choice = 0;
        Autosaver autosaver = Autosaver.attach(model.session(), session, Duration.ofMillis(50));
        int recovered = offer().offer((chart, original, id) -> {
            boolean shown = model.session().openRecovered(chart, original);
            autosaver.continueAs(id);
            return shown;
        });
        assertEquals(1, recovered);
        assertEquals(edited, model.chart());
        assertEquals(Optional.of(file), model.session().file());
        assertTrue(model.session().isDirty());
        assertEquals("Board — board.orgchart.json*", model.session().windowTitle());
        assertEquals(sample, ChartFiles.load(file), "the file is untouched until the user saves");
        assertEquals(List.of(), store.recoverable(), "this session holds the autosave now: not offered twice");

        model.apply(Edits.setHolder(PositionId.of("cso"), "Ada"));
        autosaver.flush();
        assertEquals(1, Files.list(recovery).filter(f -> f.toString().endsWith(ChartFiles.EXTENSION)).count(),
                "further changes go on in the recovered autosave, not in a second one");
        autosaver.close();
    }

    @Test
    void discardDeletesTheAutosaveAndDecideLaterKeepsIt() throws Exception {
        dialogs.choice = 2;
        offer().offer((c, f, id) -> true);
        assertEquals(1, store.recoverable().size(), "decided later: still there");
        dialogs.choice = -1; // the dialog closed without an answer
        offer().offer((c, f, id) -> true);
        assertEquals(1, store.recoverable().size(), "no answer: still there");
        dialogs.choice = 1;
        offer().offer((c, f, id) -> true);
        assertEquals(List.of(), store.recoverable());
        assertEquals(sample, model.chart(), "discarding opens nothing");
    }

    @Test
    void aChartNeverSavedAndAFileGoneAreDescribedForWhatTheyAre() throws Exception {
        RecoveryFixtures.crashedWith(recovery, sample.withTitle("Sketch"), null, WHEN.plusSeconds(60));
        Files.delete(file);
        dialogs.choice = 2;
        offer().offer((c, f, id) -> true);
        assertEquals("Recover the unsaved changes to \"Sketch (never saved)\"?", dialogs.questions.get(0),
                "newest first");
        assertTrue(dialogs.messages.get(0).contains("A chart that was never saved, with " + sample.size() + " positions."),
                dialogs.messages.get(0));
        assertTrue(dialogs.messages.get(1).contains("Its file " + file + " no longer exists. The autosave has "
                + edited.size() + " positions."), dialogs.messages.get(1));
    }

    @Test
    void aDamagedAutosaveIsToldAndKeptUnlessTheUserDeletesIt() throws Exception {
        RecoverableChart entry = store.recoverable().get(0);
        Files.writeString(recovery.resolve(entry.id() + ChartFiles.EXTENSION), "{ \"format\": ");
        dialogs.choice = 1; // Keep
        assertEquals(0, offer().offer((c, f, id) -> true));
        assertEquals(List.of(RecoveryOffer.DAMAGED), dialogs.questions);
        assertEquals(1, store.recoverable().size());
        dialogs.choice = 0; // Delete
        offer().offer((c, f, id) -> true);
        assertEquals(List.of(), store.recoverable());
    }

    @Test
    void recoveringIntoAWindowWithUnsavedWorkAsksFirstAndKeepsItOnCancel() throws Exception {
        model.apply(Edits.setHolder(PositionId.of("ceo"), "Mine"));
        Chart mine = model.chart();
        dialogs.choice = 0;
        dialogs.saveChoice = SaveChoice.CANCEL;
        assertEquals(0, offer().offer((chart, original, id) -> model.session().openRecovered(chart, original)));
        assertEquals(mine, model.chart());
        assertEquals(List.of("Recover the unsaved changes to \"board.orgchart.json\"?", "save changes to Leadership team"),
                dialogs.questions);
    }
}
