package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Templates;
import dev.orgwright.model.Tier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default template grew a Staff tier; a chart keeps the tiers its file lists. */
class OwnTiersTest {

    private static final String TWO_TIERS = """
            {
              "format": "orgwright.chart",
              "version": 1,
              "title": "Made before Staff",
              "tiers": [
                {"id": "senior", "name": "Senior Management", "rank": 1},
                {"id": "executive", "name": "Executive Management", "rank": 2}
              ],
              "positions": [
                {"id": "ceo", "title": "CEO", "tier": "senior"},
                {"id": "clerk", "title": "Clerk", "reportsTo": "ceo"}
              ]
            }
            """;

    private static final String NO_TIERS = """
            {"format": "orgwright.chart", "version": 1, "title": "No tiers listed",
             "positions": [{"id": "clerk", "title": "Clerk", "tier": "staff"}]}
            """;

    @Test
    void aChartThatListsItsOwnTiersKeepsThemAndItsUntieredPositions() throws Exception {
        Chart chart = ChartReader.read(TWO_TIERS.getBytes(StandardCharsets.UTF_8), "two.orgchart.json");
        assertEquals(List.of("senior", "executive"), chart.tiers().stream().map(Tier::id).toList());
        assertEquals(null, chart.position(dev.orgwright.model.PositionId.of("clerk")).tierId());
    }

    @Test
    void theBuiltInSampleKeepsTheTwoTiersItsFileLists() {
        assertEquals(List.of("senior", "executive"),
                SampleCharts.leadershipTeam().tiers().stream().map(Tier::id).toList());
    }

    @Test
    void aChartThatListsNoTiersHasTheDefaultTemplatesThreeTiers() throws Exception {
        Chart chart = ChartReader.read(NO_TIERS.getBytes(StandardCharsets.UTF_8), "none.orgchart.json");
        assertEquals(Templates.leadershipTeam(), chart.tiers());
        assertEquals(Templates.STAFF, chart.position(dev.orgwright.model.PositionId.of("clerk")).tierId());
    }
}
