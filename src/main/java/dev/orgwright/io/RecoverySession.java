package dev.orgwright.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orgwright.model.Chart;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One run of the program in the {@link RecoveryStore}: it holds its marker locked while it runs,
 * writes the autosaves of its charts, and on a clean exit deletes the marker and its autosaves.
 * Autosaves may be written from any thread; each is replaced atomically.
 */
public final class RecoverySession implements AutoCloseable {

    /** Sessions open in this JVM: a file lock cannot be tested from the process that holds it. */
    private static final Set<String> OPEN_HERE = ConcurrentHashMap.newKeySet();

    private final RecoveryStore store;
    private final String id;
    private final FileChannel markerChannel;
    private final FileLock markerLock;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private Clock clock = Clock.systemUTC();

    private RecoverySession(RecoveryStore store, String id, FileChannel channel, FileLock lock) {
        this.store = store;
        this.id = id;
        this.markerChannel = channel;
        this.markerLock = lock;
    }

    static RecoverySession start(RecoveryStore store) throws IOException {
        String id = UUID.randomUUID().toString().substring(0, 8) + "-" + ProcessHandle.current().pid();
        FileChannel channel = FileChannel.open(store.markerFile(id),
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.lock();
            // The marker is a lock file: only its lock counts, and nothing reads its text. The text
            // says which process holds it and since when, as "key=value" lines, for whoever looks
            // into the folder; it is the same in every language.
            channel.write(java.nio.ByteBuffer.wrap(("pid=" + ProcessHandle.current().pid()
                    + "\nstarted=" + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
            OPEN_HERE.add(id);
            return new RecoverySession(store, id, channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(store.markerFile(id));
            throw e;
        }
    }

    static boolean isOpenHere(String session) {
        return OPEN_HERE.contains(session);
    }

    public String id() {
        return id;
    }

    /** A name for the autosaves of one more chart of this session. */
    public String newEntryId() {
        return id + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** For tests: the time written into autosaves. */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    /**
     * Writes (or replaces) the autosave {@code entryId} with {@code chart}; {@code originalFile}
     * is the file the chart belongs to, null for one never saved.
     */
    public synchronized void autosave(String entryId, Path originalFile, Chart chart) throws SaveFailedException {
        if (!OPEN_HERE.contains(id)) {
            throw new IllegalStateException("The recovery session has ended.");
        }
        written.add(entryId);
        ChartFiles.save(store.chartFile(entryId), chart);
        ObjectNode about = ChartJson.mapper().createObjectNode();
        about.put("session", id);
        about.put("originalFile", originalFile == null ? "" : originalFile.toAbsolutePath().toString());
        about.put("savedAt", clock.instant().toString());
        about.put("title", chart.title());
        about.put("positions", chart.size());
        AtomicFileWriter.write(store.aboutFile(entryId),
                out -> ChartJson.mapper().writerWithDefaultPrettyPrinter().writeValue(out, about));
    }

    /** Deletes the autosave {@code entryId}: its chart was saved, or closed without keeping the changes. */
    public synchronized void forget(String entryId) throws IOException {
        written.remove(entryId);
        store.delete(entryId);
    }

    /**
     * Takes over an autosave left by a crashed session, so that it is kept, and not offered
     * again, while this session works on it; returns the id to autosave it under.
     */
    public synchronized String adopt(RecoverableChart entry, Chart chart) throws SaveFailedException {
        autosave(entry.id(), entry.originalFile().orElse(null), chart);
        return entry.id();
    }

    /**
     * A clean exit: every chart of this session has been saved or deliberately discarded, so
     * its autosaves and its marker go.
     */
    @Override
    public synchronized void close() throws IOException {
        if (!OPEN_HERE.remove(id)) {
            return;
        }
        for (String entry : written) {
            store.delete(entry);
        }
        written.clear();
        try (markerChannel) {
            Files.deleteIfExists(store.markerFile(id));
            markerLock.release();
        }
        store.recoverable(); // and tidies the markers of ended sessions that left nothing to recover
    }

    /** The session ends as a crash would end it: the marker stays, unlocked. For tests. */
    void abandon() throws IOException {
        OPEN_HERE.remove(id);
        try (markerChannel) {
            markerLock.release();
        }
    }
}
