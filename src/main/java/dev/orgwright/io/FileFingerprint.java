package dev.orgwright.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a file was when the program last read or wrote it: its modification time, its size and
 * a hash of its bytes. Comparing with the file as it is now tells whether another program (an
 * editor, a {@code git checkout}, a second Orgwright) changed it. A file rewritten with the same
 * bytes counts as unchanged: only the time moved.
 *
 * @param modifiedMillis the modification time, in milliseconds since the epoch
 * @param size           the length in bytes
 * @param sha256         the SHA-256 of the bytes, in hex
 */
public record FileFingerprint(long modifiedMillis, long size, String sha256) {

    /** The fingerprint of {@code file} as it is now; empty when there is no such file. */
    public static Optional<FileFingerprint> of(Path file) throws IOException {
        CompletableFuture<Optional<FileFingerprint>> ahead = AHEAD.remove(key(file));
        if (ahead != null) {
            Optional<FileFingerprint> taken = ahead.join();
            if (taken.isPresent() && taken.get().stillDescribes(file)) {
                return taken;
            }
        }
        return measure(file);
    }

    /** Fingerprints taken ahead on another thread, each waiting for the next {@link #of} of its file. */
    private static final Map<Path, CompletableFuture<Optional<FileFingerprint>>> AHEAD = new ConcurrentHashMap<>();

    /**
     * Promises the fingerprint of {@code file}, to be taken on another thread by
     * {@link Ahead#take}: the next {@link #of} of that file waits for it instead of hashing the
     * file again, and takes it if the file's time and size still match it (as {@link #matches}
     * would). A chart named on the command line is read, and its 38 MB hashed, while the window
     * starts, instead of on the window's thread after.
     */
    public static Ahead ahead(Path file) {
        Ahead ahead = new Ahead(file);
        AHEAD.put(key(file), ahead.result);
        return ahead;
    }

    /** A fingerprint promised by {@link #ahead}. */
    public static final class Ahead {
        private final Path file;
        private final CompletableFuture<Optional<FileFingerprint>> result = new CompletableFuture<>();

        private Ahead(Path file) {
            this.file = file;
        }

        /** Takes the fingerprint now, on the calling thread; empty when the file cannot be read. */
        public void take() {
            try {
                result.complete(measure(file));
            } catch (IOException | RuntimeException e) {
                result.complete(Optional.empty()); // the window's own attempt then meets the problem
            }
        }
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private boolean stillDescribes(Path file) throws IOException {
        try {
            return Files.getLastModifiedTime(file).toMillis() == modifiedMillis && Files.size(file) == size;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static Optional<FileFingerprint> measure(Path file) throws IOException {
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            long size = Files.size(file);
            return Optional.of(new FileFingerprint(modified, size, hash(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code file} still holds the bytes this fingerprint was taken of. The same time and
     * size are taken as the same bytes without reading them, so that checking on every focus of
     * the window is cheap; use {@link #matchesExactly} before overwriting.
     */
    public boolean matches(Path file) throws IOException {
        try {
            if (Files.getLastModifiedTime(file).toMillis() == modifiedMillis && Files.size(file) == size) {
                return true;
            }
        } catch (NoSuchFileException e) {
            return false;
        }
        return matchesExactly(file);
    }

    /** Whether {@code file} holds the same bytes, read and hashed whatever its time says. */
    public boolean matchesExactly(Path file) throws IOException {
        Optional<FileFingerprint> now = measure(file);
        return now.isPresent() && now.get().size == size && now.get().sha256.equals(sha256);
    }

    private static String hash(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
