package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class OrgwrightCommandTest {

    @Test
    void versionComesFromTheManifestOrSaysDevelopmentBuild() {
        CliRun run = CliRun.of("--version");

        assertEquals(0, run.exitCode());
        // Tests run from compiled classes, which have no jar manifest.
        assertEquals("Orgwright development build", run.out().strip());
        assertEquals("", run.err());
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: orgwright"), run.out());
        for (String command : Set.of("validate", "stats", "format")) {
            assertTrue(run.out().contains("  " + command + " "), command + " in " + run.out());
        }
        assertTrue(run.out().contains("Exit codes:"), run.out());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : Cli.commandNames()) {
            CliRun run = CliRun.of(command, "-h");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().contains("Usage: orgwright " + command + " "), run.out());
        }
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = CliRun.of("frobnicate", "x.orgchart.json");

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("'frobnicate'"), run.err());
        assertTrue(run.err().contains("Run 'orgwright --help'"), run.err());
    }

    @Test
    void aMissingFileArgumentIsAUsageError() {
        CliRun run = CliRun.of("stats");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("FILE"), run.err());
        assertTrue(run.err().contains("Run 'orgwright stats --help'"), run.err());
    }

    @Test
    void noCommandAtAllIsAUsageError() {
        CliRun run = CliRun.of();

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Name a command"), run.err());
    }

    @Test
    void anUnexpectedFailureIsOneLineWithoutAStackTrace() {
        CliRun run = CliRun.of(cl -> cl.addSubcommand("explode", new Exploding()), "explode");

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("orgwright explode: stopped on an unexpected error (the index is gone)"),
                run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void commandNamesComeFromTheSubcommands() {
        assertTrue(Cli.commandNames().containsAll(Set.of("validate", "stats", "format", "help")));
    }

    @Command(name = "explode")
    static final class Exploding implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the index is gone");
        }
    }
}
