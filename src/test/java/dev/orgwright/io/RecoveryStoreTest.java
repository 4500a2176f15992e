package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    @TempDir
    Path folder;

    private final Chart sample = SampleCharts.leadershipTeam();

    private List<String> files() throws Exception {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theChartsOfARunningSessionAreNotOfferedButThoseOfACrashedOneAre() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        RecoverySession session = store.startSession();
        session.setClock(Clock.fixed(Instant.parse("2026-03-02T14:05:00Z"), ZoneOffset.UTC));
        String entry = session.newEntryId();
        Path original = folder.resolve("board.orgchart.json");
        session.autosave(entry, original, sample.withTitle("Board"));
        assertEquals(List.of(), store.recoverable(), "the session is alive: nothing to recover");

        session.abandon(); // as a crash would end it
        List<RecoverableChart> offered = new RecoveryStore(folder).recoverable();
        assertEquals(List.of(new RecoverableChart(entry, session.id(), Optional.of(original),
                Instant.parse("2026-03-02T14:05:00Z"), "Board", sample.size())), offered);
        assertEquals("board.orgchart.json", offered.get(0).displayName());
        assertEquals(sample.withTitle("Board"), store.load(offered.get(0)));
    }

    @Test
    void theAutosavesFolderIsTheOwnersAlone() throws Exception {
        java.nio.file.Path recovery = folder.resolve("recovery");
        java.nio.file.Files.createDirectories(recovery);
        java.nio.file.Files.setPosixFilePermissions(recovery,
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")); // as an older version left it
        RecoverySession session = new RecoveryStore(recovery).startSession();
        assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"),
                java.nio.file.Files.getPosixFilePermissions(recovery));
        session.close();
    }

    @Test
    void aCleanExitLeavesNothingBehind() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        RecoverySession session = store.startSession();
        session.autosave(session.newEntryId(), null, sample);
        session.autosave(session.newEntryId(), null, sample.withTitle("Second"));
        assertEquals(5, files().size(), "two autosaves of two files each and the marker: " + files());
        session.close();
        assertEquals(List.of(), files());
        assertEquals(List.of(), store.recoverable());
    }

    @Test
    void aNewerAutosaveReplacesTheOlderAndForgettingDeletesIt() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        RecoverySession session = store.startSession();
        String entry = session.newEntryId();
        session.autosave(entry, null, sample.withTitle("One"));
        session.autosave(entry, null, sample.withTitle("Two"));
        session.abandon();
        RecoverableChart only = store.recoverable().get(0);
        assertEquals("Two", store.load(only).title());
        assertEquals("Two (never saved)", only.displayName());
        assertEquals(1, store.recoverable().size());
    }

    @Test
    void aChartRecoveredByTheNextSessionIsItsOwnAndDiscardingDeletesOnlyWhatIsDiscarded() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        RecoverySession crashed = store.startSession();
        crashed.autosave(crashed.newEntryId(), null, sample.withTitle("Keep"));
        crashed.autosave(crashed.newEntryId(), null, sample.withTitle("Drop"));
        crashed.abandon();

        RecoverySession next = store.startSession();
        Map<String, RecoverableChart> byTitle = new java.util.HashMap<>();
        store.recoverable().forEach(r -> byTitle.put(r.title(), r));
        next.adopt(byTitle.get("Keep"), store.load(byTitle.get("Keep")));
        store.discard(byTitle.get("Drop"));
        assertEquals(List.of(), store.recoverable(), "adopted by a running session, the other discarded");

        next.abandon(); // and if this one crashes too, the adopted chart is still there
        assertEquals(List.of("Keep"), store.recoverable().stream().map(RecoverableChart::title).toList());
        assertEquals(3, files().size(), "the chart, its description and the marker of its session: " + files());
    }

    @Test
    void aDamagedDescriptionIsPassedOverAndLeftAlone() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        Files.writeString(folder.resolve("x" + RecoveryStore.ABOUT), "{ not json");
        Files.writeString(folder.resolve("x" + RecoveryStore.CHART), "{}");
        assertEquals(List.of(), store.recoverable());
        assertEquals(List.of("x.orgchart.json", "x.recovery.json"), files());
    }

    @Test
    void aProgramKilledInTheMiddleOfItsWorkLeavesItsChartToRecover() throws Exception {
        Path original = folder.resolve("client.orgchart.json");
        Path recovery = folder.resolve("recovery");
        try (OtherProcess other = OtherProcess.start("autosave", recovery.toString(), original.toString(), "Client")) {
            RecoveryStore store = new RecoveryStore(recovery);
            assertEquals(List.of(), store.recoverable(), "while the other program runs, its charts are its own");
            other.crash();
            List<RecoverableChart> offered = store.recoverable();
            assertEquals(1, offered.size());
            assertEquals(Optional.of(original), offered.get(0).originalFile());
            assertEquals(sample.withTitle("Client"), store.load(offered.get(0)));
        }
    }

    @Test
    void theDataFolderFollowsThePlatform() {
        assertEquals(Path.of("/home/ana/.local/share/orgwright"),
                DataFolders.userDataFolder(Map.of(), "Linux", "/home/ana"));
        assertEquals(Path.of("/data/ana/orgwright"),
                DataFolders.userDataFolder(Map.of("XDG_DATA_HOME", "/data/ana"), "Linux", "/home/ana"));
        assertEquals(Path.of("/home/ana/.local/share/orgwright"),
                DataFolders.userDataFolder(Map.of("XDG_DATA_HOME", "relative"), "Linux", "/home/ana"));
        assertEquals(Path.of("/Users/ana/Library/Application Support/Orgwright"),
                DataFolders.userDataFolder(Map.of(), "Mac OS X", "/Users/ana"));
        assertEquals(Path.of("C:\\Users\\ana\\AppData\\Roaming", "Orgwright"),
                DataFolders.userDataFolder(Map.of("APPDATA", "C:\\Users\\ana\\AppData\\Roaming"), "Windows 11", "C:\\Users\\ana"));
        assertFalse(DataFolders.userDataFolder().toString().isEmpty());
        assertTrue(RecoveryStore.inUserDataFolder().folder().endsWith(Path.of("recovery")));
    }
}
