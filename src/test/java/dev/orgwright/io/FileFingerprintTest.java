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

    @Test
    void aFileRewrittenWithOtherBytesNoLongerMatches() throws Exception {
        Path file = folder.resolve("a.orgchart.json");
        Files.writeString(file, "{\"title\": \"Ours\"}");
        FileFingerprint taken = FileFingerprint.of(file).orElseThrow();
        assertTrue(taken.matches(file));
        Files.writeString(file, "{\"title\": \"Git\"}"); // another tool, another size
        assertFalse(taken.matches(file));
        assertFalse(taken.matchesExactly(file));
    }

    @Test
    void aFileReplacedBehindOurBackWithTheSameSizeIsCaughtByTheHash() throws Exception {
        Path file = folder.resolve("a.orgchart.json");
        Files.writeString(file, "{\"title\": \"AAAA\"}");
        FileFingerprint taken = FileFingerprint.of(file).orElseThrow();
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
        Path file = folder.resolve("a.orgchart.json");
        Files.writeString(file, "same");
        FileFingerprint taken = FileFingerprint.of(file).orElseThrow();
        Files.writeString(file, "same");
        Files.setLastModifiedTime(file, FileTime.fromMillis(taken.modifiedMillis() + 5000)); // a checkout touching it
        assertTrue(taken.matches(file));
        assertTrue(taken.matchesExactly(file));
    }

    @Test
    void aDeletedFileHasNoFingerprintAndMatchesNothing() throws Exception {
        Path file = folder.resolve("a.orgchart.json");
        Files.writeString(file, "x");
        FileFingerprint taken = FileFingerprint.of(file).orElseThrow();
        Files.delete(file);
        assertEquals(Optional.empty(), FileFingerprint.of(file));
        assertFalse(taken.matches(file));
        assertFalse(taken.matchesExactly(file));
    }
}
