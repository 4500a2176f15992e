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
    void aFingerprintTakenAheadIsTheFilesOwnAndIsUsedOnce() throws Exception {
        FileFingerprint direct = written("{\"title\": \"Ahead\"}");
        FileFingerprint.ahead(folder.resolve(".").resolve("a.orgchart.json")).take();
        assertEquals(Optional.of(direct), FileFingerprint.of(file), "the same file, however it is named");
    }

    @Test
    void aFingerprintTakenAheadOfAFileChangedSinceIsNotUsed() throws Exception {
        written("{\"title\": \"Before\"}");
        FileFingerprint.Ahead ahead = FileFingerprint.ahead(file);
        ahead.take();
        Files.writeString(file, "{\"title\": \"After the change\"}"); // another size
        FileFingerprint now = FileFingerprint.of(file).orElseThrow();
        assertEquals(Files.size(file), now.size());
        assertTrue(now.matchesExactly(file), "the fingerprint of the bytes there now");
    }

    @Test
    void aFingerprintPromisedAheadIsWaitedFor() throws Exception {
        FileFingerprint direct = written("{\"title\": \"Promised\"}");
        FileFingerprint.Ahead ahead = FileFingerprint.ahead(file);
        Thread taker = new Thread(ahead::take);
        taker.start();
        assertEquals(Optional.of(direct), FileFingerprint.of(file));
        taker.join();
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
