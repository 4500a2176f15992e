package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orgwright.analysis.HandChart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.ManagerArchetype;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orgwright analyze} in its four formats, on a chart whose figures are known. */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private Path chart() throws Exception {
        return TestCharts.save(dir.resolve("hand.orgchart.json"), Edits.setCurrency("EUR").apply(HandChart.chart()));
    }

    @Test
    void jsonHasTheShapeScriptsRead() throws Exception {
        CliRun run = CliRun.of("analyze", chart().toString(), "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(9, json.get("positions").asInt());
        assertEquals(7, json.get("filled").asInt());
        assertEquals(2, json.get("vacant").asInt());
        assertEquals(4, json.get("managers").asInt());
        assertEquals(4, json.get("layers").asInt());
        assertEquals("[1,3,4,1]", json.get("perLayer").toString());
        assertEquals(1.75, json.get("spans").get("mean").asDouble());
        assertEquals(1.5, json.get("spans").get("median").asDouble());
        assertEquals("{\"band\":\"2-3\",\"managers\":2}", json.get("spans").get("bands").get(1).toString());
        assertEquals(8.5, json.get("fte").asDouble());
        assertEquals(810000, json.get("cost").asInt());
        assertEquals("EUR", json.get("currency").asText());
        assertEquals(2, json.get("singleReportManagers").asInt());
        JsonNode senior = json.get("byTier").get(0);
        assertEquals("senior", senior.get("tier").asText());
        assertEquals(3, senior.get("positions").asInt());
        assertEquals(510000, senior.get("cost").asInt());
        assertTrue(json.get("byTier").get(2).get("tier").isNull(), "positions without a tier");
        assertEquals("Finance", json.get("byDepartment").get(0).get("department").asText());
        assertEquals(4, json.get("byLayer").get(3).get("layer").asInt());
        assertFalse(json.has("byManager"));
    }

    @Test
    void jsonCountsManagersPerArchetypeAndThoseOutsideTheirTarget() throws Exception {
        var c = Edits.setCurrency("EUR").apply(HandChart.chart());
        c = Edits.setArchetype(dev.orgwright.model.PositionId.of("cfo"), ManagerArchetype.PLAYER_COACH).apply(c);
        c = Edits.setArchetype(dev.orgwright.model.PositionId.of("lead"), ManagerArchetype.PLAYER_COACH).apply(c);
        Path file = TestCharts.save(dir.resolve("typed.orgchart.json"), c);
        JsonNode archetypes = new ObjectMapper().readTree(CliRun.of("analyze", file.toString(), "--format", "json")
                .out()).get("archetypes");
        assertEquals(5, archetypes.size());
        assertEquals("{\"archetype\":\"player-coach\",\"target\":\"3-5\",\"positions\":2,\"outside\":1}",
                archetypes.get(0).toString(), "cfo's 3 fit, lead's 1 does not");
        assertEquals("{\"archetype\":\"coordinator\",\"target\":\"15+\",\"positions\":0,\"outside\":0}",
                archetypes.get(4).toString());
    }

    @Test
    void teamCostsOnlyWhenPrivateValuesAreAskedFor() throws Exception {
        Path file = chart();
        CliRun plain = CliRun.of("analyze", file.toString(), "--format", "json", "--by", "manager");
        JsonNode cfo = new ObjectMapper().readTree(plain.out()).get("byManager").get(1);
        assertEquals("cfo", cfo.get("id").asText());
        assertEquals(3, cfo.get("span").asInt());
        assertFalse(cfo.has("costOfTeam"));

        CliRun csv = CliRun.of("analyze", file.toString(), "--format", "csv");
        assertEquals("\uFEFFid,title,manager,tier,department,layer,span,assistants,below,vacancies_below,fte,fte_in_team",
                csv.outLines()[0]);
        assertEquals("cfo,CFO,ceo,senior,Finance,2,3,0,3,1,1,3.5", csv.outLines()[3]);
        assertFalse(csv.out().contains("50000"), "no position's cost without --include-private");

        CliRun open = CliRun.of("analyze", file.toString(), "--format", "csv", "--include-private");
        assertTrue(open.outLines()[0].endsWith(",cost_of_team"));
        assertEquals("cfo,CFO,ceo,senior,Finance,2,3,0,3,1,1,3.5,250000", open.outLines()[3]);
    }

    @Test
    void textAndMarkdownShowTheChosenBreakdown() throws Exception {
        Path file = chart();
        CliRun text = CliRun.of("analyze", file.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("Median span                    1.5"), text.out());
        assertTrue(text.out().contains("  Senior Management             3       0    3  510,000 EUR"), text.out());
        assertTrue(text.out().contains("Widest spans\n  CFO (cfo): 3"), text.out());

        CliRun md = CliRun.of("analyze", file.toString(), "--format", "markdown", "--by", "layer");
        assertTrue(md.out().contains("| Layer | Positions | Vacant | FTE | Cost |\n|---|---|---|---|---|\n"
                + "| 1 | 1 | 0 | 1 | 200,000 EUR |"), md.out());
    }

    @Test
    void textAndMarkdownSpeakGermanWhileCsvAndJsonStayTheSame() throws Exception {
        Path file = chart();
        CliRun text = CliRun.of("analyze", "--language", "de", file.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("Übersicht\n  Kennzahl "), text.out());
        assertTrue(text.out().contains("  Median der Spanne                                    1,5\n"), text.out());
        assertTrue(text.out().contains("  Kosten                                               810.000 EUR (8 von 9 Positionen)"),
                text.out());
        assertTrue(text.out().contains("Nach Stufe\n  Stufe  "), text.out());
        assertTrue(text.out().contains("  Senior Management              3       0    3  510.000 EUR"), text.out());
        assertFalse(text.out().contains("Median span"), text.out());

        CliRun md = CliRun.of("analyze", file.toString(), "--language", "de", "--format", "markdown", "--by", "layer");
        assertEquals(0, md.exitCode(), md.err());
        assertTrue(md.out().contains("## Übersicht\n\n| Kennzahl | Wert |\n"), md.out());
        assertTrue(md.out().contains("| FTE | 8,5 |\n"), md.out());
        assertTrue(md.out().contains("## Nach Ebene\n\n| Ebene | Positionen | Vakant | FTE | Kosten |\n|---|---|---|---|---|\n"
                + "| 1 | 1 | 0 | 1 | 200.000 EUR |"), md.out());

        for (List<String> format : List.of(List.of("--format", "csv"), List.of("--format", "csv", "--include-private"),
                List.of("--format", "json", "--by", "manager", "--include-private"))) {
            List<String> args = new java.util.ArrayList<>(List.of("analyze", file.toString()));
            args.addAll(format);
            CliRun english = CliRun.of(args.toArray(String[]::new));
            args.addAll(List.of("--language", "de"));
            CliRun german = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, german.exitCode(), german.err());
            assertEquals(english.out(), german.out(), format.toString());
            assertTrue(english.out().contains("8.5"), english.out());
        }
    }

    @Test
    void wrongUseAndBrokenFilesAreSaid() throws Exception {
        CliRun badFormat = CliRun.of("analyze", chart().toString(), "--format", "xml");
        assertEquals(2, badFormat.exitCode());
        assertTrue(badFormat.err().contains("'xml' is not a format; use text, json, markdown or csv."), badFormat.err());
        CliRun missing = CliRun.of("analyze", dir.resolve("none.orgchart.json").toString());
        assertEquals(2, missing.exitCode());
        assertFalse(missing.err().isEmpty());
        assertEquals(List.of(), List.of(missing.outLines()).stream().filter(l -> !l.isEmpty()).toList());
    }
}
