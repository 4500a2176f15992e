package dev.orgwright.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top command, {@code orgwright}: holds the help and version options (inherited by every
 * command) and the commands themselves. Adding a command here is all the launcher needs to
 * send it to the command line rather than to the window.
 *
 * <p>Its help and descriptions come from {@code dev/orgwright/cli/messages*.properties} in the
 * user's language (picocli reads keys such as {@code orgwright.validate.usage.description.0}).
 */
@Command(name = "orgwright",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        resourceBundle = "dev.orgwright.cli.messages",
        subcommands = {ValidateCommand.class, ExplainCommand.class, StatsCommand.class, AnalyzeCommand.class,
            FormatCommand.class,
            LayoutCommand.class, ImportCommand.class, ExportCommand.class, DiffCommand.class,
            CharterCommand.class, RaciCommand.class,
            MergeCommand.class, GitDiffCommand.class,
            ScenariosCommand.class, ScenarioCommand.class,
            HelpCommand.class})
public final class OrgwrightCommand implements Callable<Integer> {

    /** The languages of {@code --language}. */
    enum Language { en, de, fr, es }

    @Spec
    private CommandSpec spec;

    /**
     * Read by {@link Cli} before the command line is built (help is printed while parsing); kept
     * here so that picocli accepts and documents it on every command.
     */
    @Option(names = "--language", paramLabel = "en|de|fr|es", descriptionKey = "cli.option.language",
            scope = ScopeType.INHERIT)
    private Language language;

    /** Reached only when the command line names no command: that is a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), CliTexts.t("cli.error.noCommand"));
    }
}
