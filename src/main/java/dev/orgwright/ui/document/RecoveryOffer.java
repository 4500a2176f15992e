package dev.orgwright.ui.document;

import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.RecoverableChart;
import dev.orgwright.io.RecoverySession;
import dev.orgwright.io.RecoveryStore;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Messages;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * At start, offers the charts that a crashed or killed Orgwright left unsaved: one question per
 * chart, naming its file, when it was autosaved and what differs from the file. Recover opens it
 * as unsaved changes; Discard deletes the autosave; Decide Later keeps it for the next start.
 * Nothing is deleted without that answer.
 */
final class RecoveryOffer {

    static final String RECOVER = Texts.t("document.recoveryOffer.recover");
    static final String DISCARD = Texts.t("document.recoveryOffer.discard");
    static final String LATER = Texts.t("document.recoveryOffer.decideLater");
    static final String DAMAGED = Texts.t("document.recoveryOffer.anAutosavedChartCannot");

    /** Shows a recovered chart; false when it was not shown after all. */
    @FunctionalInterface
    public interface Opener {
        boolean open(Chart chart, Path originalFile, String entryId);
    }


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
            dialogs.showError(Texts.t("document.recoveryOffer.autosavedChartsCouldNot"), Texts.t("document.recoveryOffer.theRecoveryFolderCannot", store.folder(), e.getMessage()));
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
        // The pattern is the language's own ("d. MMMM yyyy 'um' HH:mm"), with its month names.
        String when = DateTimeFormatter.ofPattern(Texts.t("document.recoveryOffer.when"), Messages.locale())
                .format(entry.savedAt().atZone(zone));
        Chart chart;
        try {
            chart = store.load(entry);
        } catch (ChartFormatException e) {
            int answer = dialogs.chooseSafely(DAMAGED, Texts.t("document.recoveryOffer.theAutosaveOfFrom", name, when,
                    e.getMessage(), store.folder()),
                    1, Texts.t("document.recoveryOffer.delete"), Texts.t("document.recoveryOffer.keep"));
            if (answer == 0) {
                discard(entry);
            }
            return false;
        }
        int answer = dialogs.choose(Texts.t("document.recoveryOffer.recoverTheUnsavedChanges", name),
                Texts.t("document.recoveryOffer.orgwrightEndedWithoutSaving", name, when, difference(entry, chart)),
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
            dialogs.showError(Texts.t("document.recoveryOffer.theChartCouldNot"), Texts.t("document.recoveryOffer.theAutosaveIsStill", e.getMessage(), store.folder()));
            return false;
        }
    }

    private String difference(RecoverableChart entry, Chart chart) {
        if (entry.originalFile().isEmpty()) {
            return RecoverySummary.unsaved(chart);
        }
        Path file = entry.originalFile().get();
        if (!Files.exists(file)) {
            return RecoverySummary.withoutFile(chart, Texts.t("document.recoveryOffer.itsFileNoLonger", file));
        }
        try {
            return RecoverySummary.against(loader.load(file), chart);
        } catch (ChartFormatException e) {
            return RecoverySummary.withoutFile(chart, Texts.t("document.recoveryOffer.itsFileCannotBe", e.reason()));
        }
    }

    private void discard(RecoverableChart entry) {
        try {
            store.discard(entry);
        } catch (IOException e) {
            dialogs.showError(Texts.t("document.recoveryOffer.theAutosaveCouldNot"), e.getMessage());
        }
    }
}
