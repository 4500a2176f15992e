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
        subcommands = {ScenarioCommand.Extract.class})
final class ScenarioCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                CliTexts.t("cli.scenario.noAction"));
    }

    /**
     * The scenario named {@code idOrName} of {@code chart}, or an explanation on {@code err}
     * naming the scenarios there are: for every command that takes a scenario.
     */
    static Optional<Scenario> find(Chart chart, String idOrName, Path file, java.io.PrintWriter err) {
        Optional<Scenario> found = Scenarios.find(chart, idOrName);
        if (found.isEmpty()) {
            err.println(chart.scenarios().isEmpty() ? CliTexts.t("cli.scenario.unknown.none", file, idOrName)
                    : CliTexts.t("cli.scenario.unknown.some", file, idOrName, Scenarios.known(chart)));
        }
        return found;
    }

    /** {@code orgwright scenario extract FILE NAME --out OUT}. */
    @Command(name = "extract")
    static final class Extract implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.scenario.file")
        private Path file;

        @Parameters(index = "1", paramLabel = "NAME", descriptionKey = "cli.scenario.name")
        private String name;

        @Option(names = "--out", paramLabel = "OUT", required = true, descriptionKey = "cli.scenario.out")
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
            spec.commandLine().getOut().println(CliTexts.t("cli.scenario.written", scenario.get().name(),
                    CliTexts.t(plain.size() == 1 ? "cli.count.position.one" : "cli.count.position.other",
                            Integer.toString(plain.size())), out));
            return Cli.OK;
        }
    }
}
