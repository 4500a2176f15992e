package dev.orgwright.io.csv;

/**
 * Told how far an import has come, for a progress bar. Called from the importing thread; an
 * import is cancelled by interrupting that thread, and then ends with a
 * {@link java.util.concurrent.CancellationException} and no chart.
 */
@FunctionalInterface
public interface ImportProgress {

    /** Nobody is watching. */
    ImportProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} rows have been read into positions. */
    void rowsDone(int done, int total);
}
