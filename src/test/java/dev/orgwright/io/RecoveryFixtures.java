package dev.orgwright.io;

import dev.orgwright.model.Chart;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Recovery folders as a crashed Orgwright leaves them, for the window's tests. */
public final class RecoveryFixtures {

    private RecoveryFixtures() {
    }

    /** Autosaves {@code chart} (of {@code originalFile}, or null) at {@code savedAt} in a session that then crashes. */
    public static void crashedWith(Path folder, Chart chart, Path originalFile, Instant savedAt) throws IOException {
        RecoverySession session = new RecoveryStore(folder).startSession();
        session.setClock(Clock.fixed(savedAt, ZoneOffset.UTC));
        session.autosave(session.newEntryId(), originalFile, chart);
        session.abandon();
    }
}
