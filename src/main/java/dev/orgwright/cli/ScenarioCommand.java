package dev.orgwright.cli;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.SaveFailedException;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Scenario;
import dev.orgwright.model.Scenarios;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code orgwright scenario extract FILE NAME --out OUT}: what is done with one scenario of a chart. */
@Command(name = "scenario",
        description = {"Works with one scenario of a chart; 'orgwright scenarios FILE' lists them."},
        subcommands = {ScenarioCommand.Extract.class})
final class ScenarioCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "Name what to do with the scenario, for example 'orgwright scenario extract FILE NAME --out OUT'.");
    }

    /**
     * The scenario named {@code idOrName} of {@code chart}, or an explanation on {@code err}
     * naming the scenarios there are: for every command that takes a scenario.
     */
    static Optional<Scenario> find(Chart chart, String idOrName, Path file, java.io.PrintWriter err) {
        Optional<Scenario> found = Scenarios.find(chart, idOrName);
        if (found.isEmpty()) {
            err.println(file + ": the chart has no scenario '" + idOrName + "'; "
                    + (chart.scenarios().isEmpty() ? "it has none." : "its scenarios are " + Scenarios.known(chart) + "."));
        }
        return found;
    }

    /** {@code orgwright scenario extract FILE NAME --out OUT}. */
    @Command(name = "extract",
            description = {"Writes one scenario of a chart as a chart of its own, without scenarios: the chart's"
                    + " title, tiers, fields and settings with the scenario's positions."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                    "0:The scenario was written to OUT.",
                    "2:FILE cannot be read, has no scenario NAME, or OUT cannot be written."})
    static final class Extract implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The chart file.")
        private Path file;

        @Parameters(index = "1", paramLabel = "NAME", description = "The scenario's id or name.")
        private String name;

        @Option(names = "--out", paramLabel = "OUT", required = true, description = "The chart file to write.")
        private Path out;

        @Override
        public Integer call() {
            java.io.PrintWriter err = spec.commandLine().getErr();
            Chart chart = Cli.load(file, err);
            if (chart == null) {
                return Cli.FAILED;
            }
            Optional<Scenario> scenario = find(chart, name, file, err);
            if (scenario.isEmpty()) {
                return Cli.FAILED;
            }
            Chart plain = Scenarios.shown(chart, scenario.get());
            try {
                ChartFiles.save(out, plain);
            } catch (SaveFailedException e) {
                err.println(e.getMessage());
                return Cli.FAILED;
            }
            spec.commandLine().getOut().println("Wrote the scenario '" + scenario.get().name() + "' ("
                    + plain.size() + (plain.size() == 1 ? " position" : " positions") + ") to " + out + ".");
            return Cli.OK;
        }
    }
}
