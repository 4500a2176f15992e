package dev.orgwright.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a file so that it is either wholly replaced or not touched at all: the content goes to
 * a temporary file in the same folder, is flushed to the disk, and is then moved over the
 * target in one atomic step. A crash, a full disk or a failing writer leaves the old file as it
 * was, and no temporary file behind. On request the replaced file is kept as {@code NAME~}.
 */
public final class AtomicFileWriter {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /** Replaces {@code target} with {@code content}, atomically, keeping no backup. */
    public static void write(Path target, Content content) throws SaveFailedException {
        write(target, content, BackupPolicy.NONE);
    }

    /**
     * Replaces {@code target} with {@code content}, atomically; with
     * {@link BackupPolicy#KEEP_PREVIOUS} the replaced file stays as {@link #backupOf backupOf(target)}.
     * When this throws, the target and its backup are as they were.
     */
    public static void write(Path target, Content content, BackupPolicy backup) throws SaveFailedException {
        write(target, content, backup, Disk.REAL);
    }

    /** The backup of {@code file}: {@code NAME~} beside it. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + "~");
    }

    static void write(Path target, Content content, BackupPolicy backup, Disk disk) throws SaveFailedException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        String name = file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new SaveFailedException(IoTexts.t("io.save.isFolder", file));
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new SaveFailedException(IoTexts.t("io.save.noFolder", name, folder));
        }
        List<Path> scratch = new ArrayList<>();
        try {
            Path temp = disk.createTempFile(folder, "." + name + ".", ".tmp");
            scratch.add(temp);
            try (OutputStream out = new BufferedOutputStream(disk.openDurable(temp), 1 << 16)) {
                content.writeTo(out);
            }
            keepPermissions(file, temp);
            if (backup == BackupPolicy.KEEP_PREVIOUS && Files.isRegularFile(file)) {
                replaceWithBackup(disk, file, temp, scratch);
            } else {
                disk.move(temp, file);
            }
            syncFolder(folder);
        } catch (IOException | RuntimeException e) {
            throw new SaveFailedException(explain(file, e), e);
        } finally {
            for (Path p : scratch) {
                try {
                    disk.deleteIfExists(p);
                } catch (IOException | RuntimeException ignored) {
                    // The save has failed already, or succeeded; a stray temporary file is the lesser problem.
                }
            }
        }
    }

    /**
     * The previous file becomes the backup and {@code temp} takes its place. Both second names
     * are made first; if the final rename is refused, the backup is put back as it was.
     */
    private static void replaceWithBackup(Disk disk, Path file, Path temp, List<Path> scratch) throws IOException {
        Path backup = backupOf(file);
        Path previous = sideName(file, "~new");
        scratch.add(previous);
        secondName(disk, previous, file);
        Path oldBackup = null;
        if (Files.isRegularFile(backup)) {
            oldBackup = sideName(file, "~old");
            scratch.add(oldBackup);
            secondName(disk, oldBackup, backup);
        }
        disk.move(previous, backup);
        try {
            disk.move(temp, file);
        } catch (IOException | RuntimeException e) {
            try {
                if (oldBackup != null) {
                    disk.move(oldBackup, backup);
                } else {
                    disk.deleteIfExists(backup);
                }
            } catch (IOException | RuntimeException undo) {
                e.addSuppressed(undo);
            }
            throw e;
        }
    }

    private static Path sideName(Path file, String tag) {
        return file.resolveSibling("." + file.getFileName() + tag + "." + UUID.randomUUID() + ".tmp");
    }

    /** A hard link where the file system has them, a copy where it does not. */
    private static void secondName(Disk disk, Path link, Path existing) throws IOException {
        try {
            disk.link(link, existing);
        } catch (UnsupportedOperationException | FileSystemException e) {
            disk.deleteIfExists(link);
            disk.copy(existing, link);
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
        Object name = file.getFileName();
        Object folder = file.getParent();
        if (e instanceof AccessDeniedException) {
            return IoTexts.t("io.save.denied", name, folder);
        }
        if (e instanceof NoSuchFileException) {
            return IoTexts.t("io.save.folderGone", name, folder);
        }
        String detail = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        if (detail != null && detail.toLowerCase(java.util.Locale.ROOT).contains("no space left")) {
            return IoTexts.t("io.save.diskFull", name, folder);
        }
        if (detail != null && detail.toLowerCase(java.util.Locale.ROOT).contains("read-only file system")) {
            return IoTexts.t("io.save.readOnly", name, folder);
        }
        return IoTexts.t("io.save.failed", name, folder, detail == null ? e.getClass().getSimpleName() : detail);
    }
}
