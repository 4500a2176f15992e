package dev.orgwright.io;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Marks a chart file as being edited, so that a second window or a second Orgwright opening it
 * is warned. The mark is a lock file {@code .NAME.lock} beside the chart, holding an operating
 * system lock while the chart is open and naming who holds it; the operating system drops the
 * lock when the process ends, so a crash leaves no stale lock behind (the file is taken over).
 */
public final class ChartFileLock implements AutoCloseable {

    /** Charts locked by this process, by lock file: the OS lock cannot be tested from here. */
    private static final Map<Path, ChartFileLock> HELD_HERE = new ConcurrentHashMap<>();

    /** The outcome of trying to lock a chart. */
    public sealed interface Attempt {
    }

    /** The chart is ours to edit until {@link ChartFileLock#close}. */
    public record Acquired(ChartFileLock lock) implements Attempt {
    }

    /** Someone else edits the chart; {@code holder} says who, as far as is known. */
    public record HeldElsewhere(String holder) implements Attempt {
    }

    /** No lock can be made (a read-only folder, a file system without locks): edit without one. */
    public record Unavailable(String reason) implements Attempt {
    }

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private ChartFileLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code chart}: {@code .NAME.lock} beside it. */
    public static Path lockFileOf(Path chart) {
        Path file = chart.toAbsolutePath().normalize();
        return file.resolveSibling("." + file.getFileName() + ".lock");
    }

    /** Tries to lock {@code chart} for this process. */
    public static Attempt tryLock(Path chart) {
        Path lockFile = lockFileOf(chart);
        if (HELD_HERE.containsKey(lockFile)) {
            return new HeldElsewhere(IoTexts.t("io.lock.thisProgram"));
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return new Unavailable(IoTexts.t("io.lock.cannotCreate", lockFile.getFileName(), e.getMessage()));
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = holderIn(channel);
                channel.close();
                return new HeldElsewhere(holder);
            }
            byte[] me = describeThisProcess().getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(me), 0);
            ChartFileLock held = new ChartFileLock(lockFile, channel, lock);
            HELD_HERE.put(lockFile, held);
            return new Acquired(held);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            return new HeldElsewhere(IoTexts.t("io.lock.thisProgram"));
        } catch (IOException | UnsupportedOperationException e) {
            closeQuietly(channel);
            return new Unavailable(IoTexts.t("io.lock.refused", e.getMessage()));
        }
    }

    public Path lockFile() {
        return lockFile;
    }

    /** Releases the lock and deletes the lock file. */
    @Override
    public void close() {
        if (!HELD_HERE.remove(lockFile, this)) {
            return;
        }
        try {
            Files.deleteIfExists(lockFile); // while still locked, so that nobody reads a half-gone holder
        } catch (IOException ignored) {
            // An unlocked lock file left behind is taken over by the next one to open the chart.
        }
        closeQuietly(channel);
    }

    boolean isHeld() {
        return lock.isValid();
    }

    private static String holderIn(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(512);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? IoTexts.t("io.lock.anotherProgram") : text;
        } catch (IOException e) {
            return IoTexts.t("io.lock.anotherProgram");
        }
    }

    private static String describeThisProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = IoTexts.t("io.lock.thisComputer");
        }
        return IoTexts.t("io.lock.holder", Optional.ofNullable(System.getProperty("user.name"))
                .orElseGet(() -> IoTexts.t("io.lock.someone")), host, String.valueOf(ProcessHandle.current().pid()),
                Instant.now());
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing more to release.
        }
    }
}
