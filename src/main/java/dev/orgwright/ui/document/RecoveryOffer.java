package dev.orgwright.ui.document;

import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.RecoverableChart;
import dev.orgwright.io.RecoverySession;
import dev.orgwright.io.RecoveryStore;
import dev.orgwright.model.Chart;
import dev.orgwright.ui.fx.Dialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * At start, offers the charts that a crashed or killed Orgwright left unsaved: one question per
 * chart, naming its file, when it was autosaved and what differs from the file. Recover opens it
 * as unsaved changes; Discard deletes the autosave; Decide Later keeps it for the next start.
 * Nothing is deleted without that answer.
 */
final class RecoveryOffer {

    static final String RECOVER = "Recover";
    static final String DISCARD = "Discard";
    static final String LATER = "Decide Later";
    static final String DAMAGED = "An autosaved chart cannot be read";

    /** Shows a recovered chart; false when it was not shown after all. */
    @FunctionalInterface
    public interface Opener {
        boolean open(Chart chart, Path originalFile, String entryId);
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private final RecoveryStore store;
    private final RecoverySession session;
    private final Dialogs dialogs;
    private final DocumentSession.ChartLoader loader;
    private final ZoneId zone;

    RecoveryOffer(RecoveryStore store, RecoverySession session, Dialogs dialogs, DocumentSession.ChartLoader loader,
                  ZoneId zone) {
        this.store = store;
        this.session = session;
        this.dialogs = dialogs;
        this.loader = loader;
        this.zone = zone;
    }

    /** Asks about each recoverable chart, newest first; returns how many were recovered. */
    int offer(Opener opener) {
        List<RecoverableChart> entries;
        try {
            entries = store.recoverable();
        } catch (IOException e) {
            dialogs.showError("Autosaved charts could not be looked for", "The recovery folder " + store.folder()
                    + " cannot be read: " + e.getMessage() + ". Nothing in it was changed.");
            return 0;
        }
        int recovered = 0;
        for (RecoverableChart entry : entries) {
            recovered += offer(entry, opener) ? 1 : 0;
        }
        return recovered;
    }

    private boolean offer(RecoverableChart entry, Opener opener) {
        String name = "\"" + entry.displayName() + "\"";
        String when = WHEN.format(entry.savedAt().atZone(zone));
        Chart chart;
        try {
            chart = store.load(entry);
        } catch (ChartFormatException e) {
            int answer = dialogs.chooseSafely(DAMAGED, "The autosave of " + name + " from " + when + " is damaged: "
                    + e.getMessage() + " Delete it, or keep it to look at later in " + store.folder() + "?",
                    1, "Delete", "Keep");
            if (answer == 0) {
                discard(entry);
            }
            return false;
        }
        int answer = dialogs.choose("Recover the unsaved changes to " + name + "?",
                "Orgwright ended without saving " + name + "; its changes were autosaved on " + when + ". "
                        + difference(entry, chart) + " Recover opens them as unsaved changes; Discard deletes them.",
                RECOVER, DISCARD, LATER);
        if (answer == 1) {
            discard(entry);
            return false;
        }
        if (answer != 0) {
            return false;
        }
        try {
            String id = session.adopt(entry, chart);
            return opener.open(chart, entry.originalFile().orElse(null), id);
        } catch (IOException e) {
            dialogs.showError("The chart could not be recovered", e.getMessage() + " The autosave is still in "
                    + store.folder() + ".");
            return false;
        }
    }

    private String difference(RecoverableChart entry, Chart chart) {
        if (entry.originalFile().isEmpty()) {
            return RecoverySummary.unsaved(chart);
        }
        Path file = entry.originalFile().get();
        if (!Files.exists(file)) {
            return RecoverySummary.withoutFile(chart, "Its file " + file + " no longer exists.");
        }
        try {
            return RecoverySummary.against(loader.load(file), chart);
        } catch (ChartFormatException e) {
            return RecoverySummary.withoutFile(chart, "Its file cannot be read now: " + e.reason());
        }
    }

    private void discard(RecoverableChart entry) {
        try {
            store.discard(entry);
        } catch (IOException e) {
            dialogs.showError("The autosave could not be deleted", e.getMessage());
        }
    }
}
