package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orgwright.model.Chart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {

    @TempDir
    Path dir;

    @Test
    void textShowsTheFiguresOfTheChart() throws Exception {
        Path file = TestCharts.save(dir.resolve("acme.orgchart.json"), TestCharts.company());

        CliRun run = CliRun.of("stats", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        Map<String, String> rows = rows(run);
        assertEquals("Acme leadership", rows.get("Chart"));
        assertEquals("11", rows.get("Positions"));
        assertEquals("2", rows.get("Roots"));
        assertEquals("4 levels", rows.get("Depth"));
        assertEquals("2", rows.get("Vacancies"));
        assertEquals("3", rows.get("  Senior Management"));
        assertEquals("5", rows.get("  Executive Management"));
        assertEquals("1", rows.get("  Staff"));
        assertEquals("2", rows.get("  no tier"));
        assertEquals("Chief Operating Officer (coo), 4 direct reports", rows.get("Largest span of control"));
        assertEquals("1", rows.get("Assistants"));
        assertEquals("3", rows.get("Dotted lines"));
    }

    @Test
    void textTiersComeInRankOrderAndValuesShareOneColumn() throws Exception {
        Path file = TestCharts.save(dir.resolve("acme.orgchart.json"), TestCharts.company());

        String[] lines = CliRun.of("stats", file.toString()).outLines();

        String tiers = String.join("|", Arrays.stream(lines).filter(l -> l.startsWith("  "))
                .map(l -> l.substring(0, l.indexOf(':')).strip()).toList());
        assertEquals("Senior Management|Executive Management|Staff|no tier", tiers);
        long columns = Arrays.stream(lines).filter(l -> !l.endsWith(":"))
                .mapToInt(l -> l.indexOf(':') + 1 + countSpaces(l.substring(l.indexOf(':') + 1)))
                .distinct().count();
        assertEquals(1, columns, String.join("\n", lines));
    }

    @Test
    void noTierRowIsLeftOutWhenEveryPositionHasATier() throws Exception {
        Path file = TestCharts.save(dir.resolve("chain.orgchart.json"), TestCharts.chain(3));

        CliRun run = CliRun.of("stats", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(!run.out().contains("no tier"), run.out());
        assertEquals("0", rows(run).get("  Senior Management"));
        assertEquals("3", rows(run).get("  Executive Management"));
    }

    @Test
    void jsonHasTheSameFigures() throws Exception {
        Path file = TestCharts.save(dir.resolve("acme.orgchart.json"), TestCharts.company());

        CliRun run = CliRun.of("stats", "--json", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\n  \"positions\" : 11"), "pretty-printed: " + run.out());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(file.toString(), json.get("file").asText());
        assertEquals("Acme leadership", json.get("title").asText());
        assertEquals(11, json.get("positions").asInt());
        assertEquals(2, json.get("roots").asInt());
        assertEquals(4, json.get("depth").asInt());
        assertEquals(2, json.get("vacancies").asInt());
        assertEquals(1, json.get("assistants").asInt());
        assertEquals(3, json.get("dottedLines").asInt());
        JsonNode tiers = json.get("positionsPerTier");
        assertEquals(4, tiers.size());
        assertEquals("senior", tiers.get(0).get("tier").asText());
        assertEquals("Senior Management", tiers.get(0).get("name").asText());
        assertEquals(3, tiers.get(0).get("positions").asInt());
        assertEquals(5, tiers.get(1).get("positions").asInt());
        assertEquals("staff", tiers.get(2).get("tier").asText());
        assertEquals(1, tiers.get(2).get("positions").asInt());
        assertTrue(tiers.get(3).get("tier").isNull());
        assertEquals("no tier", tiers.get(3).get("name").asText());
        assertEquals(2, tiers.get(3).get("positions").asInt());
        JsonNode span = json.get("largestSpanOfControl");
        assertEquals("coo", span.get("id").asText());
        assertEquals("Chief Operating Officer", span.get("title").asText());
        assertEquals(4, span.get("directReports").asInt());
    }

    @Test
    void anEmptyChartHasNoLargestSpan() throws Exception {
        Path file = dir.resolve("empty.orgchart.json");
        Files.writeString(file, "{\"format\": \"orgwright.chart\", \"version\": 1, \"positions\": []}");

        CliRun text = CliRun.of("stats", file.toString());
        CliRun json = CliRun.of("stats", "--json", file.toString());

        assertEquals(0, text.exitCode(), text.err());
        assertEquals("none (no position has reports)", rows(text).get("Largest span of control"));
        assertEquals("0 levels", rows(text).get("Depth"));
        JsonNode node = new ObjectMapper().readTree(json.out());
        assertTrue(node.get("largestSpanOfControl").isNull());
        assertEquals(0, node.get("depth").asInt());
    }

    @Test
    void aChainOfOneHundredThousandPositionsIsMeasured() throws Exception {
        Path file = TestCharts.save(dir.resolve("chain.orgchart.json"), TestCharts.chain(100_000));

        CliRun run = CliRun.of("stats", "--json", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(100_000, json.get("positions").asInt());
        assertEquals(100_000, json.get("depth").asInt());
        assertEquals(1, json.get("largestSpanOfControl").get("directReports").asInt());
    }

    @Test
    void countingUsesNoCallStackPerLevel() throws Exception {
        Chart chain = TestCharts.chain(100_000);
        AtomicReference<Object> result = new AtomicReference<>();
        // A 256 KB stack overflows after a few thousand frames: recursion per level would fail here.
        Thread small = new Thread(null, () -> {
            try {
                result.set(ChartStatistics.of(chain));
            } catch (Throwable t) {
                result.set(t);
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();

        assertTrue(result.get() instanceof ChartStatistics, String.valueOf(result.get()));
        assertEquals(100_000, ((ChartStatistics) result.get()).depth());
    }

    @Test
    void anUnreadableFileExitsWithTwoAndNoFigures() {
        CliRun run = CliRun.of("stats", dir.resolve("missing.orgchart.json").toString());

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("does not exist"), run.err());
    }

    /** "Label:   value" lines as a map; a heading line ("Positions per tier:") has no value. */
    private static Map<String, String> rows(CliRun run) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : run.outLines()) {
            int colon = line.indexOf(':');
            rows.put(line.substring(0, colon), line.substring(colon + 1).strip());
        }
        return rows;
    }

    private static int countSpaces(String s) {
        int n = 0;
        while (n < s.length() && s.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    @Test
    void aHolderWhoIsNotDisclosedIsNoVacancy() throws Exception {
        Chart company = TestCharts.company();
        dev.orgwright.model.Position vacant = null;
        for (dev.orgwright.model.Position p : company.inTreeOrder()) {
            if (p.isVacant() && vacant == null) {
                vacant = p;
            }
        }
        Chart withheld = dev.orgwright.model.Edits.setHolderNotDisclosed(vacant.id()).apply(company);
        Path file = TestCharts.save(dir.resolve("withheld.orgchart.json"), withheld);

        JsonNode json = new ObjectMapper().readTree(CliRun.of("stats", "--json", file.toString()).out());

        assertEquals(1, json.get("vacancies").asInt(), "one of the two vacancies is now filled, by someone undisclosed");
        assertEquals(11, json.get("positions").asInt());
    }
}
