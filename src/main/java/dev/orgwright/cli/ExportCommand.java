package dev.orgwright.cli;

import dev.orgwright.io.AtomicFileWriter;
import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.SaveFailedException;
import dev.orgwright.io.csv.CsvExport;
import dev.orgwright.model.Chart;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code orgwright export CHART --to OUT.csv}: a chart written in the format the extension of
 * OUT names. Each format is one entry of {@link #formats()}; an extension without an entry is a
 * usage error that lists the ones there are.
 */
@Command(name = "export",
        description = {
                "Writes CHART in the format the extension of OUT names.",
                ".csv: a CSV file (UTF-8 with BOM, comma, CRLF) that Excel and other spreadsheets open directly:"
                        + " id, manager id, holder, title, department, tier, duties, notes, managers before their"
                        + " reports. 'orgwright import' reads it back to the same chart. Cells a spreadsheet would"
                        + " run as a formula (starting with =, +, -, @) are written with a leading apostrophe."
                        + " Dotted lines, assistants and duty links are not in a CSV file; the command says when"
                        + " a chart has them."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:The file was written.",
                "2:CHART cannot be read, OUT cannot be written, or OUT names a format Orgwright does not export."})
final class ExportCommand implements Callable<Integer> {

    /** Writes the chart to {@code --to} in one format; returns the exit code. */
    @FunctionalInterface
    interface Format {
        int write(Chart chart);
    }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "CHART", description = "The chart file to export.")
    private Path file;

    @Option(names = "--to", required = true, paramLabel = "OUT",
            description = "The file to write (replaced if it exists); its extension chooses the format"
                    + " (.csv).")
    private Path to;

    /**
     * The formats by lower-case extension, without the dot. A format is a method of this command,
     * so that it can read options of its own (a page size, a scale) besides CHART and --to.
     */
    Map<String, Format> formats() {
        Map<String, Format> formats = new TreeMap<>();
        formats.put("csv", this::writeCsv);
        return formats;
    }

    @Override
    public Integer call() {
        Format format = formats().get(extension(to));
        if (format == null) {
            throw new ParameterException(spec.commandLine(), "--to " + to + ": " + unsupported(extension(to)));
        }
        Chart chart;
        try {
            chart = ChartFiles.load(file);
        } catch (ChartFormatException e) {
            Cli.printProblems(e, spec.commandLine().getErr());
            return Cli.FAILED;
        }
        return format.write(chart);
    }

    /** The lower-case extension of the file name, without the dot; empty when it has none. */
    static String extension(Path path) {
        Path name = path.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot <= 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private String unsupported(String extension) {
        String known = String.join(", ", formats().keySet().stream().map(e -> "." + e).toList());
        return (extension.isEmpty() ? "the file name has no extension, so the format is not known"
                : "Orgwright does not export ." + extension + " files (unsupported format)")
                + "; name a file ending in " + known + ".";
    }

    private int writeCsv(Chart chart) {
        PrintWriter out = spec.commandLine().getOut();
        try {
            AtomicFileWriter.write(to, stream -> CsvExport.write(chart, stream));
        } catch (SaveFailedException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Cli.FAILED;
        }
        for (String lost : CsvExport.whatIsLost(chart)) {
            out.println(file + ": " + lost);
        }
        out.println("Wrote " + chart.size() + (chart.size() == 1 ? " position to " : " positions to ") + to + ".");
        return Cli.OK;
    }
}
