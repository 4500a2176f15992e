package dev.orgwright.io;

import java.io.IOException;

/**
 * A save that did not happen: the message says which file and why (a read-only folder, a full
 * disk, a path that is a folder). When this is thrown the file on disk is as it was before.
 */
public final class SaveFailedException extends IOException {

    public SaveFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public SaveFailedException(String message) {
        super(message);
    }
}
