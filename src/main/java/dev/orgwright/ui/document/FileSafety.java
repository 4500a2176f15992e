package dev.orgwright.ui.document;

import dev.orgwright.io.ChartFileLock;
import dev.orgwright.io.FileFingerprint;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Guards the file of one window: holds its lock file while it is open, so that a second window
 * or program is warned (and may open it read-only), and remembers what the file was when last
 * read or written, so that a change made by another program is noticed when the window gets the
 * focus and before a save, and never overwritten without asking.
 */
final class FileSafety implements FileGuard {

    static final String IN_USE = Texts.t("document.fileSafety.thisChartIsOpen");
    static final String CHANGED = Texts.t("document.fileSafety.theChartWasChanged");
    static final String GONE = Texts.t("document.fileSafety.theChartSFile");
    static final int OPEN_READ_ONLY = 0;
    static final int OPEN_ANYWAY = 1;

    private static final Logger LOG = Logger.getLogger(FileSafety.class.getName());

    private final DocumentSession document;
    private final Dialogs dialogs;
    private Path file;
    private ChartFileLock lock;
    /** The file's content as this window last read, wrote, or agreed to overwrite it; empty when gone. */
    private Optional<FileFingerprint> known = Optional.empty();
    private boolean asking;

    FileSafety(DocumentSession document, Dialogs dialogs) {
        this.document = document;
        this.dialogs = dialogs;
    }

    /** Makes this the guard of {@code document}. */
    static FileSafety install(DocumentSession document, Dialogs dialogs) {
        FileSafety safety = new FileSafety(document, dialogs);
        document.setFileGuard(safety);
        document.file().ifPresent(safety::track);
        return safety;
    }

    @Override
    public Access opening(Path opened) {
        Path path = normal(opened);
        if (path.equals(file)) {
            track(path); // the same file again: it is ours already
            return Access.EDIT;
        }
        ChartFileLock.Attempt attempt = ChartFileLock.tryLock(path);
        if (attempt instanceof ChartFileLock.HeldElsewhere held) {
            int answer = dialogs.choose(IN_USE, Texts.t("document.fileSafety.isBeingEditedBy", name(path), held.holder()),
                    Texts.t("document.fileSafety.openReadOnly"), Texts.t("document.fileSafety.openAnyway"), Texts.t("document.fileSafety.cancel"));
            if (answer != OPEN_READ_ONLY && answer != OPEN_ANYWAY) {
                return Access.CANCEL;
            }
            closed(file);
            track(path);
            return answer == OPEN_READ_ONLY ? Access.READ_ONLY : Access.EDIT;
        }
        closed(file);
        if (attempt instanceof ChartFileLock.Acquired acquired) {
            lock = acquired.lock();
        }
        track(path);
        return Access.EDIT;
    }

    @Override
    public boolean mayWrite(Path written) {
        Path target = normal(written);
        if (!target.equals(file)) {
            return true; // Save As to another file: there is nothing of ours there to compare with
        }
        Optional<FileFingerprint> expected = known;
        if (expected.isEmpty() || matches(expected.get(), true)) {
            return true;
        }
        int answer = dialogs.chooseSafely(CHANGED, Texts.t("document.fileSafety.wasChangedOnDisk", name(target)),
                2, Texts.t("document.fileSafety.saveMine"), Texts.t("document.fileSafety.reloadTheirs"),
                Texts.t("document.fileSafety.cancel"));
        if (answer == 0) {
            return true;
        }
        if (answer == 1) {
            document.reload();
        }
        return false;
    }

    @Override
    public void written(Path saved) {
        Path target = normal(saved);
        if (!target.equals(file)) {
            closed(file);
            if (ChartFileLock.tryLock(target) instanceof ChartFileLock.Acquired acquired) {
                lock = acquired.lock();
            }
        }
        track(target);
    }

    @Override
    public void closed(Path path) {
        if (path == null || !normal(path).equals(file)) {
            return;
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
        file = null;
        known = Optional.empty();
    }

    /** The window was closed: its lock goes. */
    void windowClosed() {
        closed(file);
    }

    /**
     * The window got the focus: if another program changed or removed the file meanwhile, asks
     * whether to reload it or keep this version (which a later save then writes). Asks once per
     * change, not at every focus.
     */
    void checkForChanges() {
        if (file == null || known.isEmpty() || asking || matches(known.get(), false)) {
            return;
        }
        asking = true; // a dialog takes and gives back the focus
        try {
            Path path = file;
            if (fingerprint(path).isEmpty()) {
                known = Optional.empty();
                dialogs.choose(GONE, Texts.t("document.fileSafety.wasDeletedOrMoved", name(path)), Texts.t("document.fileSafety.keepEditing"));
                return;
            }
            String lost = document.isDirty() ? Texts.t("document.fileSafety.reloadingDropsTheChanges") : "";
            int answer = dialogs.chooseSafely(CHANGED, Texts.t("document.fileSafety.wasChangedOnDisk2", name(path), lost),
                    1, Texts.t("document.fileSafety.reloadTheirs"), Texts.t("document.fileSafety.keepMine"));
            if (answer == 0) {
                document.reload();
            } else {
                known = fingerprint(path); // agreed: this version may be overwritten
            }
        } finally {
            asking = false;
        }
    }

    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    boolean holdsLock() {
        return lock != null;
    }

    private static Path normal(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private void track(Path path) {
        file = normal(path);
        known = fingerprint(path);
    }

    private static Optional<FileFingerprint> fingerprint(Path path) {
        try {
            return FileFingerprint.of(path);
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot read " + path, e);
            return Optional.empty();
        }
    }

    private boolean matches(FileFingerprint expected, boolean exactly) {
        try {
            return exactly ? expected.matchesExactly(file) : expected.matches(file);
        } catch (IOException e) {
            return true; // unreadable now: nothing to compare, and nothing to warn about that a save would not
        }
    }

    private static String name(Path path) {
        return "\"" + (path.getFileName() == null ? path : path.getFileName()) + "\"";
    }
}
