package dev.orgwright.cli;

import dev.orgwright.analysis.RoleCharter;
import dev.orgwright.io.AtomicFileWriter;
import dev.orgwright.io.SaveFailedException;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.export.CharterPdf;
import dev.orgwright.render.export.UndrawnText;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code orgwright charter FILE [--position ID] --to OUT.md|OUT.pdf}: role charters, one page a
 * position, for every position or one.
 */
@Command(name = "charter",
        description = {
                "Writes role charters: for each position its title, tier, manager, direct reports, purpose"
                        + " (from its notes), duties with their responsibilities and roles, decision rights"
                        + " (the responsibilities it is accountable for) and dotted lines. One page a position;"
                        + " every position unless --position names one. Holds no cost or private field."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:The charters were written.",
                "1:A PDF was written, but some text had characters no font on this computer draws; each is listed.",
                "2:FILE cannot be read, the position is not in it, or OUT cannot be written."})
final class CharterCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The chart file.")
    private Path file;

    @Option(names = "--position", paramLabel = "ID", description = "Only this position's charter.")
    private String position;

    @Option(names = "--to", paramLabel = "OUT", required = true,
            description = "Where to write: a .md file (Markdown) or a .pdf file.")
    private Path target;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pdf = name.endsWith(".pdf");
        if (!pdf && !name.endsWith(".md")) {
            err.println("orgwright charter: " + target + " ends neither in .md nor in .pdf; name the file for the"
                    + " format you want. Nothing was written.");
            return Cli.FAILED;
        }
        Chart chart = Cli.load(file, err);
        if (chart == null) {
            return Cli.FAILED;
        }
        List<RoleCharter> charters;
        if (position != null) {
            PositionId id = PositionId.of(position);
            if (!chart.contains(id)) {
                err.println("orgwright charter: " + file + " has no position with the id '" + position
                        + "'. Nothing was written.");
                return Cli.FAILED;
            }
            charters = List.of(RoleCharter.of(chart, id));
        } else {
            charters = RoleCharter.all(chart);
        }
        List<UndrawnText> undrawn = new ArrayList<>();
        try {
            if (pdf) {
                AtomicFileWriter.write(target, out -> undrawn.addAll(
                        CharterPdf.writeReporting(charters, chart.title(), out)));
            } else {
                AtomicFileWriter.write(target, out -> out.write(RoleCharter.markdown(charters)
                        .getBytes(StandardCharsets.UTF_8)));
            }
        } catch (SaveFailedException e) {
            err.println("orgwright charter: " + e.getMessage());
            return Cli.FAILED;
        }
        spec.commandLine().getOut().println("Wrote " + charters.size() + (charters.size() == 1 ? " charter" : " charters")
                + " to " + target + ".");
        if (!undrawn.isEmpty()) {
            err.println(target + ": written, but " + undrawn.size() + (undrawn.size() == 1 ? " text" : " texts")
                    + " could not be drawn whole; an empty box stands for each missing character. Install a font"
                    + " that has them and write the charters again:");
            undrawn.forEach(u -> err.println("  " + u.describe()));
            return Cli.NEEDS_ATTENTION;
        }
        return Cli.OK;
    }
}
