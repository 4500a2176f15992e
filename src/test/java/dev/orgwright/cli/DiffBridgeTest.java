package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orgwright.analysis.HandChart;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orgwright diff} gives the head count, FTE and cost bridge and the spans and layers side by side. */
class DiffBridgeTest {

    @TempDir
    Path dir;

    private Path current;
    private Path proposal;

    /** The proposal closes a vacant accountant post, moves the lead under the CFO and raises the CFO's pay. */
    @BeforeEach
    void charts() throws Exception {
        Chart chart = Edits.setCurrency("EUR").apply(HandChart.chart());
        current = TestCharts.save(dir.resolve("current.orgchart.json"), chart);
        Chart proposed = Edits.sequence("Proposal", List.of(Edits.removeWithSubtree(PositionId.of("acc2")),
                Edits.move(PositionId.of("lead"), PositionId.of("cfo"), -1),
                Edits.setCost(PositionId.of("cfo"), new BigDecimal("155000")))).apply(chart);
        proposal = TestCharts.save(dir.resolve("proposal.orgchart.json"), proposed);
    }

    @Test
    void jsonHasTheBridgeAndTheDistributions() throws Exception {
        CliRun run = CliRun.of("diff", current.toString(), proposal.toString(), "--format", "json");

        assertEquals(1, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode positions = json.get("bridge").get("positions");
        assertEquals(9, positions.get("before").asInt());
        assertEquals(8, positions.get("after").asInt());
        assertEquals(0, positions.get("added").asInt());
        assertEquals(1, positions.get("closed").asInt());
        assertEquals(1, positions.get("moved").asInt());
        assertEquals(1, positions.get("changed").asInt());
        assertEquals("{\"before\":810000,\"after\":765000}", json.get("bridge").get("cost").toString(),
                "the totals only: what one change costs would tell a salary");
        assertEquals(7.5, json.get("bridge").get("fte").get("after").asDouble());
        assertEquals("{\"band\":\"1\",\"before\":2,\"after\":1}", json.get("spans").get("bands").get(0).toString());
        assertEquals("[1,3,4,1]", json.get("perLayer").get("before").toString());
        assertEquals("[1,3,3,1]", json.get("perLayer").get("after").toString());

        CliRun open = CliRun.of("diff", current.toString(), proposal.toString(), "--format", "json",
                "--include-private");
        JsonNode cost = new ObjectMapper().readTree(open.out()).get("bridge").get("cost");
        assertEquals(50000, cost.get("closed").asInt());
        assertEquals(5000, cost.get("changed").asInt());
    }

    @Test
    void textAndMarkdownShowTheBridge() {
        CliRun text = CliRun.of("diff", current.toString(), proposal.toString());
        assertTrue(text.out().contains("Bridge from current to proposed"), text.out());
        assertTrue(text.out().matches("(?s).*Positions +9 +\\+0 +−1 +1 moved, 1 changed +8\\n.*"), text.out());
        assertTrue(text.out().matches("(?s).*Cost EUR +810,000 +765,000\\n.*"), text.out());
        assertFalse(text.out().contains("50,000"));

        CliRun md = CliRun.of("diff", current.toString(), proposal.toString(), "--format", "markdown",
                "--include-private");
        assertTrue(md.out().contains("| Cost EUR | 810,000 | +0 | −50,000 | +5,000 | 765,000 |"), md.out());
        assertTrue(md.out().contains("| Positions in layer 3 | 4 | 3 |"), md.out());
    }
}
