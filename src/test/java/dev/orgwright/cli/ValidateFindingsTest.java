package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tier rules through {@code validate} and {@code explain}: what they print and how they exit. */
class ValidateFindingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The company chart with its Head of Sales deciding on restructuring and its CFO under a head. */
    private Path withFindings() throws Exception {
        Chart chart = TestCharts.company();
        chart = Edits.addDuty(PositionId.of("head-sales"), Duty.of("Decides on restructuring the whole company"), -1)
                .apply(chart);
        chart = Edits.move(PositionId.of("cfo"), PositionId.of("head-sales"), -1).apply(chart);
        return TestCharts.save(dir.resolve("acme.orgchart.json"), chart);
    }

    @Test
    void anErrorFindingMakesTheExitCodeOneAndEveryFindingSaysWhyAndHowToFixIt() throws Exception {
        Path file = withFindings();

        CliRun run = CliRun.of("validate", file.toString());

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains(": error [manager-lower-tier] cfo: 'Chief Financial Officer' (Senior Management)"
                + " reports to 'Head of Sales' (Executive Management), a lower tier."), run.out());
        assertTrue(run.out().contains("warning [duty-outside-tier] head-sales: 'Head of Sales'"), run.out());
        assertTrue(run.out().contains("    fix: Move 'Chief Financial Officer' under 'Chief Operating Officer'"),
                run.out());
        assertTrue(run.out().contains("    why: "), run.out());
        assertEquals("", run.err());
    }

    @Test
    void jsonOutputListsFindingsWithRuleSeverityPositionMessageAndFix() throws Exception {
        Path file = withFindings();

        CliRun run = CliRun.of("validate", "--format", "json", file.toString());

        assertEquals(1, run.exitCode());
        JsonNode report = JSON.readTree(run.out());
        assertEquals(file.toString(), report.get("file").asText());
        JsonNode error = null;
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals("manager-lower-tier")) {
                error = f;
            }
        }
        assertTrue(error != null, run.out());
        assertEquals("error", error.get("severity").asText());
        assertEquals("cfo", error.get("position").asText());
        assertEquals("Move 'Chief Financial Officer' under 'Chief Operating Officer'", error.get("fix").asText());
        assertEquals(1, report.get("summary").get("errors").asInt());
        assertEquals(11, report.get("summary").get("positions").asInt());
        assertEquals(report.get("findings").size(), report.get("summary").get("errors").asInt()
                + report.get("summary").get("warnings").asInt() + report.get("summary").get("infos").asInt());
    }

    @Test
    void explainShowsTheMatchedResponsibilityTierScoreAndWords() throws Exception {
        Path file = withFindings();

        CliRun run = CliRun.of("explain", file.toString(), "--position", "head-sales", "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode duties = JSON.readTree(run.out()).get("duties");
        assertEquals(1, duties.size());
        JsonNode d = duties.get(0);
        assertEquals("head-sales", d.get("position").asText());
        assertEquals("Decides on restructuring the whole company", d.get("duty").asText());
        assertEquals("restructuring", d.get("responsibility").asText());
        assertEquals("senior", d.get("tier").asText());
        assertTrue(d.get("score").asDouble() > 1.6, d.toString());
        assertTrue(d.get("words").toString().contains("restructuring"), d.toString());
        assertFalse(d.get("linked").asBoolean());
    }

    @Test
    void explainInTextNamesEachPositionAndDuty() throws Exception {
        Path file = withFindings();

        CliRun run = CliRun.of("explain", file.toString());

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("head-sales 'Head of Sales' (Executive Management)"), run.out());
        assertTrue(run.out().contains("-> restructuring (Senior Management), score "), run.out());
    }

    @Test
    void explainShowsEachSentenceAsADutyWithItsScopeOrAsNotADutyAndWhy() throws Exception {
        Chart chart = TestCharts.company();
        chart = Edits.addDuty(PositionId.of("head-sales"), Duty.of("The sales team covers the north. Approves the"
                + " company's annual budget. Not defined"), -1).apply(chart);
        Path file = TestCharts.save(dir.resolve("sentences.orgchart.json"), chart);

        CliRun text = CliRun.of("explain", file.toString(), "--position", "head-sales");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("sentence \"The sales team covers the north.\""), text.out());
        assertTrue(text.out().contains("-> not a duty: It describes a team, a service or a fact"), text.out());
        assertTrue(text.out().contains("-> Senior Management (the whole organisation, words: the company, budget),"
                + " confidence 0.95"), text.out());
        assertTrue(text.out().contains("-> not a duty: It says only \"Not defined\""), text.out());

        CliRun json = CliRun.of("explain", file.toString(), "--position", "head-sales", "--format", "json");
        JsonNode duties = JSON.readTree(json.out()).get("duties");
        JsonNode sentences = duties.get(duties.size() - 1).get("sentences");
        assertEquals(3, sentences.size(), json.out());
        assertFalse(sentences.get(0).get("duty").asBoolean());
        assertTrue(sentences.get(0).get("reason").asText().startsWith("It describes"), json.out());
        assertEquals("senior", sentences.get(1).get("tier").asText());
        assertEquals("whole-organisation", sentences.get(1).get("scope").asText());
        assertEquals(0.95, sentences.get(1).get("confidence").asDouble(), 1e-9);
        assertTrue(sentences.get(1).get("reason").isNull());
    }

    @Test
    void explainOfAnUnknownPositionFailsClearly() throws Exception {
        Path file = withFindings();

        CliRun run = CliRun.of("explain", file.toString(), "--position", "nobody");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("there is no position with id 'nobody'"), run.err());
    }
}
