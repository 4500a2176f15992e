package dev.orgwright.cli;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.model.Chart;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code orgwright validate FILE...}: whether each file is a chart Orgwright can open. For now
 * these are the structural checks of loading; the tier rules join them later.
 */
@Command(name = "validate",
        description = {
                "Checks that each FILE is a chart Orgwright can open: valid JSON in the chart format,"
                        + " a version this Orgwright reads, unique position ids, managers and dotted-line"
                        + " managers that exist, no circle of reporting lines, and only tiers the chart defines.",
                "Does not yet check duties or reporting lines against the tiers."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:Every FILE is a valid chart.",
                "2:A FILE cannot be read or is not a valid chart (each problem is printed with its line)."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The chart files to check.")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int worst = Cli.OK;
        for (Path file : files) {
            try {
                Chart chart = ChartFiles.load(file);
                out.println(file + ": valid chart, " + chart.size()
                        + (chart.size() == 1 ? " position." : " positions."));
            } catch (ChartFormatException e) {
                Cli.printProblems(e, err);
                worst = Math.max(worst, Cli.FAILED);
            }
        }
        return worst;
    }
}
