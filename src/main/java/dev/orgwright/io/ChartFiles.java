package dev.orgwright.io;

import dev.orgwright.model.Chart;
import java.nio.file.Path;

/**
 * Charts on disk: loading a file strictly, and saving one atomically so that a failed save
 * leaves the previous file as it was.
 */
public final class ChartFiles {

    /** The file name ending of chart documents. */
    public static final String EXTENSION = ".orgchart.json";

    private ChartFiles() {
    }

    /** Reads the chart in {@code file}; see {@link ChartReader}. */
    public static Chart load(Path file) throws ChartFormatException {
        return ChartReader.read(file);
    }

    /** Writes {@code chart} to {@code file} in the canonical form, atomically, keeping no backup. */
    public static void save(Path file, Chart chart) throws SaveFailedException {
        save(file, chart, BackupPolicy.NONE);
    }

    /**
     * Writes {@code chart} to {@code file} in the canonical form, atomically; with
     * {@link BackupPolicy#KEEP_PREVIOUS} the file it replaces stays as {@code NAME~}.
     */
    public static void save(Path file, Chart chart, BackupPolicy backup) throws SaveFailedException {
        AtomicFileWriter.write(file, out -> ChartWriter.write(chart, out), backup);
    }
}
