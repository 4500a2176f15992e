package dev.orgwright.cli;

import dev.orgwright.io.AtomicFileWriter;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.ChartWriter;
import dev.orgwright.io.SaveFailedException;
import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.CsvTable;
import dev.orgwright.io.csv.RaciCsv;
import dev.orgwright.model.Chart;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code orgwright raci FILE --to OUT.csv} writes the accountability matrix;
 * {@code orgwright raci FILE --from IN.csv --out CHART} reads one back into the chart's links.
 */
@Command(name = "raci",
        description = {
                "Writes the accountability (RACI) matrix of a chart as CSV (--to): a row a responsibility of the"
                        + " catalog, a column a position, each cell R, A, C, I or empty. Or reads such a file back"
                        + " (--from) and writes the chart with those roles (--out); a file with any problem changes"
                        + " nothing, and each problem is listed with its row and column."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:The matrix or the chart was written.",
                "2:A file cannot be read or written, or the matrix has problems (nothing was written)."})
final class RaciCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The chart file.")
    private Path file;

    @Option(names = "--to", paramLabel = "OUT.csv", description = "Write the matrix to this CSV file.")
    private Path to;

    @Option(names = "--from", paramLabel = "IN.csv", description = "Read a matrix from this CSV file.")
    private Path from;

    @Option(names = "--out", paramLabel = "CHART", description = "With --from: where to write the chart.")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if ((to == null) == (from == null)) {
            err.println("orgwright raci: give either --to OUT.csv (write the matrix) or --from IN.csv --out CHART"
                    + " (read one back). Nothing was written.");
            return Cli.FAILED;
        }
        if (from != null && out == null) {
            err.println("orgwright raci: --from needs --out CHART, the chart file to write. Nothing was written.");
            return Cli.FAILED;
        }
        Chart chart = Cli.load(file, err);
        if (chart == null) {
            return Cli.FAILED;
        }
        return to != null ? write(chart, err) : read(chart, err);
    }

    private int write(Chart chart, PrintWriter err) {
        try {
            AtomicFileWriter.write(to, stream -> RaciCsv.write(chart, stream));
        } catch (SaveFailedException e) {
            err.println("orgwright raci: " + e.getMessage());
            return Cli.FAILED;
        }
        spec.commandLine().getOut().println("Wrote the matrix of " + chart.size()
                + (chart.size() == 1 ? " position" : " positions") + " to " + to + ".");
        return Cli.OK;
    }

    private int read(Chart chart, PrintWriter err) {
        CsvTable table;
        try {
            table = CsvImport.read(from);
        } catch (ChartFormatException e) {
            Cli.printProblems(e, err);
            return Cli.FAILED;
        }
        RaciCsv.Result result = RaciCsv.read(table, chart);
        if (!result.problems().isEmpty()) {
            result.problems().forEach(err::println);
            err.println("orgwright raci: " + result.problems().size()
                    + (result.problems().size() == 1 ? " problem" : " problems") + " in " + from
                    + "; nothing was written.");
            return Cli.FAILED;
        }
        try {
            AtomicFileWriter.write(out, stream -> stream.write(ChartWriter.toBytes(result.chart())));
        } catch (SaveFailedException e) {
            err.println("orgwright raci: " + e.getMessage());
            return Cli.FAILED;
        }
        spec.commandLine().getOut().println("Changed " + result.changed()
                + (result.changed() == 1 ? " role" : " roles") + "; wrote " + out + ".");
        return Cli.OK;
    }
}
