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
@Command(name = "merge",
        description = {
                "Merges two versions of a chart made from a common one: what OURS changed since BASE and what"
                        + " THEIRS changed since BASE. Positions are matched by id; each field of a position is"
                        + " merged on its own, and so are the chart's title, settings, tiers and fields."
                        + " Scenarios are matched by id and merged the same way, each conflict naming its scenario.",
                "A conflict is a field both sides changed differently, a position one side removed and the"
                        + " other changed or moved a position into, or moves that together make a circle of"
                        + " managers. The merged chart keeps OURS' value in each conflict; every conflict is"
                        + " listed on one line with the position and both values.",
                "The result goes to --out FILE, or over OURS (as git's merge driver expects). An empty BASE"
                        + " (a file both branches added) merges as if from an empty chart."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:Merged without conflicts; the result is written.",
                "1:Merged with conflicts; the result is written, with OURS' values where the sides conflict.",
                "2:A file cannot be read or is not a valid chart, or the result cannot be written."})
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "The common version both sides started from.")
    private Path baseFile;

    @Parameters(index = "1", paramLabel = "OURS", description = "Our version; overwritten with the result unless --out is given.")
    private Path oursFile;

    @Parameters(index = "2", paramLabel = "THEIRS", description = "Their version.")
    private Path theirsFile;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the merged chart here instead of over OURS.")
    private Path out;

    @Option(names = "--name", paramLabel = "PATH",
            description = "The chart's name in messages, for example git's %%P (default: OURS).")
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
            err.println("orgwright merge: " + e.getMessage());
            return Cli.FAILED;
        }
        // Over OURS (git's temporary file) the place goes without saying; --out is named.
        String shown = name == null ? oursFile.toString() : name;
        String where = out == null ? "" : "; written to " + out;
        List<Conflict> conflicts = result.conflicts();
        if (conflicts.isEmpty()) {
            stdout.println(shown + ": merged without conflicts" + where + ".");
            return Cli.OK;
        }
        stdout.println(shown + ": " + conflicts.size() + (conflicts.size() == 1 ? " conflict" : " conflicts")
                + where + "; OURS' values are kept where the sides conflict:");
        for (Conflict c : conflicts) {
            stdout.println("conflict: " + c.line());
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
            err.println("orgwright merge: " + role + " (" + file + ") is not a chart that can be read:");
            Cli.printProblems(e, err);
            return null;
        }
    }
}
