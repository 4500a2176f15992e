package dev.orgwright.cli;

import dev.orgwright.io.ChangeListWriter;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Scenario;
import dev.orgwright.model.Scenarios;
import dev.orgwright.model.diff.Change;
import dev.orgwright.model.diff.ChartDiff;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code orgwright git-diff}, the two forms git calls a diff tool in. With one FILE (git's
 * {@code textconv}): the chart as an indented outline, one line per position, that git's own
 * line diff reads well. With git's seven arguments (an external diff, {@code GIT_EXTERNAL_DIFF}
 * or {@code diff.orgwright.command}): the comparison's list of changes between the two versions.
 * Private values (costs, private fields) appear in neither.
 */
@Command(name = "git-diff")
final class GitDiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ARG", arity = "1..7",
            descriptionKey = "cli.git-diff.args")
    private List<String> args;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (args.size() == 1) {
            Chart chart = load(Path.of(args.get(0)), err);
            if (chart == null) {
                return Cli.FAILED;
            }
            outline(chart, out);
            return Cli.OK;
        }
        if (args.size() != 7) {
            err.println(CliTexts.t("cli.git-diff.badArgs", Integer.toString(args.size())));
            return Cli.FAILED;
        }
        String path = args.get(0);
        Chart oldChart = load(Path.of(args.get(1)), err);
        Chart newChart = load(Path.of(args.get(4)), err);
        if (oldChart == null || newChart == null) {
            return Cli.FAILED;
        }
        ChartDiff diff = ChartDiff.compare(Scenarios.currentState(oldChart), Scenarios.currentState(newChart));
        out.println(CliTexts.t("cli.git-diff.header", path));
        boolean scenariosSame = oldChart.scenarios().equals(newChart.scenarios());
        if (diff.isEmpty() && scenariosSame) {
            out.println("  " + CliTexts.t("cli.diff.same"));
        } else {
            changes(diff, "  ", out);
        }
        if (!scenariosSame) {
            scenarioChanges(oldChart, newChart, out);
        }
        return Cli.OK;
    }

    private static void changes(ChartDiff diff, String indent, PrintWriter out) {
        if (diff.isEmpty()) {
            return;
        }
        out.println(indent + ChangeListWriter.summary(diff) + ".");
        int width = diff.changes().stream().mapToInt(c -> c.kind().text().length()).max().orElse(0);
        for (Change c : diff.changes()) {
            String label = c.kind().text();
            out.println(indent + label + " ".repeat(width - label.length()) + "  " + c.description());
        }
    }

    /** Each scenario added, removed or changed, with the changes to its positions (decision 0014). */
    private static void scenarioChanges(Chart oldChart, Chart newChart, PrintWriter out) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        oldChart.scenarios().forEach(s -> ids.add(s.id()));
        newChart.scenarios().forEach(s -> ids.add(s.id()));
        for (String id : ids) {
            Scenario was = oldChart.scenarios().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
            Scenario now = newChart.scenarios().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
            if (was != null && was.equals(now)) {
                continue;
            }
            if (was == null) {
                out.println("  " + CliTexts.t(now.chart().size() == 1 ? "cli.git-diff.scenarioAdded.one"
                        : "cli.git-diff.scenarioAdded.other", now.name(), id, now.chart().size()));
                continue;
            }
            if (now == null) {
                out.println("  " + CliTexts.t("cli.git-diff.scenarioRemoved", was.name(), id));
                continue;
            }
            out.println("  " + CliTexts.t("cli.git-diff.scenarioChanged", now.name(), id));
            if (!was.name().equals(now.name())) {
                out.println("    " + CliTexts.t("cli.git-diff.renamed", was.name()));
            }
            if (!was.description().equals(now.description())) {
                out.println("    " + CliTexts.t("cli.git-diff.described", now.description(), was.description()));
            }
            if (!java.util.Objects.equals(was.basedOn(), now.basedOn())) {
                out.println("    " + CliTexts.t("cli.git-diff.rebased", basedOn(now.basedOn()),
                        basedOn(was.basedOn())));
            }
            changes(ChartDiff.compare(Scenarios.shown(oldChart, was), Scenarios.shown(newChart, now)), "    ", out);
        }
    }

    private static String basedOn(String id) {
        return id == null ? CliTexts.t("cli.git-diff.currentState") : "'" + id + "'";
    }

    /** An indented outline: each position under its manager, its details on the lines below it. */
    static void outline(Chart chart, PrintWriter out) {
        out.println(CliTexts.t("cli.git-diff.chart", chart.title()));
        chart.tiers().forEach(t -> out.println(
                CliTexts.t("cli.git-diff.tier", String.valueOf(t.rank()), t.name(), t.id())));
        positions(chart, "", out);
        // Each scenario under a heading of its own, its positions in full, so that git's line diff
        // shows an edit of a scenario under that scenario's heading.
        for (Scenario s : chart.scenarios()) {
            out.println(CliTexts.t("cli.git-diff.scenario", s.name().strip(), s.id(), basedOn(s.basedOn())));
            if (!s.description().isBlank()) {
                out.println("  " + CliTexts.t("cli.git-diff.description", s.description().strip()));
            }
            positions(s.chart(), "  ", out);
        }
    }

    private static void positions(Chart chart, String margin, PrintWriter out) {
        java.util.Map<PositionId, Integer> depth = new java.util.HashMap<>();
        for (Position p : chart.inTreeOrder()) {
            int level = p.reportsTo() == null ? 0 : depth.get(p.reportsTo()) + 1; // managers come first
            depth.put(p.id(), level);
            String indent = margin + "  ".repeat(level);
            String holder = p.isHolderUndisclosed() ? CliTexts.t("cli.git-diff.undisclosed")
                    : p.isVacant() ? CliTexts.t("cli.git-diff.vacant") : p.holder().strip();
            out.println(indent + "- " + p.title().strip() + " [" + p.id() + "] " + holder
                    + (p.tierId() == null ? "" : "; " + CliTexts.t("cli.git-diff.inTier", p.tierId()))
                    + (p.department().isBlank() ? "" : "; " + p.department().strip())
                    + (p.fte().compareTo(Position.DEFAULT_FTE) == 0 ? "" : "; " + p.fte().toPlainString() + " FTE"));
            for (Duty d : p.duties()) {
                out.println(indent + "    " + CliTexts.t("cli.git-diff.duty", d.text().strip()));
            }
            for (PositionId line : p.dottedLines()) {
                out.println(indent + "    " + CliTexts.t("cli.git-diff.dottedLine", line));
            }
        }
    }

    private static Chart load(Path file, PrintWriter err) {
        try {
            if (file.toString().equals("/dev/null") || Files.isRegularFile(file) && Files.size(file) == 0) {
                return Chart.empty("", List.of());
            }
        } catch (IOException e) {
            // the reader says what is wrong
        }
        return Cli.load(file, err);
    }
}
