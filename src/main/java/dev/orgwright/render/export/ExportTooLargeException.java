package dev.orgwright.render.export;

import java.io.IOException;

/** An export that would be too large to write or to open; the message says what to do instead. */
public final class ExportTooLargeException extends IOException {

    public ExportTooLargeException(String message) {
        super(message);
    }
}
