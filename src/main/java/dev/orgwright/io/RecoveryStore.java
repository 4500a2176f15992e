package dev.orgwright.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orgwright.model.Chart;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The recovery folder: autosaves of unsaved charts, written atomically, and one marker a running
 * session of the program. A session holds an exclusive lock on its marker for as long as it
 * runs, and deletes it on a clean exit; so an autosave whose session has no marker, or a marker
 * nobody holds, was left by a program that crashed or was killed, and is offered for recovery.
 * Nothing here is deleted except on request.
 *
 * <p>Each autosave is two files: {@code ID.orgchart.json}, the chart in the ordinary format, and
 * {@code ID.recovery.json}, what it is (session, original file, time). The chart is written
 * first, so a description always has its chart.
 */
public final class RecoveryStore {

    static final String CHART = ".orgchart.json";
    static final String ABOUT = ".recovery.json";
    static final String MARKER = ".session";

    private final Path folder;

    /** The store in {@code folder}, created when first written to. */
    public RecoveryStore(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** The store in the user's data folder ({@link DataFolders#userDataFolder()}/recovery). */
    public static RecoveryStore inUserDataFolder() {
        return new RecoveryStore(DataFolders.userDataFolder().resolve("recovery"));
    }

    public Path folder() {
        return folder;
    }

    /** Starts this program's session: its marker is created and held until {@link RecoverySession#close}. */
    public RecoverySession startSession() throws IOException {
        Files.createDirectories(folder);
        keepPrivate(folder);
        return RecoverySession.start(this);
    }

    /**
     * Autosaves hold unsaved work, often confidential (who reports to whom, who is leaving): the
     * folder is the owner's alone, whatever the files in it allow, where the system has such
     * permissions.
     */
    private static void keepPrivate(Path folder) {
        try {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // Windows keeps the user's data folder private by itself.
        }
    }

    /**
     * The charts autosaved by sessions that ended without a clean exit, newest first. Damaged
     * descriptions are passed over (and left alone).
     */
    public List<RecoverableChart> recoverable() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Map<String, Boolean> running = new LinkedHashMap<>();
        List<RecoverableChart> out = new ArrayList<>();
        for (Path about : list(ABOUT)) {
            Optional<RecoverableChart> entry = describe(about);
            if (entry.isPresent() && Files.isRegularFile(chartFile(entry.get().id()))
                    && !running.computeIfAbsent(entry.get().session(), this::isRunning)) {
                out.add(entry.get());
            }
        }
        out.sort(Comparator.comparing(RecoverableChart::savedAt).reversed());
        forgetEndedSessionsWithNothingToRecover(out);
        return out;
    }

    /** The autosaved chart of {@code entry}. */
    public Chart load(RecoverableChart entry) throws ChartFormatException {
        return ChartReader.read(chartFile(entry.id()));
    }

    /** A marker is no user data: once its session is over and has no autosave left, it goes. */
    private void forgetEndedSessionsWithNothingToRecover(List<RecoverableChart> recoverable) throws IOException {
        for (Path marker : list(MARKER)) {
            String name = marker.getFileName().toString();
            String session = name.substring(0, name.length() - MARKER.length());
            if (recoverable.stream().noneMatch(r -> r.session().equals(session)) && !isRunning(session)) {
                Files.deleteIfExists(marker);
            }
        }
    }

    /** Deletes an autosave: the user chose to discard it, or saved the chart elsewhere. */
    public void discard(RecoverableChart entry) throws IOException {
        delete(entry.id());
    }

    void delete(String id) throws IOException {
        Files.deleteIfExists(aboutFile(id)); // first: a description without its chart is never listed
        Files.deleteIfExists(chartFile(id));
    }

    Path chartFile(String id) {
        return folder.resolve(id + CHART);
    }

    Path aboutFile(String id) {
        return folder.resolve(id + ABOUT);
    }

    Path markerFile(String session) {
        return folder.resolve(session + MARKER);
    }

    /** Whether the session that owns a marker is still running, here or in another process. */
    boolean isRunning(String session) {
        Path marker = markerFile(session);
        if (RecoverySession.isOpenHere(session)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(marker, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (NoSuchFileException e) {
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true; // cannot tell: better not to offer the chart of a session that may be alive
        }
    }

    private Optional<RecoverableChart> describe(Path about) {
        String name = about.getFileName().toString();
        String id = name.substring(0, name.length() - ABOUT.length());
        try {
            JsonNode node = ChartJson.mapper().readTree(about.toFile());
            String original = node.path("originalFile").asText("");
            return Optional.of(new RecoverableChart(id, node.path("session").asText(""),
                    original.isEmpty() ? Optional.empty() : Optional.of(Path.of(original)),
                    Instant.parse(node.path("savedAt").asText()), node.path("title").asText(""),
                    node.path("positions").asInt()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private List<Path> list(String ending) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(ending)).sorted().toList();
        }
    }
}
