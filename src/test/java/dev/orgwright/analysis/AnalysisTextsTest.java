package dev.orgwright.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Messages;
import dev.orgwright.model.TextBundleAudit;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The analysis's texts: complete in English, German, French and Spanish, every key used, and the
 * figures table of the designs headed in the chosen language.
 */
class AnalysisTextsTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/orgwright/analysis");
    private static final Path BUNDLES = Path.of("src/main/resources/dev/orgwright/analysis");

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
