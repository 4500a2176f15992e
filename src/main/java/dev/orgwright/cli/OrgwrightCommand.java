package dev.orgwright.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top command, {@code orgwright}: holds the help and version options (inherited by every
 * command) and the commands themselves. Adding a command here is all the launcher needs to
 * send it to the command line rather than to the window.
 */
@Command(name = "orgwright",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {
                "Checks, explains, measures, formats, lays out, exports and compares Orgwright org charts"
                        + " (*.orgchart.json) from scripts and CI, and imports them from CSV files.",
                "Without a command, orgwright opens the chart designer window (with a FILE: opens that chart)."},
        subcommands = {ValidateCommand.class, ExplainCommand.class, StatsCommand.class, AnalyzeCommand.class,
            FormatCommand.class,
            LayoutCommand.class, ImportCommand.class, ExportCommand.class, DiffCommand.class,
            CharterCommand.class, RaciCommand.class,
            MergeCommand.class, GitDiffCommand.class,
            ScenariosCommand.class, ScenarioCommand.class,
            HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:Everything is fine.",
                "1:A check found something to fix (for example a file not in canonical form).",
                "2:A file could not be read or written, or the command was used wrongly."})
public final class OrgwrightCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Reached only when the command line names no command: that is a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "Name a command, for example 'orgwright validate FILE'.");
    }
}
