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
@Command(name = "raci")
final class RaciCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.raci.file")
    private Path file;

    @Option(names = "--to", paramLabel = "OUT.csv", descriptionKey = "cli.raci.to")
    private Path to;

    @Option(names = "--from", paramLabel = "IN.csv", descriptionKey = "cli.raci.from")
    private Path from;

    @Option(names = "--out", paramLabel = "CHART", descriptionKey = "cli.raci.out")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if ((to == null) == (from == null)) {
            err.println(CliTexts.t("cli.raci.eitherOr"));
            return Cli.FAILED;
        }
        if (from != null && out == null) {
            err.println(CliTexts.t("cli.raci.needsOut"));
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
            err.println(CliTexts.t("cli.raci.failed", e.getMessage()));
            return Cli.FAILED;
        }
        spec.commandLine().getOut().println(CliTexts.t(chart.size() == 1 ? "cli.raci.written.one" : "cli.raci.written.other",
                Integer.toString(chart.size()), to));
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
            int count = result.problems().size();
            err.println(CliTexts.t(count == 1 ? "cli.raci.problems.one" : "cli.raci.problems.other",
                    Integer.toString(count), from));
            return Cli.FAILED;
        }
        try {
            AtomicFileWriter.write(out, stream -> stream.write(ChartWriter.toBytes(result.chart())));
        } catch (SaveFailedException e) {
            err.println(CliTexts.t("cli.raci.failed", e.getMessage()));
            return Cli.FAILED;
        }
        spec.commandLine().getOut().println(CliTexts.t(result.changed() == 1 ? "cli.raci.changed.one"
                : "cli.raci.changed.other", Integer.toString(result.changed()), out));
        return Cli.OK;
    }
}
