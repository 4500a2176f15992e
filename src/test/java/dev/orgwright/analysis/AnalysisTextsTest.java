package dev.orgwright.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Messages;
import dev.orgwright.model.TextBundleAudit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The analysis's texts: complete in English, German, French and Spanish, every key used, no word
 * for people left as a literal, the tables for people worded and numbered in the chosen language,
 * and the data for programs the same in every language.
 */
class AnalysisTextsTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/orgwright/analysis");
    private static final Path BUNDLES = Path.of("src/main/resources/dev/orgwright/analysis");

    /**
     * Literals of the analysis that are data, not texts for people, and stay English in every
     * language. The values of {@code --by} ({@code AnalysisTables.By}: tier, department, layer,
     * manager), which scripts type and the JSON of {@code analyze} uses as keys; the column names
     * of the positions table ({@code AnalysisTables.positions()}), written as CSV for programs by
     * {@code analyze --format csv} and the window's Save as CSV; and the bundle's own name.
     */
    private static final Set<String> NOT_TEXTS = Set.of("tier", "department", "layer", "manager",
            "id", "title", "span", "assistants", "below", "vacancies_below", "fte", "fte_in_team", "cost_of_team",
            "dev.orgwright.analysis.messages");
    /** A word: two letters or more. A literal without one ("–", " / ", "## ") is punctuation or layout. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** Escapes ("\\n", "\\uFEFF"), which the literal scan reads as letters. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?:u[0-9a-fA-F]{4}|[nrtbf])");

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void everyKeyIsInEveryLanguageWithTheSamePlaceholders() {
        assertEquals(List.of(), TextBundleAudit.incompleteness(TextBundleAudit.bundles(BUNDLES)));
    }

    @Test
    void everyKeyIsUsedByTheAnalysis() {
        Properties english = TextBundleAudit.bundles(BUNDLES).get("");
        assertEquals(List.of(), TextBundleAudit.unused(english, TextBundleAudit.literals(SOURCES), k -> false));
    }

    /**
     * Every literal of the analysis with a word in it, other than a key of the bundle (or the
     * start of keys built in code), a data word of {@link #NOT_TEXTS} and the message of a
     * programming error ({@code new IllegalArgumentException(...)}, never met by a person).
     */
    private static List<String> wordsLeftIn(String code, Properties english) {
        List<String> left = new ArrayList<>();
        String scanned = TextBundleAudit.withoutExceptionMessages(ESCAPE.matcher(code).replaceAll(" "));
        for (String literal : TextBundleAudit.literalsOf(scanned)) {
            boolean key = english.containsKey(literal) || literal.endsWith(".")
                    && english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(literal));
            if (WORD.matcher(literal).find() && !key && !NOT_TEXTS.contains(literal)) {
                left.add(literal);
            }
        }
        return left;
    }

    @Test
    void noWordForPeopleIsLeftAsALiteral() throws Exception {
        Properties english = TextBundleAudit.bundles(BUNDLES).get("");
        List<String> left = new ArrayList<>();
        for (Path file : TextBundleAudit.literals(SOURCES).keySet()) {
            wordsLeftIn(Files.readString(file), english).forEach(l -> left.add(file.getFileName() + ": \"" + l + "\""));
        }
        assertEquals(List.of(), left, "texts for people belong in dev/orgwright/analysis/messages*.properties;"
                + " data words for programs go in NOT_TEXTS with the reason");
    }

    @Test
    void theScanFindsASingleWordAndLeavesKeysDataAndLayoutAlone() {
        Properties english = TextBundleAudit.bundles(BUNDLES).get("");
        String code = "rows.add(List.of(\"Positions\", count(n))); t(\"analysis.summary.fte\"); t(\"analysis.charter.role.\""
                + " + r); h.add(\"fte_in_team\"); md.append(\"## \").append(\"\\n\\n\"); s = \"\\uFEFF\";"
                + " throw new IllegalStateException(\"No manager of rank \" + rank); x = \"Cost of team\";";
        assertEquals(List.of("Positions", "Cost of team"), wordsLeftIn(code, english));
    }

    @Test
    void theTablesForPeopleAreWordedAndNumberedInTheChosenLanguage() throws Exception {
        Chart chart = Edits.setCurrency("EUR").apply(HandChart.chart());
        Analysis analysis = Analyzer.withDefaultBands().analyze(chart);
        AnalysisTables tables = new AnalysisTables(analysis, AnalysisTables.Costs.ALL);
        String englishText = AnalysisTables.text(tables.summary());
        assertTrue(englishText.startsWith("Summary\n"), englishText);
        assertTrue(englishText.contains("  Median span                    1.5\n"), englishText);
        assertTrue(englishText.contains("  Cost                           810,000 EUR (8 of 9 positions)\n"), englishText);
        String englishCsv = AnalysisTables.csv(tables.positions());

        Messages.setLocale(Locale.GERMAN);
        String german = AnalysisTables.text(tables.summary());
        assertTrue(german.startsWith("Übersicht\n  Kennzahl "), german);
        assertTrue(german.contains("  Median der Spanne  "), german);
        assertTrue(german.contains(" 1,5\n"), german);
        assertTrue(german.contains("  Kosten  ") && german.contains(" 810.000 EUR (8 von 9 Positionen)\n"), german);
        String byManager = AnalysisTables.markdown(tables.breakdown(AnalysisTables.By.MANAGER));
        assertTrue(byManager.startsWith("## Nach Führungskraft\n\n| Führungskraft | ID | Ebene | Spanne |"), byManager);
        assertTrue(byManager.contains("| CFO | cfo | 2 | 3 | 0 | 3 | 1 | 3,5 | 250.000 EUR |"), byManager);
        assertEquals(List.of("CFO (cfo): 3"), tables.extremes(1, true));
        assertEquals("Positionen in Ebene 2", AnalysisTables.distributions(analysis, analysis).rows().stream()
                .filter(r -> r.get(0).startsWith("Positionen in")).toList().get(1).get(0));
        assertEquals(englishCsv, AnalysisTables.csv(tables.positions()), "the CSV for programs is the same in German");
        assertTrue(englishCsv.contains("\r\ncfo,CFO,ceo,senior,Finance,2,3,0,3,1,1,3.5,250000\r\n"), englishCsv);

        Messages.setLocale(Locale.FRENCH);
        assertEquals(List.of("CFO (cfo) : 3"), tables.extremes(1, true));
        assertTrue(AnalysisTables.text(tables.summary()).contains("Étendue médiane"));
        Messages.setLocale(Locale.forLanguageTag("es"));
        assertTrue(AnalysisTables.markdown(tables.breakdown(AnalysisTables.By.TIER)).startsWith(
                "## Por escalón\n\n| Escalón | Puestos | Vacantes | ETC | Coste |"));
        assertEquals(englishCsv, AnalysisTables.csv(tables.positions()));
    }

    @Test
    void aCharterIsWrittenInTheChosenLanguage() throws Exception {
        Chart chart = HandChart.chart();
        dev.orgwright.model.PositionId top = chart.inTreeOrder().iterator().next().id();
        String english = RoleCharter.of(chart, top).markdown();
        assertTrue(english.contains("- Reports to: nobody (a top position)\n"), english);
        Messages.setLocale(Locale.GERMAN);
        String german = RoleCharter.of(chart, top).markdown();
        assertTrue(german.contains("- Berichtet an: niemanden (eine oberste Position)\n"), german);
        assertTrue(german.contains("\n## Entscheidungsrechte\n"), german);
        assertNotEquals(english, german);
    }

    @Test
    void theFiguresOfTheDesignsAreHeadedInTheChosenLanguage() {
        Chart chart = dev.orgwright.io.SampleCharts.leadershipTeam();
        List<ScenarioFigures.Row> rows = ScenarioFigures.rows(chart, design -> new ScenarioFigures.Findings(0, 0));
        assertEquals(List.of("Design", "Positions"), ScenarioFigures.table(rows, chart).header().subList(0, 2));
        Messages.setLocale(Locale.GERMAN);
        assertEquals(List.of("Entwurf", "Positionen"), ScenarioFigures.table(rows, chart).header().subList(0, 2));
        Messages.setLocale(Locale.forLanguageTag("es"));
        assertEquals("Advertencias", ScenarioFigures.table(rows, chart).header().get(
                ScenarioFigures.table(rows, chart).header().size() - 1));
    }
}
