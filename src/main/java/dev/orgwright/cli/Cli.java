package dev.orgwright.cli;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Messages;
import dev.orgwright.render.export.ChartExporter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs the {@code orgwright} command line on given arguments and streams, and returns the exit
 * code instead of exiting, so that tests and the launcher share exactly the same path.
 *
 * <p>Exit codes: 0 when everything is fine, 1 when a check found something to fix (a file not
 * in canonical form), 2 when a file cannot be read or written, the arguments are wrong, or
 * something unexpected happened. The process never ends with a stack trace: a consultant
 * running a script needs one sentence that says what to do, not a Java trace.
 *
 * <p>Texts for people (help, messages, reports) are in the system's language ({@code LANG},
 * {@code LC_ALL}, through Java's default locale) or the one {@code --language} names; output
 * for machines (JSON, CSV, ids) is the same in every language.
 */
public final class Cli {

    /** Everything went as asked. */
    public static final int OK = 0;
    /** A check ran and found something to fix. */
    public static final int NEEDS_ATTENTION = 1;
    /** A file could not be read or written, the arguments were wrong, or the command failed. */
    public static final int FAILED = 2;

    private Cli() {
    }

    /** Runs the command line; results go to {@code out}, messages to {@code err}. Both are flushed. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, null);
    }

    /**
     * Runs the command line with a PNG exporter: PNG is drawn by JavaFX, which this package must
     * not load, so the launcher hands one in; null leaves PNG export unavailable.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<ChartExporter> png) {
        Locale before = Messages.locale();
        // Output for machines (JSON, CSV) is the same in every language, findings' messages included.
        Messages.setLocale(machineOutput(args) ? Locale.ENGLISH : language(args).orElse(Locale.getDefault()));
        try {
            CommandLine commandLine = commandLine(out, err, png);
            return commandLine.execute(args);
        } catch (StackOverflowError e) {
            // Every command is meant to be iterative; if one is not, say so instead of a 1,000-line trace.
            err.println(CliTexts.t("cli.error.tooDeep"));
            return FAILED;
        } catch (OutOfMemoryError e) {
            err.println(CliTexts.t("cli.error.outOfMemory"));
            return FAILED;
        } finally {
            Messages.setLocale(before);
            out.flush();
            err.flush();
        }
    }

    /**
     * The language {@code --language} names, read before parsing because the help is printed
     * while parsing; an unknown value is left for picocli to refuse.
     */
    static Optional<Locale> language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--language=") ? args[i].substring("--language=".length())
                    : args[i].equals("--language") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                for (OrgwrightCommand.Language l : OrgwrightCommand.Language.values()) {
                    if (l.name().equals(value)) {
                        return Optional.of(Locale.forLanguageTag(value));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the command line asks for output for machines: {@code --format json|csv} or {@code --json}. */
    static boolean machineOutput(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String format = args[i].startsWith("--format=") ? args[i].substring("--format=".length())
                    : args[i].equals("--format") && i + 1 < args.length ? args[i + 1] : null;
            if (args[i].equals("--json") || "json".equals(format) || "csv".equals(format)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code work} with every text in English: machine output (JSON) carries the findings'
     * messages, and a script or a diff must not depend on the language of the machine.
     */
    static <T> T inEnglish(Supplier<T> work) {
        Locale before = Messages.locale();
        Messages.setLocale(Locale.ENGLISH);
        try {
            return work.get();
        } finally {
            Messages.setLocale(before);
        }
    }

    /** The names of the commands ("validate", "stats", ...), as the launcher needs to tell them from files. */
    public static Set<String> commandNames() {
        return Set.copyOf(commandLine(new PrintWriter(java.io.Writer.nullWriter()), new PrintWriter(java.io.Writer.nullWriter()))
                .getSubcommands().keySet());
    }

    /** The configured command line; package-private so tests can add a command that misbehaves. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, null);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, Supplier<ChartExporter> png) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ExportCommand.class) {
                    return type.cast(new ExportCommand(png));
                }
                return type == DiffCommand.class ? type.cast(new DiffCommand(png))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine commandLine = new CommandLine(new OrgwrightCommand(), factory);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(Cli::unexpected);
        commandLine.setParameterExceptionHandler(Cli::usageError);
        commandLine.setResourceBundle(CliTexts.BUNDLE.resources(Messages.locale()));
        return commandLine;
    }

    /** The chart in {@code file}; null when it cannot be read, after printing each problem with its place. */
    static Chart load(Path file, PrintWriter err) {
        try {
            return ChartFiles.load(file);
        } catch (ChartFormatException e) {
            printProblems(e, err);
            return null;
        }
    }

    /** Prints every problem of a chart that cannot be read, one per line, each with its place. */
    static void printProblems(ChartFormatException e, PrintWriter err) {
        for (String problem : e.problems()) {
            err.println(problem);
        }
    }

    private static int unexpected(Exception e, CommandLine commandLine, ParseResult parseResult) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName() : e.getMessage().strip();
        commandLine.getErr().println(CliTexts.t("cli.error.unexpected", commandLine.getCommandName(), detail));
        return FAILED;
    }

    /** A short message and where to find help, instead of picocli's full usage text. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(CliTexts.t("cli.error.usage", e.getMessage()));
        UnmatchedArgumentException.printSuggestions(e, err);
        String name = commandLine.getCommandSpec().qualifiedName();
        err.println(CliTexts.t("cli.error.seeHelp", name));
        return FAILED;
    }
}
