package dev.orgwright.io;

/**
 * Whether a save keeps the file it replaces as {@code NAME~} beside it: one generation, so that
 * a bad save can be undone outside the program by renaming the backup back.
 */
public enum BackupPolicy {
    /** The replaced file stays as {@code NAME~}; an older {@code NAME~} is replaced. */
    KEEP_PREVIOUS,
    /** The replaced file is gone. */
    NONE
}
