package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Messages;
import dev.orgwright.model.PositionId;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --language}: help, findings and reports in the language asked for, machine output
 * (JSON) the same in every language, and the program's language as it was after the run.
 */
class CliLanguageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path withFindings() throws Exception {
        Chart chart = TestCharts.company();
        chart = Edits.addDuty(PositionId.of("head-sales"),
                Duty.of("Sets the company's strategy and approves the company budget."), -1).apply(chart);
        chart = Edits.move(PositionId.of("cfo"), PositionId.of("head-sales"), -1).apply(chart);
        return TestCharts.save(dir.resolve("acme.orgchart.json"), chart);
    }

    @Test
    void validateInGermanPrintsGermanFindingsAndTheSameJsonAsInEnglish() throws Exception {
        Path file = withFindings();

        CliRun german = CliRun.of("validate", "--language", "de", file.toString());
        CliRun english = CliRun.of("validate", file.toString());

        assertEquals(english.exitCode(), german.exitCode());
        assertTrue(german.out().contains("Warnung [duty-outside-tier] head-sales: „Head of Sales“ (Executive Management)"
                + " hat eine Aufgabe, die nach Arbeit von Senior Management klingt"), german.out());
        assertTrue(german.out().contains("    warum: "), german.out());
        assertTrue(german.out().contains("Stellen, 1 Fehler,"), german.out());
        assertFalse(german.out().contains("reads like"), german.out());
        assertTrue(english.out().contains("reads like Senior Management work"), english.out());

        CliRun germanJson = CliRun.of("--language=de", "validate", "--format", "json", file.toString());
        CliRun englishJson = CliRun.of("validate", "--format", "json", file.toString());
        assertEquals(englishJson.out(), germanJson.out());
        assertEquals(englishJson.exitCode(), germanJson.exitCode());
        assertEquals(Locale.ENGLISH, Messages.locale(), "the run leaves the program's language as it was");
    }

    @Test
    void theJsonCarriesTheDetailsAndTextShowsThemOnlyWhenAsked() throws Exception {
        Path file = withFindings();

        JsonNode report = JSON.readTree(CliRun.of("validate", "--format", "json", file.toString()).out());
        JsonNode duty = null;
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals("duty-outside-tier")) {
                duty = f;
            }
        }
        assertTrue(duty != null, report.toString());
        assertTrue(duty.get("details").asText().contains("rules.duty-outside-tier.confidence"), duty.toString());
        assertFalse(duty.get("message").asText().contains("confidence"), duty.toString());

        CliRun plain = CliRun.of("validate", file.toString());
        CliRun detailed = CliRun.of("validate", "--details", file.toString());
        assertFalse(plain.out().contains("    details: "), plain.out());
        assertTrue(detailed.out().contains("    details: "), detailed.out());
        assertTrue(detailed.out().contains("; findings are reported from 0.7 (setting rules.duty-outside-tier.confidence)."),
                detailed.out());
    }

    @Test
    void helpFollowsTheLanguageAndNumbersAreWrittenTheLanguagesWay() throws Exception {
        CliRun help = CliRun.of("--language", "fr", "validate", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Vérifie chaque FICHIER"), help.out());
        assertTrue(help.out().contains("Codes de sortie"), help.out());

        CliRun explain = CliRun.of("explain", "--language", "de", withFindings().toString(), "--position", "head-sales");
        assertTrue(explain.out().contains("Konfidenz 0,"), explain.out());
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CliRun run = CliRun.of("--language", "xx", "--help");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--language"), run.err());
    }
}
