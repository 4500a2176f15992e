package dev.orgwright.ui.document;

import dev.orgwright.io.RecoverySession;
import dev.orgwright.model.Chart;
import dev.orgwright.ui.fx.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the unsaved changes of one window's document to the recovery folder a few seconds after the last
 * edit. The window's thread only takes the chart (an immutable value, so no copy) and schedules;
 * the document is written on a background thread, so a large chart does not freeze the window.
 * A chart that is saved again, or whose changes are dropped, has its autosave deleted. Writes
 * and deletions run one after another on one thread, in the order they were asked for.
 */
public final class Autosaver implements AutoCloseable {

    /** How long after the last edit the autosave is written. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(3);

    private static final Logger LOG = Logger.getLogger(Autosaver.class.getName());

    private final DocumentSession documents;
    private final RecoverySession session;
    private final Duration delay;
    private final ScheduledExecutorService writer;
    private ChartDocument document;
    private String entryId;
    private Chart lastChart;
    private boolean lastDirty;
    /** The view shown that the last write had, so that folding a team after an edit writes again. */
    private Object lastView;
    private volatile ScheduledFuture<?> pendingWrite;
    private volatile String lastFailure;
    private volatile int written;

    Autosaver(DocumentSession documents, RecoverySession session, Duration delay) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.session = Objects.requireNonNull(session, "session");
        this.delay = Objects.requireNonNull(delay, "delay");
        this.writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "orgwright-autosave");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts autosaving the documents {@code documents} shows. */
    public static Autosaver attach(DocumentSession documents, RecoverySession session, Duration delay) {
        Autosaver autosaver = new Autosaver(documents, session, delay);
        documents.addListener(change -> autosaver.modelChanged());
        documents.addSavedViewListener(autosaver::modelChanged);
        autosaver.modelChanged();
        return autosaver;
    }

    /**
     * The document now shown is a chart recovered from the autosave {@code recoveredEntryId}:
     * its changes go on being written there, in place of a new autosave.
     */
    void continueAs(String recoveredEntryId) {
        if (entryId != null && !entryId.equals(recoveredEntryId)) {
            forgetSoon(entryId);
        }
        entryId = recoveredEntryId;
        lastChart = null;
        modelChanged();
    }

    /** Called after every change of the documents; cheap when the chart did not change. */
    void modelChanged() {
        ChartDocument now = documents.document();
        // Written as a save writes it, with the view the window shows: a recovered chart comes
        // back folded and laid out as it was (decision 0025).
        Chart chart = documents.asSaved(now.whole());
        Object view = chart.settings().asMap().get(dev.orgwright.model.Views.CURRENT);
        boolean dirty = now.isDirty();
        if (now != document) {
            if (document != null && entryId != null) {
                // The previous chart was saved or its changes dropped before another was shown.
                forgetSoon(entryId);
                entryId = null;
            }
            document = now;
            lastChart = null;
        }
        if (now.whole() == lastChart && dirty == lastDirty && Objects.equals(view, lastView)) {
            return; // a selection, a zoom: nothing to write
        }
        lastChart = now.whole();
        lastView = view;
        lastDirty = dirty;
        if (!dirty) {
            if (entryId != null) {
                forgetSoon(entryId);
            }
            return;
        }
        if (entryId == null) {
            entryId = session.newEntryId();
        }
        String id = entryId;
        Path file = documents.file().orElse(null);
        cancelPendingWrite(); // a newer state replaces a write not yet started
        pendingWrite = writer.schedule(() -> write(id, file, chart), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Deletes an autosave after whatever write has already started; a write still waiting is dropped. */
    private void forgetSoon(String id) {
        cancelPendingWrite();
        writer.execute(() -> forget(id));
    }

    private void cancelPendingWrite() {
        if (pendingWrite != null) {
            pendingWrite.cancel(false);
            pendingWrite = null;
        }
    }

    private void write(String id, Path file, Chart chart) {
        try {
            session.autosave(id, file, chart);
            written++;
            lastFailure = null;
        } catch (IOException | RuntimeException e) {
            lastFailure = e.getMessage();
            LOG.log(Level.WARNING, Texts.t("document.autosaver.theAutosaveFailed", e.getMessage()), e);
        }
    }

    private void forget(String id) {
        try {
            session.forget(id);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, Texts.t("document.autosaver.anAutosaveCouldNot", e.getMessage()), e);
        }
    }

    /** Waits until every write asked for so far is done (for tests and for a clean exit). */
    public void flush() throws InterruptedException {
        ScheduledFuture<?> last = pendingWrite;
        try {
            if (last != null) {
                last.get();
            }
        } catch (CancellationException | ExecutionException replacedOrFailed) {
            // replaced by a newer write, or failed and logged: either way nothing more to wait for
        }
        try {
            writer.submit(() -> { }).get(); // and whatever was queued behind it
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** How many autosaves were written. */
    public int writtenCount() {
        return written;
    }

    /** Why the last autosave failed; null when it did not. */
    String lastFailure() {
        return lastFailure;
    }

    @Override
    public void close() {
        writer.shutdown();
    }
}
