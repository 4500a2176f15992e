package dev.orgwright.ui.document;

import java.nio.file.Path;

/**
 * What the window asks before it opens or writes a chart file, and tells after: the place for
 * lock files and for noticing changes made by other programs. {@link #NONE} allows everything.
 */
public interface FileGuard {

    /** How a file may be opened. */
    enum Access {
        /** Open it for editing. */
        EDIT,
        /** Open it, but never save over it (Save asks for another file). */
        READ_ONLY,
        /** Do not open it. */
        CANCEL
    }

    /** The window is about to show {@code file}. */
    Access opening(Path file);

    /** The window is about to write the chart to {@code file}; false cancels the save (the user has been told why). */
    boolean mayWrite(Path file);

    /** The chart was written to {@code file}. */
    void written(Path file);

    /** The window no longer shows {@code file}. */
    void closed(Path file);

    /** Allows everything and keeps nothing. */
    FileGuard NONE = new FileGuard() {
        @Override
        public Access opening(Path file) {
            return Access.EDIT;
        }

        @Override
        public boolean mayWrite(Path file) {
            return true;
        }

        @Override
        public void written(Path file) {
        }

        @Override
        public void closed(Path file) {
        }
    };
}
