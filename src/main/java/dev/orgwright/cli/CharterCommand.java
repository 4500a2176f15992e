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
@Command(name = "charter")
final class CharterCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.charter.file")
    private Path file;

    @Option(names = "--position", paramLabel = "ID", descriptionKey = "cli.charter.position")
    private String position;

    @Option(names = "--to", paramLabel = "OUT", required = true,
            descriptionKey = "cli.charter.to")
    private Path target;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pdf = name.endsWith(".pdf");
        if (!pdf && !name.endsWith(".md")) {
            err.println(CliTexts.t("cli.charter.badExtension", target));
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
                err.println(CliTexts.t("cli.charter.noPosition", file, position));
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
            err.println(CliTexts.t("cli.charter.failed", e.getMessage()));
            return Cli.FAILED;
        }
        spec.commandLine().getOut().println(CliTexts.t(charters.size() == 1 ? "cli.charter.written.one"
                : "cli.charter.written.other", Integer.toString(charters.size()), target));
        if (!undrawn.isEmpty()) {
            err.println(CliTexts.t(undrawn.size() == 1 ? "cli.charter.undrawn.one" : "cli.charter.undrawn.other",
                    target, Integer.toString(undrawn.size())));
            undrawn.forEach(u -> err.println("  " + u.describe()));
            return Cli.NEEDS_ATTENTION;
        }
        return Cli.OK;
    }
}
