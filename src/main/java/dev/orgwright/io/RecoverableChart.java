package dev.orgwright.io;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A chart autosaved by a session of the program that did not end cleanly, waiting to be
 * recovered or discarded.
 *
 * @param id           the name of the autosave, unique in the recovery folder
 * @param session      the session that wrote it
 * @param originalFile the file the chart was opened from or last saved to; empty for a chart never saved
 * @param savedAt      when it was autosaved
 * @param title        the chart's title
 * @param positions    how many positions it has
 */
public record RecoverableChart(String id, String session, Optional<Path> originalFile, Instant savedAt,
                               String title, int positions) {

    /** "board.orgchart.json", or the title for a chart that never had a file. */
    public String displayName() {
        return originalFile.map(f -> String.valueOf(f.getFileName())).orElse(IoTexts.t("io.recovery.neverSaved", title));
    }
}
