package dev.orgwright.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes a file so that it is either wholly replaced or not touched at all: the content goes to
 * a temporary file in the same folder, is flushed to the disk, and is then moved over the
 * target in one atomic step. A crash, a full disk or a failing writer leaves the old file as it
 * was, and no temporary file behind.
 */
public final class AtomicFileWriter {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /** Replaces {@code target} with {@code content}, atomically. */
    public static void write(Path target, Content content) throws SaveFailedException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        String name = file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new SaveFailedException("Could not save to " + file + ": it is a folder, not a file. Choose a file name.");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new SaveFailedException("Could not save " + name + ": the folder " + folder + " does not exist.");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + name + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(file, temp);
            move(temp, file);
            temp = null;
            syncFolder(folder);
        } catch (IOException | RuntimeException e) {
            throw new SaveFailedException(explain(file, e), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The save has failed already; a stray temporary file is the lesser problem.
                }
            }
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A replaced file keeps its permissions: saving must not make a private chart readable by all. */
    private static void keepPermissions(Path file, Path temp) {
        if (!Files.exists(file)) {
            return;
        }
        PosixFileAttributeView from = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (from == null || to == null) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = from.readAttributes().permissions();
            to.setPermissions(permissions);
        } catch (IOException ignored) {
            // Permissions are a courtesy; the save itself matters more.
        }
    }

    /** Makes the rename itself durable. Not every file system allows opening a folder; that is fine. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException ignored) {
            // Best effort only.
        }
    }

    private static String explain(Path file, Exception e) {
        String start = "Could not save " + file.getFileName() + " in " + file.getParent() + ": ";
        if (e instanceof AccessDeniedException) {
            return start + "permission denied. Save it in another folder, or ask for write access to this one.";
        }
        if (e instanceof NoSuchFileException) {
            return start + "the folder disappeared while saving.";
        }
        String detail = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        if (detail != null && detail.toLowerCase(java.util.Locale.ROOT).contains("no space left")) {
            return start + "the disk is full. Free some space or save somewhere else; the previous file is unchanged.";
        }
        if (detail != null && detail.toLowerCase(java.util.Locale.ROOT).contains("read-only file system")) {
            return start + "the disk is read-only. Save it somewhere else.";
        }
        return start + (detail == null ? e.getClass().getSimpleName() : detail)
                + ". The previous file is unchanged.";
    }
}
