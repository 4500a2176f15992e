package dev.orgwright.render.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a chart in one file format. */
@FunctionalInterface
public interface ChartExporter {

    /** Writes what {@code request} asks for to {@code out}; does not close it. */
    void write(ExportRequest request, OutputStream out) throws IOException;
}
