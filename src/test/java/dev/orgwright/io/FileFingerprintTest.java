package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFingerprintTest {

    @TempDir
    Path folder;

    private Path file;

    /** Writes the chart file with {@code text} and takes its fingerprint. */
    private FileFingerprint written(String text) throws Exception {
        file = folder.resolve("a.orgchart.json");
        Files.writeString(file, text);
        return FileFingerprint.of(file).orElseThrow();
    }

    @Test
    void aFileRewrittenWithOtherBytesNoLongerMatches() throws Exception {
        FileFingerprint taken = written("{\"title\": \"Ours\"}");
        assertTrue(taken.matches(file));
        Files.writeString(file, "{\"title\": \"Git\"}"); // another tool, another size
        assertFalse(taken.matches(file));
        assertFalse(taken.matchesExactly(file));
    }

    @Test
    void aFileReplacedBehindOurBackWithTheSameSizeIsCaughtByTheHash() throws Exception {
        FileFingerprint taken = written("{\"title\": \"AAAA\"}");
        Path other = Files.writeString(folder.resolve("b"), "{\"title\": \"BBBB\"}");
        Files.setLastModifiedTime(other, FileTime.fromMillis(taken.modifiedMillis() + 2000));
        Files.move(other, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertFalse(taken.matches(file), "same size, new time: the bytes are compared");
        // Even a replacement that keeps the time is caught where it matters, before overwriting.
        Files.setLastModifiedTime(file, FileTime.fromMillis(taken.modifiedMillis()));
        assertFalse(taken.matchesExactly(file));
    }

    @Test
    void theSameBytesWrittenAgainStillMatch() throws Exception {
        FileFingerprint taken = written("same");
        Files.writeString(file, "same");
        Files.setLastModifiedTime(file, FileTime.fromMillis(taken.modifiedMillis() + 5000)); // a checkout touching it
        assertTrue(taken.matches(file));
        assertTrue(taken.matchesExactly(file));
    }

    @Test
    void aDeletedFileHasNoFingerprintAndMatchesNothing() throws Exception {
        FileFingerprint taken = written("x");
        Files.delete(file);
        assertEquals(Optional.empty(), FileFingerprint.of(file));
        assertFalse(taken.matches(file));
        assertFalse(taken.matchesExactly(file));
    }
}
