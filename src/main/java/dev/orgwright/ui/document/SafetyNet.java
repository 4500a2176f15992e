package dev.orgwright.ui.document;

import dev.orgwright.io.RecoverySession;
import dev.orgwright.io.RecoveryStore;
import dev.orgwright.model.Chart;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Everything that keeps work from being lost, wired to the windows of one run of the program:
 * the recovery session (a marker that tells a crash from a clean exit), each window's autosave,
 * its lock and its watch for changes made by other programs, and the recovery offer at start.
 */
public final class SafetyNet implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SafetyNet.class.getName());

    private final RecoveryStore store;
    private final RecoverySession session;
    private final String unavailable;
    private final Duration delay;
    private final List<Autosaver> autosavers = new ArrayList<>();
    private final Map<DocumentSession, Guards> guarded = new IdentityHashMap<>();
    private boolean closed;

    private SafetyNet(RecoveryStore store, RecoverySession session, String unavailable, Duration delay) {
        this.store = store;
        this.session = session;
        this.unavailable = unavailable;
        this.delay = delay;
    }

    /** Starts this run's recovery session in {@code store}; without it, windows are still guarded but not autosaved. */
    public static SafetyNet start(RecoveryStore store, Duration delay) {
        try {
            return new SafetyNet(store, store.startSession(), null, delay);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, Texts.t("document.safetyNet.noRecoverySession"), e);
            return new SafetyNet(store, null, Texts.t("document.safetyNet.unsavedChangesCannotBe", store.folder(), e.getMessage()), delay);
        }
    }

    /** What one window got: its file guard and its autosave (null without a session). */
    record Guards(FileSafety files, Autosaver autosaver) {
    }

    /** Guards the window on {@code stage}: lock and change checks, and autosave. */
    public Guards protect(Stage stage, DocumentSession document, Dialogs dialogs) {
        FileSafety files = FileSafety.install(document, dialogs);
        stage.focusedProperty().addListener((o, was, is) -> {
            if (is) {
                files.checkForChanges();
            }
        });
        Autosaver autosaver = session == null ? null : Autosaver.attach(document, session, delay);
        if (autosaver != null) {
            autosavers.add(autosaver);
        }
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> files.windowClosed());
        Guards guards = new Guards(files, autosaver);
        guarded.put(document, guards);
        return guards;
    }

    /** Offers what a crashed run left behind, one question per chart; {@code opener} shows each one recovered. */
    public void offerRecovery(Dialogs dialogs, DocumentSession.ChartLoader loader, RecoveryOffer.Opener opener) {
        if (unavailable != null) {
            dialogs.showError(Texts.t("document.safetyNet.autosaveIsOff"), unavailable);
            return;
        }
        new RecoveryOffer(store, session, dialogs, loader, ZoneId.systemDefault()).offer(opener);
    }

    /** Shows a recovered chart in {@code document} (a protected window), autosaving it on under its recovered name. */
    public boolean showRecovered(DocumentSession document, Chart chart, Path file, String entryId) {
        if (!document.openRecovered(chart, file)) {
            return false;
        }
        Guards guards = guarded.get(document);
        if (guards != null && guards.autosaver() != null) {
            guards.autosaver().continueAs(entryId);
        }
        return true;
    }

    /** A clean exit: every window has been saved or its changes dropped; the autosaves go. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Autosaver a : autosavers) {
            try {
                a.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            a.close();
        }
        if (session != null) {
            try {
                session.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, Texts.t("document.safetyNet.theRecoverySessionDid"), e);
            }
        }
    }
}
