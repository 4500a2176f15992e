package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README's table of commands is where a new user looks up what a command takes: each form of
 * a command has one row, and the rows of {@code import} and {@code export} name every option the
 * command accepts (rows that had drifted apart once listed each command three times, each time
 * with a different part of its options).
 */
class ReadmeCommandTableTest {

    /** Options every command has, described once elsewhere in the README. */
    private static final Set<String> EVERYWHERE = Set.of("--help", "--version", "--language");

    private static List<String> rows() throws Exception {
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("| `orgwright ")) {
                rows.add(line);
            }
        }
        return rows;
    }

    /** "import FILE.csv", "layout --boxes": the command and its first argument, which tell a row's form. */
    private static String form(String row) {
        String[] words = row.substring("| `orgwright ".length()).split(" ");
        return words[0] + " " + words[1];
    }

    @Test
    void eachFormOfACommandHasOneRow() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String row : rows()) {
            counts.merge(form(row), 1, Integer::sum);
        }
        assertTrue(counts.size() > 10, "the README's table of commands was found: " + counts.keySet());
        counts.forEach((form, n) -> assertEquals(1, n, "rows for 'orgwright " + form + "'"));
    }

    @Test
    void theImportAndExportRowsNameEveryOptionTheCommandsTake() throws Exception {
        CommandLine cli = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        for (String command : List.of("import", "export")) {
            String row = rows().stream().filter(r -> form(r).startsWith(command + " ")).findFirst().orElseThrow();
            for (CommandLine.Model.OptionSpec option : cli.getSubcommands().get(command).getCommandSpec().options()) {
                String name = option.longestName();
                if (!EVERYWHERE.contains(name)) {
                    boolean named = false;
                    for (String alias : option.names()) { // --page or --paper
                        named |= row.contains(" " + alias + " ") || row.contains("[" + alias + " ")
                                || row.contains("[" + alias + "]");
                    }
                    assertTrue(named, "the README's row of '" + command + "' does not name " + name);
                }
            }
        }
    }
}
