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
@Command(name = "format")
final class FormatCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "cli.format.files")
    private List<Path> files;

    @Option(names = "--check", descriptionKey = "cli.format.check")
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
            err.println(CliTexts.t("cli.format.readAgain", file, e.getMessage()));
            return Cli.FAILED;
        }
        boolean canonical = Arrays.equals(current, ChartWriter.toBytes(chart));
        if (check) {
            if (canonical) {
                out.println(CliTexts.t("cli.format.canonical", file));
                return Cli.OK;
            }
            out.println(CliTexts.t("cli.format.notCanonical", file));
            return Cli.NEEDS_ATTENTION;
        }
        if (canonical) {
            out.println(CliTexts.t("cli.format.already", file));
            return Cli.OK;
        }
        try {
            ChartFiles.save(file, chart);
        } catch (SaveFailedException e) {
            err.println(e.getMessage());
            return Cli.FAILED;
        }
        out.println(CliTexts.t("cli.format.formatted", file));
        return Cli.OK;
    }
}
