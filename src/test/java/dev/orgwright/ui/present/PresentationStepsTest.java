package dev.orgwright.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PresentationStepsTest {

    private static Position at(String id, String tier, String manager) {
        Position p = Position.of(id, id.toUpperCase(), tier);
        return manager == null ? p : p.withReportsTo(PositionId.of(manager));
    }

    /** CEO over CTO and CFO (senior); the CTO has a head of engineering with a team, and a lone head of IT. */
    private static Chart tiered() throws Exception {
        return Chart.builder().title("Acme").tiers(Templates.leadershipTeam())
                .add(at("ceo", Templates.SENIOR, null))
                .add(at("cto", Templates.SENIOR, "ceo"))
                .add(at("eng", Templates.EXECUTIVE, "cto"))
                .add(at("dev1", Templates.EXECUTIVE, "eng"))
                .add(at("dev2", Templates.EXECUTIVE, "eng"))
                .add(at("it", Templates.EXECUTIVE, "cto"))
                .add(at("cfo", Templates.SENIOR, "ceo"))
                .add(at("fin", Templates.EXECUTIVE, "cfo"))
                .build();
    }

    private static ChartLayout layout(Chart chart, Set<PositionId> collapsed) {
        return new TreeLayout().layout(chart, CardSizer.fixed(180, 64), collapsed);
    }

    private static Box union(ChartLayout layout, String... ids) {
        double l = Double.MAX_VALUE, t = Double.MAX_VALUE, r = -Double.MAX_VALUE, b = -Double.MAX_VALUE;
        for (String id : ids) {
            Box x = layout.box(PositionId.of(id)).orElseThrow();
            l = Math.min(l, x.x());
            t = Math.min(t, x.y());
            r = Math.max(r, x.right());
            b = Math.max(b, x.bottom());
        }
        return new Box(l, t, r - l, b - t);
    }

    @Test
    void wholeChartThenEachSeniorPartThenTheirReportsWithTeams() throws Exception {
        Chart chart = tiered();
        ChartLayout layout = layout(chart, Set.of());
        List<PresentationSteps.Step> steps = PresentationSteps.of(chart, layout);

        // The CEO's part is the whole chart, so it is not shown twice; the head of IT has no team.
        assertEquals(List.of("Acme", "CTO", "CFO", "ENG"), steps.stream().map(PresentationSteps.Step::caption).toList());
        assertEquals(layout.bounds(), steps.get(0).bounds());
        assertEquals(union(layout, "cto", "eng", "dev1", "dev2", "it"), steps.get(1).bounds());
        assertEquals(union(layout, "cfo", "fin"), steps.get(2).bounds());
        assertEquals(union(layout, "eng", "dev1", "dev2"), steps.get(3).bounds());
    }

    @Test
    void collapsedTeamsAreNotVisitedAndTheirBoundsStopAtTheManager() throws Exception {
        Chart chart = tiered();
        ChartLayout layout = layout(chart, Set.of(PositionId.of("cto")));
        List<PresentationSteps.Step> steps = PresentationSteps.of(chart, layout);

        assertEquals(List.of("Acme", "CTO", "CFO"), steps.stream().map(PresentationSteps.Step::caption).toList());
        assertEquals(layout.box(PositionId.of("cto")).orElseThrow(), steps.get(1).bounds());
    }

    @Test
    void withoutTiersTheRootsReportsAreTheSeniorPositions() throws Exception {
        Chart chart = Chart.builder().title("").tiers(Templates.leadershipTeam())
                .add(at("boss", null, null))
                .add(at("a", null, "boss"))
                .add(at("a1", null, "a"))
                .add(at("a11", null, "a1"))
                .add(at("b", null, "boss"))
                .build();
        ChartLayout layout = layout(chart, Set.of());

        assertEquals(List.of(PositionId.of("a"), PositionId.of("b")), PresentationSteps.seniorPositions(chart));
        List<PresentationSteps.Step> steps = PresentationSteps.of(chart, layout);
        assertEquals(List.of("The whole chart", "A", "B", "A1"),
                steps.stream().map(PresentationSteps.Step::caption).toList());
        assertTrue(steps.get(3).bounds().height() > 64, "A1's part holds A11 below it");
    }

    @Test
    void anEmptyChartHasOneStep() {
        Chart chart = Chart.empty("Nothing yet", Templates.leadershipTeam());
        assertEquals(1, PresentationSteps.of(chart, layout(chart, Set.of())).size());
    }
}
