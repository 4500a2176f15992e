package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Saving with a backup, and saves that fail at every step they are made of. */
class SafeSaveTest {

    private static final byte[] FIRST = "first\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SECOND = "second\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] THIRD = "third\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("team.orgchart.json");
    }

    private Path backup() {
        return folder.resolve("team.orgchart.json~");
    }

    /** Every file of the folder with its bytes: what "every file on disk as it was" compares. */
    private Map<String, String> disk() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    private static AtomicFileWriter.Content bytes(byte[] b) {
        return out -> out.write(b);
    }

    @Test
    void eachSaveKeepsTheVersionItReplacesAndOnlyThatOne() throws Exception {
        AtomicFileWriter.write(file(), bytes(FIRST), BackupPolicy.KEEP_PREVIOUS);
        assertFalse(Files.exists(backup()), "a first save has nothing to keep");
        AtomicFileWriter.write(file(), bytes(SECOND), BackupPolicy.KEEP_PREVIOUS);
        assertArrayEquals(FIRST, Files.readAllBytes(backup()));
        AtomicFileWriter.write(file(), bytes(THIRD), BackupPolicy.KEEP_PREVIOUS);
        assertArrayEquals(THIRD, Files.readAllBytes(file()));
        assertArrayEquals(SECOND, Files.readAllBytes(backup()));
        assertEquals(List.of("team.orgchart.json", "team.orgchart.json~"), List.copyOf(disk().keySet()));
    }

    @Test
    void theBackupIsAFileOfItsOwnNotTheSavedOne() throws Exception {
        Files.write(file(), FIRST);
        AtomicFileWriter.write(file(), bytes(SECOND), BackupPolicy.KEEP_PREVIOUS);
        Files.write(file(), THIRD); // an editor writing in place must not change the backup
        assertArrayEquals(FIRST, Files.readAllBytes(backup()));
    }

    @Test
    void withoutBackupsAnOldBackupIsLeftAlone() throws Exception {
        Files.write(file(), FIRST);
        Files.write(backup(), THIRD);
        AtomicFileWriter.write(file(), bytes(SECOND), BackupPolicy.NONE);
        assertArrayEquals(SECOND, Files.readAllBytes(file()));
        assertArrayEquals(THIRD, Files.readAllBytes(backup()));
        assertEquals(2, disk().size());
    }

    @Test
    void aChartSavedWithABackupCanBeRestoredFromIt() throws Exception {
        Chart before = Chart.builder().title("Before").add(Position.of("ceo", "Chief Executive Officer", "senior")).build();
        Chart after = before.withTitle("After");
        ChartFiles.save(file(), before, BackupPolicy.KEEP_PREVIOUS);
        ChartFiles.save(file(), after, BackupPolicy.KEEP_PREVIOUS);
        assertEquals(before, ChartFiles.load(backup()));
        assertEquals(after, ChartFiles.load(file()));
    }

    // ---- faults ----

    /** How many disk operations a save with a backup makes when both the file and a backup exist. */
    private int operationsOfASave(boolean olderBackup) throws Exception {
        Files.write(file(), FIRST);
        if (olderBackup) {
            Files.write(backup(), THIRD);
        }
        FaultyDisk counting = new FaultyDisk(Integer.MAX_VALUE);
        AtomicFileWriter.write(file(), bytes(SECOND), BackupPolicy.KEEP_PREVIOUS, counting);
        assertArrayEquals(SECOND, Files.readAllBytes(file()));
        assertArrayEquals(FIRST, Files.readAllBytes(backup()));
        Files.delete(file());
        Files.delete(backup());
        return counting.operations.size();
    }

    @ParameterizedTest(name = "an older backup exists: {0}")
    @ValueSource(booleans = {true, false})
    void aFailureAtAnyStepLeavesEveryFileAsItWas(boolean olderBackup) throws Exception {
        int steps = operationsOfASave(olderBackup);
        assertTrue(steps >= 5, "a save with a backup has at least five steps, saw " + steps);
        for (int failAt = 1; failAt <= steps; failAt++) {
            Files.write(file(), FIRST);
            if (olderBackup) {
                Files.write(backup(), THIRD);
            }
            Map<String, String> before = disk();
            FaultyDisk disk = new FaultyDisk(failAt);
            int step = failAt;
            java.util.function.Supplier<String> failed = () -> "a failure at step " + step + " of " + disk.operations;
            try {
                AtomicFileWriter.write(file(), bytes(SECOND), BackupPolicy.KEEP_PREVIOUS, disk);
                // A refused hard link is no failure: the backup is then made by copying.
                assertTrue(disk.operations.get(failAt - 1).startsWith("link"), () -> "nothing reported after " + failed.get());
                assertArrayEquals(SECOND, Files.readAllBytes(file()));
                assertArrayEquals(FIRST, Files.readAllBytes(backup()));
                assertEquals(2, disk().size(), () -> "a temporary file is left after " + failed.get());
            } catch (SaveFailedException e) {
                assertTrue(e.getMessage().startsWith("Could not save team.orgchart.json in "), e.getMessage());
                assertEquals(before, disk(), () -> "after " + failed.get());
            }
            Files.delete(file());
            Files.deleteIfExists(backup());
        }
    }

    @Test
    void aReadOnlyFolderIsExplainedAndNothingChanges() throws Exception {
        Files.write(file(), FIRST);
        Files.write(backup(), THIRD);
        Map<String, String> before = disk();
        Disk readOnly = new FaultyDisk(1) {
            @Override
            IOException failure(String operation) {
                return new AccessDeniedException(folder.toString());
            }
        };
        SaveFailedException e = assertThrows(SaveFailedException.class,
                () -> AtomicFileWriter.write(file(), bytes(SECOND), BackupPolicy.KEEP_PREVIOUS, readOnly));
        assertEquals("Could not save team.orgchart.json in " + folder.toAbsolutePath().normalize()
                + ": permission denied. Save it in another folder, or ask for write access to this one.", e.getMessage());
        assertEquals(before, disk());
    }

    @Test
    void aDiskThatFillsUpWhileAChartIsWrittenLeavesTheChartAndItsBackup() throws Exception {
        Chart big = bigChart(2_000);
        ChartFiles.save(file(), big.withTitle("Saved once"));
        ChartFiles.save(file(), big.withTitle("Saved twice"), BackupPolicy.KEEP_PREVIOUS);
        Map<String, String> before = disk();
        Disk filling = new FaultyDisk(Integer.MAX_VALUE) {
            @Override
            public OutputStream openDurable(Path file) throws IOException {
                return new FilterOutputStream(super.openDurable(file)) {
                    private long written;

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (written + len > 100_000) {
                            throw new FileSystemException(file.toString(), null, "No space left on device");
                        }
                        written += len;
                        out.write(b, off, len);
                    }
                };
            }
        };
        SaveFailedException e = assertThrows(SaveFailedException.class, () -> AtomicFileWriter.write(file(),
                out -> ChartWriter.write(big.withTitle("Never saved"), out), BackupPolicy.KEEP_PREVIOUS, filling));
        assertTrue(e.getMessage().endsWith(": the disk is full. Free some space or save somewhere else;"
                + " the previous file is unchanged."), e.getMessage());
        assertEquals(before, disk());
        assertEquals("Saved twice", ChartFiles.load(file()).title());
        assertEquals("Saved once", ChartFiles.load(backup()).title());
    }

    @Test
    void whereHardLinksAreRefusedTheBackupIsACopy() throws Exception {
        Files.write(file(), FIRST);
        Disk noLinks = new FaultyDisk(Integer.MAX_VALUE) {
            @Override
            public void link(Path link, Path existing) throws IOException {
                throw new FileSystemException(link.toString(), null, "Operation not permitted");
            }
        };
        AtomicFileWriter.write(file(), bytes(SECOND), BackupPolicy.KEEP_PREVIOUS, noLinks);
        assertArrayEquals(SECOND, Files.readAllBytes(file()));
        assertArrayEquals(FIRST, Files.readAllBytes(backup()));
        assertEquals(2, disk().size());
    }

    static Chart bigChart(int positions) throws Exception {
        List<Position> all = new ArrayList<>();
        all.add(Position.of("p0", "Chief Executive Officer", "senior"));
        for (int i = 1; i < positions; i++) {
            all.add(Position.of("p" + i, "Head of Unit " + i, "executive").withReportsTo(PositionId.of("p" + (i - 1) / 8)));
        }
        return Chart.builder().title("Big").addAll(all).build();
    }

    /** The real disk, failing at its {@code failAt}-th operation (deleting never fails: clean-up is tested). */
    static class FaultyDisk implements Disk {
        final List<String> operations = new ArrayList<>();
        private final int failAt;

        FaultyDisk(int failAt) {
            this.failAt = failAt;
        }

        IOException failure(String operation) {
            return new FileSystemException(operation, null, "Input/output error");
        }

        private void step(String operation) throws IOException {
            operations.add(operation);
            if (operations.size() == failAt) {
                throw failure(operation);
            }
        }

        @Override
        public Path createTempFile(Path folder, String prefix, String suffix) throws IOException {
            step("create temporary file");
            return REAL.createTempFile(folder, prefix, suffix);
        }

        @Override
        public OutputStream openDurable(Path file) throws IOException {
            step("open");
            OutputStream real = REAL.openDurable(file);
            return new FilterOutputStream(real) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    step("write");
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    try {
                        step("flush to disk");
                    } finally {
                        out.close();
                    }
                }
            };
        }

        @Override
        public void link(Path link, Path existing) throws IOException {
            step("link " + existing.getFileName());
            REAL.link(link, existing);
        }

        @Override
        public void copy(Path from, Path to) throws IOException {
            step("copy " + from.getFileName());
            REAL.copy(from, to);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            step("move over " + to.getFileName());
            REAL.move(from, to);
        }

        @Override
        public void deleteIfExists(Path file) throws IOException {
            REAL.deleteIfExists(file);
        }
    }
}
