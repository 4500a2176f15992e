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

    /** Writes {@code chart} to {@code file} in the canonical form, atomically. */
    public static void save(Path file, Chart chart) throws SaveFailedException {
        AtomicFileWriter.write(file, out -> ChartWriter.write(chart, out));
    }
}
