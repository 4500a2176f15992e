package dev.orgwright.ui;

import java.awt.Desktop;
import java.io.File;
import java.util.List;
import java.util.Locale;

/**
 * The system's "open these documents" requests. macOS sends a double-clicked chart to the
 * application as an event rather than as an argument; Java receives it through
 * {@link Desktop#setOpenFileHandler}, which must be set before the toolkit starts so that the
 * first file (the one that launched the program) is not missed. Windows and Linux pass files as
 * arguments and need none of this, so nothing is touched there.
 */
final class SystemOpenFiles {

    private SystemOpenFiles() {
    }

    static void listen(OpenFileRequests requests) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            return;
        }
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                Desktop.getDesktop().setOpenFileHandler(e ->
                        requests.deliver(e.getFiles().stream().map(File::toPath).toList()));
            }
        } catch (RuntimeException | LinkageError e) {
            // No desktop integration here: charts still open from the File menu and by drag and drop.
        }
    }
}
