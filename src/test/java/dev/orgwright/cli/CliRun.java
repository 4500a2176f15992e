package dev.orgwright.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the command line with its exit code and what it printed, for tests. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs a command line that the test has changed (for example, given an extra command). */
    static CliRun of(java.util.function.Consumer<CommandLine> change, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        CommandLine commandLine = Cli.commandLine(outWriter, errWriter);
        change.accept(commandLine);
        // Commands added after the writers were set keep the console; set them again for every command.
        commandLine.setOut(outWriter);
        commandLine.setErr(errWriter);
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The lines of standard output, without line ends. */
    String[] outLines() {
        return out.isEmpty() ? new String[0] : out.split("\\R");
    }

    String[] errLines() {
        return err.isEmpty() ? new String[0] : err.split("\\R");
    }
}
