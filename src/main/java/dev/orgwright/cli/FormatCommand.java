package dev.orgwright.cli;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.ChartWriter;
import dev.orgwright.io.SaveFailedException;
import dev.orgwright.model.Chart;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code orgwright format FILE... [--check]}: rewrites charts in the canonical form (stable key
 * order, positions in tree order, two-space indent), so that charts kept in git diff cleanly.
 * A file already canonical is not touched, not even its modification time; {@code --check}
 * never writes, which makes it safe for CI.
 */
@Command(name = "format",
        description = {
                "Rewrites each FILE in Orgwright's canonical form: the layout Orgwright itself saves,"
                        + " with keys in a fixed order and positions in tree order, so charts diff cleanly"
                        + " in version control. Fields Orgwright does not know are kept.",
                "Files already in canonical form are left untouched. A file is replaced in one step,"
                        + " so a failed write leaves the old file as it was."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:Every FILE is (now) in canonical form.",
                "1:With --check: a FILE is not in canonical form.",
                "2:A FILE cannot be read, is not a valid chart, or cannot be written."})
final class FormatCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The chart files to format.")
    private List<Path> files;

    @Option(names = "--check",
            description = "Only report whether each FILE is in canonical form; never change a file.")
    private boolean check;

    @Override
    public Integer call() {
        int worst = Cli.OK;
        for (Path file : files) {
            worst = Math.max(worst, format(file));
        }
        return worst;
    }

    private int format(Path file) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Chart chart;
        byte[] current;
        try {
            chart = ChartFiles.load(file);
            current = Files.readAllBytes(file);
        } catch (ChartFormatException e) {
            Cli.printProblems(e, err);
            return Cli.FAILED;
        } catch (IOException e) {
            // Loaded a moment ago, unreadable now: the file changed or vanished underneath us.
            err.println(file + ": could not be read a second time (" + e.getMessage()
                    + "); is another program changing it? Run the command again.");
            return Cli.FAILED;
        }
        boolean canonical = Arrays.equals(current, ChartWriter.toBytes(chart));
        if (check) {
            if (canonical) {
                out.println(file + ": canonical");
                return Cli.OK;
            }
            out.println(file + ": not in canonical form; run 'orgwright format " + file + "'");
            return Cli.NEEDS_ATTENTION;
        }
        if (canonical) {
            out.println(file + ": already canonical");
            return Cli.OK;
        }
        try {
            ChartFiles.save(file, chart);
        } catch (SaveFailedException e) {
            err.println(e.getMessage());
            return Cli.FAILED;
        }
        out.println(file + ": formatted");
        return Cli.OK;
    }
}
