package dev.orgwright.cli;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.SaveFailedException;
import dev.orgwright.model.Chart;
import dev.orgwright.model.merge.ChartMerge;
import dev.orgwright.model.merge.Conflict;
import dev.orgwright.model.merge.MergeResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code orgwright merge BASE OURS THEIRS [--out FILE] [--name PATH]}: the three-way merge of a
 * chart, usable by hand and as git's merge driver ({@code orgwright merge %O %A %B --name %P}).
 * The merged chart is written to FILE, or over OURS as git expects, even when there are
 * conflicts: then it holds OURS' values where the sides conflict, and the conflicts are listed,
 * one a line, so that nothing is lost.
 */
@Command(name = "merge")
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", descriptionKey = "cli.merge.base")
    private Path baseFile;

    @Parameters(index = "1", paramLabel = "OURS", descriptionKey = "cli.merge.ours")
    private Path oursFile;

    @Parameters(index = "2", paramLabel = "THEIRS", descriptionKey = "cli.merge.theirs")
    private Path theirsFile;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.merge.out")
    private Path out;

    @Option(names = "--name", paramLabel = "PATH",
            descriptionKey = "cli.merge.name")
    private String name;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Chart base = load(baseFile, "BASE", true, err);
        Chart ours = load(oursFile, "OURS", false, err);
        Chart theirs = load(theirsFile, "THEIRS", false, err);
        if (base == null || ours == null || theirs == null) {
            return Cli.FAILED;
        }
        MergeResult result = ChartMerge.merge(base, ours, theirs);
        Path target = out == null ? oursFile : out;
        try {
            ChartFiles.save(target, result.chart());
        } catch (SaveFailedException e) {
            err.println(CliTexts.t("cli.merge.failed", e.getMessage()));
            return Cli.FAILED;
        }
        // Over OURS (git's temporary file) the place goes without saying; --out is named.
        String shown = name == null ? oursFile.toString() : name;
        String written = out == null ? "" : ".written";
        List<Conflict> conflicts = result.conflicts();
        if (conflicts.isEmpty()) {
            stdout.println(CliTexts.t("cli.merge.clean" + written, shown, out));
            return Cli.OK;
        }
        stdout.println(CliTexts.t("cli.merge.conflicts" + written + (conflicts.size() == 1 ? ".one" : ".other"),
                shown, Integer.toString(conflicts.size()), out));
        for (Conflict c : conflicts) {
            stdout.println(CliTexts.t("cli.merge.conflict", c.line()));
        }
        return Cli.NEEDS_ATTENTION;
    }

    /** The chart in {@code file}; for BASE, an empty file is an empty chart (git's base of a file both sides added). */
    private static Chart load(Path file, String role, boolean emptyAllowed, PrintWriter err) {
        try {
            if (emptyAllowed && Files.isRegularFile(file) && Files.size(file) == 0) {
                return Chart.empty("", List.of());
            }
        } catch (IOException e) {
            // fall through: the reader says what is wrong with it
        }
        try {
            return ChartFiles.load(file);
        } catch (ChartFormatException e) {
            err.println(CliTexts.t("cli.merge.unreadable", role, file));
            Cli.printProblems(e, err);
            return null;
        }
    }
}
