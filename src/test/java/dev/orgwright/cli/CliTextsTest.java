package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.model.TextBundleAudit;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line's texts: complete in English, German, French and Spanish, every key used (by
 * the code or by picocli's help), and no help or message left as a literal in the code.
 */
class CliTextsTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/orgwright/cli");
    private static final Path BUNDLES = Path.of("src/main/resources/dev/orgwright/cli");
    /** Keys picocli reads for every command: the exit codes' heading and its standard options. */
    private static final Set<String> PICOCLI_KEYS = Set.of("usage.exitCodeListHeading", "help", "version");
    /** "orgwright.validate.usage.description.0": the help of the command "orgwright validate". */
    private static final Pattern COMMAND_HELP = Pattern.compile("orgwright((?:\\.[a-z-]+)*)\\.usage\\..*");

    /**
     * Files whose literals only look like prose: HeadlessCardSizer's are sample text it measures,
     * not texts shown; ManifestVersion's is the version line of a build without a manifest;
     * LayoutJson's is a piece of the JSON it writes.
     */
    private static final Set<String> NOT_TEXTS = Set.of("HeadlessCardSizer.java", "LayoutJson.java", "ManifestVersion.java");

    @Test
    void everyKeyIsInEveryLanguageWithTheSamePlaceholders() {
        assertEquals(List.of(), TextBundleAudit.incompleteness(TextBundleAudit.bundles(BUNDLES)));
    }

    @Test
    void everyKeyIsUsedByTheCodeOrByTheHelpOfACommandThatExists() {
        Set<String> commands = new TreeSet<>();
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        addCommands(Cli.commandLine(nowhere, nowhere), "", commands);
        Properties english = TextBundleAudit.bundles(BUNDLES).get("");
        List<String> unused = TextBundleAudit.unused(english, TextBundleAudit.literals(SOURCES), key -> {
            Matcher m = COMMAND_HELP.matcher(key);
            if (m.matches()) {
                String path = m.group(1);
                return path.isEmpty() || commands.contains(path.substring(1));
            }
            return PICOCLI_KEYS.contains(key);
        });
        assertEquals(List.of(), unused);
    }

    /** "scenario", "scenario.extract": every command and subcommand below {@code parent}. */
    private static void addCommands(CommandLine parent, String prefix, Set<String> into) {
        parent.getSubcommands().forEach((name, sub) -> {
            into.add(prefix + name);
            addCommands(sub, prefix + name + ".", into);
        });
    }

    @Test
    void noHelpOrMessageIsLeftAsALiteral() {
        List<String> left = new ArrayList<>();
        for (Map.Entry<Path, List<String>> e : TextBundleAudit.literals(SOURCES).entrySet()) {
            String name = e.getKey().getFileName().toString();
            for (String literal : e.getValue()) {
                if (TextBundleAudit.isProse(literal) && !NOT_TEXTS.contains(name)) {
                    left.add(name + ": \"" + literal + "\"");
                }
            }
        }
        assertEquals(List.of(), left, "texts for people belong in dev/orgwright/cli/messages*.properties");
    }
}
