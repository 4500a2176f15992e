package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.orgwright.io.csv.ColumnMapping;
import dev.orgwright.io.csv.ColumnRole;
import dev.orgwright.io.csv.CsvExport;
import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.CsvTable;
import dev.orgwright.io.csv.ImportOptions;
import dev.orgwright.io.csv.RaciCsv;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Messages;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.model.TextBundleAudit;
import dev.orgwright.model.diff.ChartDiff;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The texts of io: complete in English, German, French and Spanish, every key used, every column
 * role named in every language, no message left as a literal, and messages of each part of io
 * (chart reader, scenarios, own fields, recovery, column detection, change list, export, RACI
 * matrix) said in the user's language with its numbers.
 */
class IoTextsTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/orgwright/io");
    private static final Path BUNDLES = Path.of("src/main/resources/dev/orgwright/io");

    /**
     * Files whose messages for people are still literals, to be moved into the bundle: none any
     * more. The list stays so that the scan keeps its shape; it may never grow again.
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
     * the column headers and cell formats of an exported workbook, a system folder's name, and the
     * job titles a post is recognised as an assistant by.
     */
    private static final Set<String> NOT_TEXTS = Set.of("SampleCharts.java", "ColumnRole.java", "ManagerKeys.java",
            "Placeholders.java", "WorkbookExport.java", "CellText.java", "DataFolders.java", "AssistantTitles.java");

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
                + " \"title\": 3}]}").getBytes(StandardCharsets.UTF_8);
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

    /** Reads {@code json} as the file x.json and gives the message of its refusal. */
    private static String refusal(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return assertThrows(ChartFormatException.class, () -> ChartReader.read(bytes, "x.json")).getMessage();
    }

    @Test
    void theScenarioReaderSaysWhatIsWrongInTheUsersLanguage() {
        String chart = "{\"format\": \"orgwright.chart\", \"version\": 1, \"positions\": [{\"id\": \"a\","
                + " \"title\": \"CEO\"}], \"scenarios\": [";
        String badName = chart + "{\"id\": \"s1\", \"name\": 3}]}";
        String unknownBase = chart + "{\"id\": \"s1\", \"name\": \"Lean\", \"basedOn\": \"s9\", \"positions\": []}]}";
        try {
            Messages.setLocale(Locale.GERMAN);
            assertEquals("x.json, Zeile 1, Spalte 124: Das Feld \"name\" von Szenario 's1' muss ein Text sein,"
                    + " nicht eine Zahl.", refusal(badName));
            assertEquals("x.json, Zeile 1, Spalte 103: Das Szenario 'Lean' baut auf 's9' auf, das kein Szenario dieses"
                    + " Organigramms ist; die Szenarien sind 's1'. Lassen Sie \"basedOn\" bei einem Szenario weg, das"
                    + " auf dem aktuellen Stand aufbaut.", refusal(unknownBase));
            Messages.setLocale(Locale.FRENCH);
            assertEquals("x.json, ligne 1, colonne 124 : Le \"name\" de scénario 's1' doit être un texte, et non un"
                    + " nombre.", refusal(badName));
        } finally {
            Messages.setLocale(Locale.ENGLISH);
        }
        assertEquals("x.json, line 1, column 124: The \"name\" of the scenario 's1' must be a text, not a number.",
                refusal(badName));
    }

    @Test
    void anOwnFieldOfTheChartIsRefusedInTheUsersLanguage() {
        String fields = "{\"format\": \"orgwright.chart\", \"version\": 1, \"positions\": [], \"fields\": [{\"id\":"
                + " \"site\", \"name\": \"Site\", \"type\": \"colour\"}]}";
        try {
            Messages.setLocale(Locale.GERMAN);
            assertEquals("x.json, Zeile 1, Spalte 112: Das Feld \"type\" von Feld 'site' muss \"text\", \"number\","
                    + " \"date\" oder \"choice\" sein, nicht \"colour\".", refusal(fields));
        } finally {
            Messages.setLocale(Locale.ENGLISH);
        }
        assertEquals("x.json, line 1, column 112: The \"type\" of field 'site' must be \"text\", \"number\", \"date\""
                + " or \"choice\", not \"colour\".", refusal(fields));
    }

    @Test
    void aRecoverableChartIsNamedInTheUsersLanguage() {
        RecoverableChart neverSaved = new RecoverableChart("e1", "s1", Optional.empty(),
                Instant.parse("2026-12-03T10:15:30Z"), "Vorstand", 12);
        RecoverableChart saved = new RecoverableChart("e2", "s1", Optional.of(Path.of("board.orgchart.json")),
                Instant.parse("2026-12-03T10:15:30Z"), "Board", 12);
        try {
            Messages.setLocale(Locale.GERMAN);
            assertEquals("Vorstand (nie gespeichert)", neverSaved.displayName());
            assertEquals("board.orgchart.json", saved.displayName());
            Messages.setLocale(Locale.forLanguageTag("es"));
            assertEquals("Vorstand (nunca guardado)", neverSaved.displayName());
        } finally {
            Messages.setLocale(Locale.ENGLISH);
        }
        assertEquals("Vorstand (never saved)", neverSaved.displayName());
    }

    @Test
    void theColumnDetectionExplainsItsChoicesInTheUsersLanguageWithItsNumbers() throws Exception {
        StringBuilder csv = new StringBuilder("Ref,Person,Job,Reports,Dept\nA1,Ana Costa,CEO,XX,Board\n"
                + "B2,Bo Ek,CFO,A1,Finance\nC3,Kim Park,Clerk,B2,Finance\nD4,Li Wu,Clerk,B2,Finance\n");
        StringBuilder large = new StringBuilder("id,title,parent\n1,CEO,\n");
        for (int i = 2; i <= 1200; i++) {
            large.append(i).append(",Clerk,1\n");
        }
        try {
            Messages.setLocale(Locale.GERMAN);
            assertEquals(List.of("'Ref' enthält die IDs: keine Spalte ist so benannt, aber ihre 4 Werte sind alle"
                            + " verschieden, und die Spalte der vorgesetzten Positionen nennt sie.",
                    "'Reports' enthält die vorgesetzten Positionen: keine Spalte ist so benannt, aber 3 ihrer 3 Werte"
                            + " nennen eine andere Zeile bei ihrer ID."), explanations(csv.toString()));
            assertEquals(List.of("'id' enthält die IDs: ihr Name sagt es, und ihre 1.200 Werte sind alle verschieden.",
                    "'parent' enthält die vorgesetzten Positionen: ihr Name sagt es, und 1.199 ihrer 1.199 Werte nennen"
                            + " eine andere Zeile bei ihrer ID."), explanations(large.toString()));
            Messages.setLocale(Locale.FRENCH);
            assertEquals("'id' contient les identifiants : son nom l'indique, et ses 1\u202f200 valeurs sont toutes"
                    + " différentes.", explanations(large.toString()).get(0));
        } finally {
            Messages.setLocale(Locale.ENGLISH);
        }
        assertEquals("'id' holds the ids: its name says so, and its 1,200 values are all different.",
                explanations(large.toString()).get(0));
    }

    private static List<String> explanations(String csv) throws Exception {
        CsvTable table = CsvImport.read(
                csv.getBytes(StandardCharsets.UTF_8), "staff.csv", null);
        return ColumnMapping.detect(table, ColumnMapping.Extras.NOTES)
                .explanations();
    }

    @Test
    void theMarkdownChangeListIsInTheUsersLanguageAndTheCsvListStaysData() throws Exception {
        Chart old = Chart.builder().title("Vorstand")
                .add(Position.of("cfo", "CFO", null)).build();
        Chart proposal = Chart.builder().title("Vorstand")
                .add(Position.of("cfo", "CFO", null))
                .add(Position.of("cto", "CTO", null)
                        .withReportsTo(PositionId.of("cfo"))).build();
        ChartDiff diff = ChartDiff.compare(old, proposal);
        try {
            Messages.setLocale(Locale.GERMAN);
            StringWriter markdown = new StringWriter();
            ChangeListWriter.writeMarkdownDocument(diff, "", List.of(), List.of(), markdown);
            assertEquals("# Vorstand: vorgeschlagene Änderungen\n\n## Änderungen\n\n1 Änderung: 1 hinzugefügt.\n\n"
                    + "| # | Änderung | Position | Beschreibung |", markdown.toString().lines().limit(7)
                    .reduce((a, b) -> a + "\n" + b).orElseThrow());
            assertEquals(true, markdown.toString().contains("| 1 | hinzugefügt | cto | "), markdown.toString());
            assertEquals(true, markdown.toString().endsWith("## Befunde\n\nDer Vorschlag behebt keinen Befund und"
                    + " führt auch keinen ein.\n"), markdown.toString());
            StringWriter csv = new StringWriter();
            ChangeListWriter.writeCsv(diff, csv);
            List<String> rows = csv.toString().lines().toList();
            assertEquals("\uFEFFkind,position,title,before,after,related,description", rows.get(0));
            assertEquals(true, rows.get(1).startsWith("added,cto,CTO,"), rows.get(1));
            Messages.setLocale(Locale.FRENCH);
            assertEquals("1 modification : ajouté : 1", ChangeListWriter.summary(diff));
        } finally {
            Messages.setLocale(Locale.ENGLISH);
        }
        assertEquals("1 change: 1 added", ChangeListWriter.summary(diff));
    }

    @Test
    void theChangeListNamesTheSeverityOfAFindingInTheUsersLanguageAndKeepsTheRuleId() throws Exception {
        ChartDiff diff = ChartDiff.compare(Chart.builder().add(Position.of("ceo", "CEO", null)).build(),
                Chart.builder().add(Position.of("ceo", "CEO", null)).build());
        List<ChangeListWriter.FindingLine> introduced = List.of(
                new ChangeListWriter.FindingLine("warning", "span-of-control", "'CEO' hat 9 direkte Berichte."));
        try {
            Messages.setLocale(Locale.GERMAN);
            StringWriter markdown = new StringWriter();
            ChangeListWriter.writeMarkdownDocument(diff, "", List.of(), introduced, markdown);
            assertEquals(true, markdown.toString().contains("- **Warnung** `span-of-control`: "), markdown.toString());
        } finally {
            Messages.setLocale(Locale.ENGLISH);
        }
        StringWriter markdown = new StringWriter();
        ChangeListWriter.writeMarkdownDocument(diff, "", List.of(), introduced, markdown);
        assertEquals(true, markdown.toString().contains("- **warning** `span-of-control`: "), markdown.toString());
    }

    @Test
    void whatACsvExportLosesAndTheDelimiterAreSaidInTheUsersLanguage() throws Exception {
        Chart chart = Chart.builder()
                .add(Position.of("ceo", "CEO", null))
                .add(Position.of("pa", "PA", null)
                        .withReportsTo(PositionId.of("ceo")).withAssistant(true)).build();
        CsvTable table = CsvImport.read(
                "id;title\nceo;CEO\n".getBytes(StandardCharsets.UTF_8), "staff.csv", null);
        try {
            Messages.setLocale(Locale.GERMAN);
            assertEquals(List.of("1 Position ist als Assistenz markiert; die CSV-Datei hält das nicht fest."),
                    CsvExport.whatIsLost(chart));
            assertEquals("Semikolon", table.delimiterName());
            Messages.setLocale(Locale.forLanguageTag("es"));
            assertEquals("punto y coma", table.delimiterName());
        } finally {
            Messages.setLocale(Locale.ENGLISH);
        }
        assertEquals(List.of("1 position is marked as an assistant; the CSV file does not say so."),
                CsvExport.whatIsLost(chart));
        assertEquals("semicolon", table.delimiterName());
        assertEquals("id,manager id,holder,title", String.join(",",
                CsvExport.HEADER.subList(0, 4)), "the header is read back: English in every language");
    }

    @Test
    void aMatrixReadBackTellsItsProblemsInTheUsersLanguageInTheOrderOfTheFile() throws Exception {
        Chart chart = Templates.leadershipTeamStarter();
        CsvTable table = CsvImport.read(("responsibility id,responsibility,"
                + "tier,CEO [ceo],Ghost [ghost]\r\nstrategy,Strategy,Senior,Vielleicht,\r\nnonsense,Whatever,Senior,R,\r\n")
                .getBytes(StandardCharsets.UTF_8), "matrix.csv", null);
        try {
            Messages.setLocale(Locale.GERMAN);
            assertEquals(List.of("matrix.csv, Zeile 1, Spalte 5 (Ghost [ghost]): das Organigramm hat keine Position"
                            + " 'ghost'.",
                    "matrix.csv, Zeile 2, Spalte 4 (CEO [ceo]): 'Vielleicht' ist keine Rolle; schreiben Sie R, A, C, I"
                            + " oder lassen Sie die Zelle leer.",
                    "matrix.csv, Zeile 3, Spalte 1: der Katalog hat keine Verantwortung 'nonsense'."),
                    RaciCsv.read(table, chart).problems());
        } finally {
            Messages.setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void aFlatChartIsToldWithTheNumbersOfTheUsersLanguage() throws Exception {
        StringBuilder csv = new StringBuilder("id,title\n");
        for (int i = 1; i <= 1200; i++) {
            csv.append(i).append(",Clerk\n");
        }
        CsvTable table = CsvImport.read(csv.toString().getBytes(StandardCharsets.UTF_8), "staff.csv", null);
        try {
            Messages.setLocale(Locale.GERMAN);
            String flat = CsvImport.importTable(table, ColumnMapping.detect(table, ColumnMapping.Extras.NOTES),
                    ImportOptions.titled("Test")).problems().get(0).message();
            assertEquals(true, flat.startsWith("Keine Position berichtet an eine andere: keine der 1.200 Zeilen hat eine"
                    + " vorgesetzte Position"), flat);
        } finally {
            Messages.setLocale(Locale.ENGLISH);
        }
    }
}
