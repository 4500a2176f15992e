package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orgwright.io.ChartFiles;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Scenario;
import dev.orgwright.model.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scenarios}, {@code scenario extract} and {@code diff --old-scenario/--new-scenario}. */
class ScenarioCommandsTest {

    @TempDir
    Path dir;

    /** The company with "Lean" (no advisor, the CFO post filled) and "Lean plus" (also no marketing head). */
    private Path companyWithScenarios() throws Exception {
        Chart chart = Scenarios.add(TestCharts.company(), "Lean", "Fewer posts", null);
        Scenario lean = chart.scenarios().get(0);
        Chart leanChart = Edits.removeWithSubtree(PositionId.of("advisor")).apply(lean.chart());
        leanChart = Edits.setHolder(PositionId.of("cfo"), "Omar Haddad").apply(leanChart);
        chart = Scenarios.replace(chart, lean.withChart(leanChart));
        chart = Scenarios.add(chart, "Lean plus", "", "lean");
        Scenario plus = chart.scenarios().get(1);
        chart = Scenarios.replace(chart, plus.withChart(
                Edits.removeWithSubtree(PositionId.of("head-mkt")).apply(plus.chart())));
        return TestCharts.save(dir.resolve("acme.orgchart.json"), chart);
    }

    @Test
    void scenariosListsTheCurrentStateAndEveryScenarioWithTheirFigures() throws Exception {
        Path file = companyWithScenarios();

        CliRun run = CliRun.of("scenarios", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.outLines();
        String current = line(lines, "Current state");
        String lean = line(lines, "Lean ");
        String plus = line(lines, "Lean plus");
        assertTrue(current.matches("\\s*Current state\\s+11\\s+2\\s+.*"), current);
        assertTrue(lean.matches("\\s*Lean\\s+10\\s+1\\s+.*"), lean);
        assertTrue(plus.matches("\\s*Lean plus\\s+9\\s+1\\s+.*"), plus);
        assertTrue(run.out().contains("Median span") && run.out().contains("Warnings"), run.out());
    }

    @Test
    void scenariosAsJsonAndMarkdown() throws Exception {
        Path file = companyWithScenarios();

        CliRun json = CliRun.of("scenarios", file.toString(), "--format", "json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode designs = new ObjectMapper().readTree(json.out()).get("designs");
        assertEquals(3, designs.size());
        assertTrue(designs.get(0).get("id").isNull());
        assertEquals("lean", designs.get(2).get("basedOn").asText());
        assertEquals(11, designs.get(0).get("positions").asInt());
        assertEquals(9, designs.get(2).get("positions").asInt());
        assertEquals(1, designs.get(1).get("vacancies").asInt());

        CliRun md = CliRun.of("scenarios", file.toString(), "--format", "markdown");
        assertEquals(0, md.exitCode(), md.err());
        assertTrue(md.out().contains("| Lean plus | 9 | 1 |"), md.out());

        CliRun bad = CliRun.of("scenarios", file.toString(), "--format", "csv");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("'csv' is not a format; use text, json or markdown."), bad.err());
    }

    @Test
    void extractWritesAScenarioAsAPlainChartByIdOrName() throws Exception {
        Path file = companyWithScenarios();
        Path out = dir.resolve("plus.orgchart.json");

        CliRun run = CliRun.of("scenario", "extract", file.toString(), "lean plus", "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        Chart extracted = ChartFiles.load(out);
        assertEquals(9, extracted.size());
        assertTrue(extracted.scenarios().isEmpty());
        assertFalse(extracted.contains(PositionId.of("head-mkt")));
        assertEquals("Acme leadership", extracted.title());
        assertEquals(0, CliRun.of("scenario", "extract", file.toString(), "lean", "--out", out.toString()).exitCode());
        assertEquals("Omar Haddad", ChartFiles.load(out).position(PositionId.of("cfo")).holder());
    }

    @Test
    void anUnknownScenarioIsRefusedWithTheKnownOnesAndNothingIsWritten() throws Exception {
        Path file = companyWithScenarios();
        Path out = dir.resolve("x.orgchart.json");

        CliRun run = CliRun.of("scenario", "extract", file.toString(), "Growth", "--out", out.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("the chart has no scenario 'Growth'; its scenarios are 'lean' (Lean),"
                + " 'lean-plus' (Lean plus)."), run.err());
        assertFalse(Files.exists(out));
        CliRun diff = CliRun.of("diff", file.toString(), "--new-scenario", "Growth");
        assertEquals(2, diff.exitCode());
        assertTrue(diff.err().contains("no scenario 'Growth'"), diff.err());
    }

    @Test
    void diffComparesAScenarioOnEitherSide() throws Exception {
        Path file = companyWithScenarios();
        Path plain = TestCharts.save(dir.resolve("plain.orgchart.json"), TestCharts.company());

        CliRun run = CliRun.of("diff", file.toString(), "--old-scenario", "lean", "--new-scenario", "Lean plus");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("(scenario lean) -> "), run.out());
        assertTrue(run.out().contains("Head of Marketing"), run.out());
        assertFalse(run.out().contains("Board Advisor"), "only what differs between the two scenarios: " + run.out());

        CliRun fromFile = CliRun.of("diff", plain.toString(), file.toString(), "--new-scenario", "lean");
        assertEquals(1, fromFile.exitCode(), fromFile.err());
        assertTrue(fromFile.out().contains("Board Advisor"), fromFile.out());

        CliRun same = CliRun.of("diff", file.toString(), plain.toString());
        assertEquals(0, same.exitCode(), "without a scenario, the current states: " + same.out());
    }

    @Test
    void formatKeepsEveryScenario() throws Exception {
        Path file = companyWithScenarios();
        byte[] before = Files.readAllBytes(file);

        assertEquals(0, CliRun.of("format", "--check", file.toString()).exitCode(), "saved in canonical form");
        assertEquals(0, CliRun.of("format", file.toString()).exitCode());

        assertEquals(new String(before, java.nio.charset.StandardCharsets.UTF_8),
                Files.readString(file), "the scenarios are written back unchanged");
        assertEquals(2, ChartFiles.load(file).scenarios().size());
    }

    private static String line(String[] lines, String start) {
        for (String l : lines) {
            if (l.strip().startsWith(start.strip()) && (start.endsWith(" ") ? !l.strip().startsWith(start.strip() + " plus") : true)) {
                return l;
            }
        }
        throw new AssertionError("no line starting " + start + " in " + String.join("\n", lines));
    }
}
