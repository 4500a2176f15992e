package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pool (a position of more than one FTE) counts as its FTE in stats and in the comparison. */
class PoolFiguresTest {

    @TempDir
    Path dir;

    @Test
    void statsCountAPoolAsItsFte() throws Exception {
        Chart company = TestCharts.company();
        Chart pooled = Edits.setFte(PositionId.of("advisor"), new BigDecimal("12.5")).apply(company);

        ChartStatistics before = ChartStatistics.of(company);
        ChartStatistics after = ChartStatistics.of(pooled);

        assertEquals(before.positions(), after.positions());
        assertEquals(0, before.fte().add(new BigDecimal("11.5")).compareTo(after.fte()));
        assertTrue(StatsCommand.asText(after).contains("FTE:") && StatsCommand.asText(after)
                .contains(after.fte().toPlainString()), StatsCommand.asText(after));
    }

    @Test
    void theComparisonSaysHowTheFteChangedWhenAPoolIsAdded() throws Exception {
        Chart company = TestCharts.company();
        Path current = TestCharts.save(dir.resolve("current.orgchart.json"), company);
        Chart proposed = Edits.add(TestCharts.position("tax", "Tax Officer", "", "staff", "ceo", false)
                .withFte(new BigDecimal("20")), -1).apply(company);
        Path proposal = TestCharts.save(dir.resolve("proposal.orgchart.json"), proposed);
        BigDecimal was = ChartStatistics.of(company).fte();

        CliRun run = CliRun.of("diff", current.toString(), proposal.toString());

        List<String> lines = List.of(run.outLines());
        assertEquals(current + " -> " + proposal + ": 1 change: 1 added; FTE " + was.toPlainString() + " → "
                + was.add(new BigDecimal("20")).toPlainString() + ".", lines.get(0));
    }
}
