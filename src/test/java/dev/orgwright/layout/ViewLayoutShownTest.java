package dev.orgwright.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.orgwright.model.Chart;
import dev.orgwright.model.ChartBuilder;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.SavedView;
import dev.orgwright.model.Templates;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The part of a chart a view shows, cut out as a chart of its own for the outputs that list positions. */
class ViewLayoutShownTest {

    private static PositionId id(String value) {
        return PositionId.of(value);
    }

    private static Position at(String id, String manager, String... dotted) {
        return Position.of(id, id.toUpperCase(), "senior").withReportsTo(manager == null ? null : id(manager))
                .withDottedLines(java.util.Arrays.stream(dotted).map(PositionId::of).toList());
    }

    /** ceo → (cfo → fin), (coo → ops → (a, b)); fin has a dotted line to coo, a to cfo. */
    private static Chart company() throws Exception {
        return Chart.builder().title("Acme").tiers(Templates.leadershipTeam())
                .add(at("ceo", null)).add(at("cfo", "ceo")).add(at("fin", "cfo", "coo")).add(at("coo", "ceo"))
                .add(at("ops", "coo")).add(at("a", "ops", "cfo")).add(at("b", "ops")).build();
    }

    private static List<String> ids(Chart chart) {
        List<String> out = new ArrayList<>();
        chart.inTreeOrder().forEach(p -> out.add(p.id().value()));
        return out;
    }

    @Test
    void aRootsTeamWithoutItsFoldedTeamsInTreeOrder() throws Exception {
        Chart chart = company();
        Chart shown = ViewLayout.shown(chart, id("coo"), Set.of(id("ops")));
        assertEquals(List.of("coo", "ops"), ids(shown));
        assertNull(shown.position(id("coo")).reportsTo(), "the root reports to no one");
        assertEquals("Acme", shown.title());

        Chart team = ViewLayout.shown(chart, id("coo"), Set.of());
        assertEquals(List.of("coo", "ops", "a", "b"), ids(team));
        assertEquals(List.of(), team.position(id("a")).dottedLines(), "a dotted line out of the team is dropped");
    }

    @Test
    void aDepthFoldsTheLastLevelAndTheWholeChartIsItselfWhenNothingIsChosen() throws Exception {
        Chart chart = company();
        Set<PositionId> folded = ViewLayout.folded(chart, new SavedView(null, null, 2, null, null, null, List.of(),
                List.of()));
        Chart shown = ViewLayout.shown(chart, null, folded);
        assertEquals(List.of("ceo", "cfo", "coo"), ids(shown));
        assertEquals(List.of(), shown.position(id("cfo")).dottedLines());
        assertSame(chart, ViewLayout.shown(chart, null, Set.of()));
        assertEquals(List.of(id("coo")), chart.position(id("fin")).dottedLines());
        assertEquals(List.of(), ViewLayout.shown(chart, id("fin"), Set.of()).position(id("fin")).dottedLines(),
                "fin alone keeps no dotted line");
        assertThrows(IllegalArgumentException.class, () -> ViewLayout.shown(chart, id("nobody"), Set.of()));
    }

    @Test
    void aChainOfOneHundredThousandIsCutWithoutRecursion() throws Exception {
        ChartBuilder builder = Chart.builder().title("Chain").tiers(Templates.leadershipTeam());
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            builder.add(at("p" + i, i == 0 ? null : "p" + (i - 1)));
        }
        Chart chain = builder.build();
        Chart shown = ViewLayout.shown(chain, id("p10"), Set.of(id("p99990")));
        assertEquals(99_990 - 10 + 1, shown.size());
    }
}
