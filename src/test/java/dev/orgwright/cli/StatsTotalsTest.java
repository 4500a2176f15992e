package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orgwright stats}: the total FTE, and the total cost when any position has one. */
class StatsTotalsTest {

    @TempDir
    Path dir;

    private Path costed() throws Exception {
        Path file = dir.resolve("plan.orgchart.json");
        Files.writeString(file, """
                {"format": "orgwright.chart", "version": 1, "title": "Plan", "settings": {"currency": "GBP"},
                 "positions": [
                  {"id": "ceo", "title": "CEO", "cost": 185000},
                  {"id": "cfo", "title": "CFO", "reportsTo": "ceo", "fte": 0.5, "cost": 72500.5, "status": "planned"},
                  {"id": "agents", "title": "Support agents", "reportsTo": "ceo", "fte": 12.25},
                  {"id": "it", "title": "Head of IT", "reportsTo": "ceo", "cost": 1000000, "status": "closing"}
                 ]}""");
        return file;
    }

    @Test
    void textTotalsFteAndCostAndSaysHowManyPositionsHaveACost() throws Exception {
        CliRun run = CliRun.of("stats", costed().toString());

        assertEquals(0, run.exitCode(), run.err());
        Map<String, String> rows = rows(run);
        assertEquals("14.75", rows.get("FTE"));
        assertEquals("1,257,500.5 GBP (3 of 4 positions)", rows.get("Cost"));
    }

    @Test
    void jsonHasFteAndCostAsNumbers() throws Exception {
        CliRun run = CliRun.of("stats", "--json", costed().toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.get("fte").isNumber(), run.out());
        assertEquals(new BigDecimal("14.75"), json.get("fte").decimalValue());
        assertEquals(new BigDecimal("1257500.5"), json.get("cost").decimalValue());
        assertEquals(3, json.get("positionsWithCost").asInt());
        assertEquals("GBP", json.get("currency").asText());
    }

    @Test
    void aChartWithoutCostsSaysNoCost() throws Exception {
        Path file = TestCharts.save(dir.resolve("acme.orgchart.json"), TestCharts.company());

        CliRun text = CliRun.of("stats", file.toString());
        CliRun json = CliRun.of("stats", "--json", file.toString());

        assertEquals("11", rows(text).get("FTE"));
        assertFalse(rows(text).containsKey("Cost"), text.out());
        JsonNode node = new ObjectMapper().readTree(json.out());
        assertEquals(11, node.get("fte").asInt());
        assertTrue(node.get("cost").isNull(), json.out());
        assertEquals(0, node.get("positionsWithCost").asInt());
        assertTrue(node.get("currency").isNull(), json.out());
    }

    @Test
    void costsWithoutACurrencyArePlainNumbersAndACompleteCountIsNotRepeated() throws Exception {
        Path file = dir.resolve("two.orgchart.json");
        Files.writeString(file, """
                {"format": "orgwright.chart", "version": 1, "positions": [
                  {"id": "a", "title": "A", "cost": 1000.125},
                  {"id": "b", "title": "B", "cost": 0.875, "fte": 0.3333}
                ]}""");

        Map<String, String> rows = rows(CliRun.of("stats", file.toString()));

        assertEquals("1,001", rows.get("Cost"));
        assertEquals("1.3333", rows.get("FTE"));
    }

    private static Map<String, String> rows(CliRun run) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : run.outLines()) {
            int colon = line.indexOf(':');
            rows.put(line.substring(0, colon), line.substring(colon + 1).strip());
        }
        return rows;
    }
}
