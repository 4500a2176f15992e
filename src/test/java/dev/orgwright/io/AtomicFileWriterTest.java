package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    private static final byte[] OLD = "{\"the\": \"previous chart\"}\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private List<String> folderContents() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static AtomicFileWriter.Content halfThenFail(IOException failure) {
        return out -> {
            out.write(new byte[100_000]); // more than the writer buffers, so part of it reaches the disk
            throw failure;
        };
    }

    @Test
    void aFullDiskLeavesThePreviousFileIntactAndNoTemporaryFile() throws Exception {
        Path file = folder.resolve("team.orgchart.json");
        Files.write(file, OLD);
        SaveFailedException e = assertThrows(SaveFailedException.class,
                () -> AtomicFileWriter.write(file, halfThenFail(new IOException("No space left on device"))));
        assertEquals("Could not save team.orgchart.json in " + folder.toAbsolutePath().normalize()
                + ": the disk is full. Free some space or save somewhere else; the previous file is unchanged.",
                e.getMessage());
        assertArrayEquals(OLD, Files.readAllBytes(file));
        assertEquals(List.of("team.orgchart.json"), folderContents());
    }

    @Test
    void anyOtherFailureSaysWhatHappenedAndKeepsTheFile() throws Exception {
        Path file = folder.resolve("team.orgchart.json");
        Files.write(file, OLD);
        SaveFailedException e = assertThrows(SaveFailedException.class,
                () -> AtomicFileWriter.write(file, halfThenFail(new IOException("Input/output error"))));
        assertTrue(e.getMessage().endsWith(": Input/output error. The previous file is unchanged."), e.getMessage());
        assertArrayEquals(OLD, Files.readAllBytes(file));
        assertEquals(List.of("team.orgchart.json"), folderContents());
    }

    @Test
    void aBugInTheWriterIsAFailedSaveToo() throws Exception {
        Path file = folder.resolve("team.orgchart.json");
        Files.write(file, OLD);
        SaveFailedException e = assertThrows(SaveFailedException.class, () -> AtomicFileWriter.write(file, out -> {
            out.write(1);
            throw new IllegalStateException("bug");
        }));
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertArrayEquals(OLD, Files.readAllBytes(file));
        assertEquals(List.of("team.orgchart.json"), folderContents());
    }

    @Test
    void aFailedFirstSaveLeavesNothingBehind() throws Exception {
        Path file = folder.resolve("new.orgchart.json");
        assertThrows(SaveFailedException.class,
                () -> AtomicFileWriter.write(file, halfThenFail(new IOException("No space left on device"))));
        assertFalse(Files.exists(file));
        assertEquals(List.of(), folderContents());
    }

    @Test
    void savingOntoAFolderFailsClearlyAndChangesNothing() throws Exception {
        Path target = Files.createDirectory(folder.resolve("charts"));
        Files.write(target.resolve("inside.txt"), OLD);
        SaveFailedException e = assertThrows(SaveFailedException.class,
                () -> ChartFiles.save(target, Chart.builder().build()));
        assertEquals("Could not save to " + target.toAbsolutePath().normalize()
                + ": it is a folder, not a file. Choose a file name.", e.getMessage());
        assertTrue(Files.isDirectory(target));
        assertEquals(List.of("charts"), folderContents());
        try (Stream<Path> inside = Files.list(target)) {
            assertEquals(List.of(target.resolve("inside.txt")), inside.toList());
        }
        assertArrayEquals(OLD, Files.readAllBytes(target.resolve("inside.txt")));
    }

    @Test
    void savingIntoAFolderThatDoesNotExistFailsClearly() {
        Path missing = folder.resolve("no-such-folder");
        Path target = missing.resolve("team.orgchart.json");
        SaveFailedException e = assertThrows(SaveFailedException.class,
                () -> ChartFiles.save(target, Chart.builder().build()));
        assertEquals("Could not save team.orgchart.json: the folder " + missing.toAbsolutePath().normalize()
                + " does not exist.", e.getMessage());
        assertFalse(Files.exists(missing));
    }

    @Test
    void aSuccessfulSaveReplacesTheContentAndKeepsThePermissions() throws Exception {
        Path file = folder.resolve("private.orgchart.json");
        Files.write(file, OLD);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Chart chart = Chart.builder().title("Private").add(Position.of("ceo", "Chief Executive Officer", "senior")).build();
        ChartFiles.save(file, chart);
        assertArrayEquals(ChartWriter.toBytes(chart), Files.readAllBytes(file));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertEquals(chart, ChartFiles.load(file));
        assertEquals(List.of("private.orgchart.json"), folderContents());
    }

    @Test
    void aSaveOverAGroupReadableFileKeepsItGroupReadable() throws Exception {
        Path file = folder.resolve("shared.orgchart.json");
        Files.write(file, OLD);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFileWriter.write(file, out -> out.write("new\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new\n", Files.readString(file));
        assertEquals(PosixFilePermissions.fromString("rw-rw-r--"), Files.getPosixFilePermissions(file));
    }

    @Test
    void aNewFileGetsThePermissionsOfAnyNewFileHereNotOwnerOnlyOnes() throws Exception {
        Path reference = Files.createFile(folder.resolve("made-by-another-program.txt"));
        Path file = folder.resolve("export.pdf");
        AtomicFileWriter.write(file, out -> out.write("new\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(file),
                "the user's umask decides, as for the file another program made");
    }

    @Test
    void aRelativePathIsSavedInTheWorkingFolder() throws Exception {
        Path file = folder.resolve("relative.orgchart.json");
        Path relative = Path.of("").toAbsolutePath().relativize(file);
        AtomicFileWriter.write(relative, out -> out.write(OLD));
        assertArrayEquals(OLD, Files.readAllBytes(file));
    }
}
