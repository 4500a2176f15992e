package dev.orgwright.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

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
        Optional<FileFingerprint> now = of(file);
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
