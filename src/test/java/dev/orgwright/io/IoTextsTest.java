package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.orgwright.io.csv.ColumnRole;
import dev.orgwright.model.Messages;
import dev.orgwright.model.TextBundleAudit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The texts of io: complete in English, German, French and Spanish, every key used, every column
 * role named in every language, and no message left as a literal outside the files still to move.
 */
class IoTextsTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/orgwright/io");
    private static final Path BUNDLES = Path.of("src/main/resources/dev/orgwright/io");

    /**
     * Files whose messages for people are still literals, to be moved into the bundle; the list
     * may only shrink (a file with no literal text left must leave it). Most are the readers'
     * messages about a file that does not load.
     */
    private static final Set<String> NOT_YET_MOVED = Set.of();
    /** Messages of programming errors, which a person never meets: thrown only when the code itself is wrong. */
    private static final Set<String> PROGRAMMING_ERRORS = Set.of("Every Java runtime has SHA-256",
            "A mapping needs one role per column: ", "This Java has no XML parser.",
            "The importer made a chart that is not whole: ", "The mapping is for other columns than the table's.",
            "The import made a chart that is not whole: ", " rows read but ", " imported and ", " attached and ",
            "The recovery session has ended.");
    /**
     * Column names that files are written with and read back by: the CSV export's "manager id"
     * and the accountability matrix's "responsibility id". They stay English in every language,
     * because the importer recognises columns by their English names, so a file written in German
     * reads back on a French machine.
     */
    private static final Set<String> FILE_WORDS = Set.of("manager id", "responsibility id");
    /**
     * The wording of the JSON parser's, the spreadsheet library's and the operating system's own
     * messages, which the readers and the saving recognise to say the problem in their own words:
     * matched, never shown.
     */
    private static final Set<String> FOREIGN_WORDING = Set.of("Invalid UTF-8", "maybe a (non-standard) comment",
            "Unexpected character (''' (code 39))", "Duplicate field ",
            "Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)",
            "^(?:Unrecognized|Non-standard) token '([^']*)'",
            "^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)",
            "^Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)", "no space left", "read-only file system",
            "Zip bomb", "max. ratio of compressed", "expanded data");
    /**
     * Files whose literals are data: the built-in sample chart, the header words a column is
     * recognised by, the words a cell is read as a placeholder by (written back by the CSV export),
     * the column headers and cell formats of an exported workbook, and a system folder's name.
     */
    private static final Set<String> NOT_TEXTS = Set.of("SampleCharts.java", "ColumnRole.java", "ManagerKeys.java",
            "Placeholders.java", "WorkbookExport.java", "CellText.java", "DataFolders.java");

    @Test
    void everyKeyIsInEveryLanguageWithTheSamePlaceholders() {
        assertEquals(List.of(), TextBundleAudit.incompleteness(TextBundleAudit.bundles(BUNDLES)));
    }

    @Test
    void everyKeyIsUsedByIo() {
        Properties english = TextBundleAudit.bundles(BUNDLES).get("");
        assertEquals(List.of(), TextBundleAudit.unused(english, TextBundleAudit.literals(SOURCES),
                k -> k.startsWith("io.role.") && ColumnRole.byKey(k.substring("io.role.".length())).isPresent()));
    }

    @Test
    void everyColumnRoleIsNamedInEveryLanguage() {
        Properties english = TextBundleAudit.bundles(BUNDLES).get("");
        for (ColumnRole role : ColumnRole.values()) {
            assertEquals(true, english.containsKey("io.role." + role.key()), role.name());
        }
        try {
            Messages.setLocale(Locale.GERMAN);
            assertEquals("Abteilung", ColumnRole.DEPARTMENT.label());
            Messages.setLocale(Locale.forLanguageTag("es"));
            assertEquals("nombre completo del titular", ColumnRole.FULL_NAME.label());
        } finally {
            Messages.setLocale(Locale.ENGLISH);
        }
        assertEquals("holder's full name", ColumnRole.FULL_NAME.label());
    }

    @Test
    void noMessageIsLeftAsALiteralOutsideTheFilesStillToMove() throws Exception {
        List<String> left = new ArrayList<>();
        Set<String> stillLiteral = new TreeSet<>();
        for (Path file : TextBundleAudit.literals(SOURCES).keySet()) {
            String name = file.getFileName().toString();
            if (NOT_TEXTS.contains(name)) {
                continue;
            }
            for (String literal : TextBundleAudit.literalsOf(Files.readString(file))) {
                if (TextBundleAudit.isProse(literal) && !PROGRAMMING_ERRORS.contains(literal)
                        && !FOREIGN_WORDING.contains(literal) && !FILE_WORDS.contains(literal)) {
                    if (NOT_YET_MOVED.contains(name)) {
                        stillLiteral.add(name);
                    } else {
                        left.add(name + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), left, "texts for people belong in dev/orgwright/io/messages*.properties");
        assertEquals(new TreeSet<>(NOT_YET_MOVED), stillLiteral, "a file whose texts are all moved leaves NOT_YET_MOVED");
    }

    @Test
    void theChartReaderSaysWhatIsWrongInTheUsersLanguage() {
        byte[] chart = ("{\"format\": \"orgwright.chart\", \"version\": 1, \"positions\": [{\"id\": \"a\","
                + " \"title\": 3}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            Messages.setLocale(Locale.GERMAN);
            assertEquals("x.json, Zeile 1, Spalte 80: Das Feld \"title\" von Position 'a' muss ein Text sein, nicht eine Zahl.",
                    assertThrows(ChartFormatException.class, () -> ChartReader.read(chart, "x.json")).getMessage());
            Messages.setLocale(Locale.FRENCH);
            assertEquals("x.json, ligne 1, colonne 80 : Le \"title\" de poste 'a' doit être un texte, et non un nombre.",
                    assertThrows(ChartFormatException.class, () -> ChartReader.read(chart, "x.json")).getMessage());
        } finally {
            Messages.setLocale(Locale.ENGLISH);
        }
        assertEquals("x.json, line 1, column 80: The \"title\" of position 'a' must be a text, not a number.",
                assertThrows(ChartFormatException.class, () -> ChartReader.read(chart, "x.json")).getMessage());
    }
}
