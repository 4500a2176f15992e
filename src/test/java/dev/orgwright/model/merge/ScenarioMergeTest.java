package dev.orgwright.model.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Scenario;
import dev.orgwright.model.Scenarios;
import dev.orgwright.model.Templates;
import dev.orgwright.model.TierEdits;
import dev.orgwright.model.UnknownFields;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scenarios of a merge, one rule each: what the merged chart keeps of them, and the conflicts. */
class ScenarioMergeTest {

    private static final PositionId CEO = PositionId.of("ceo");
    private static final PositionId CFO = PositionId.of("cfo");
    private static final PositionId CTO = PositionId.of("cto");
    private static final PositionId DEV = PositionId.of("dev");
    private static final PositionId QA = PositionId.of("qa");

    /** ceo > (cfo, cto > (dev, qa)), with the scenarios "Lean" and "Growth" made from it. */
    private static Chart base() throws Exception {
        Chart chart = Chart.builder().title("Acme").tiers(Templates.leadershipTeam())
                .add(position("ceo", "Chief Executive Officer", null))
                .add(position("cfo", "Chief Financial Officer", "ceo"))
                .add(position("cto", "Chief Technology Officer", "ceo"))
                .add(position("dev", "Head of Development", "cto"))
                .add(position("qa", "Head of Quality", "cto"))
                .build();
        return Scenarios.add(Scenarios.add(chart, "Lean", "Fewer heads", null), "Growth", "", null);
    }

    private static Position position(String id, String title, String manager) {
        return new Position(PositionId.of(id), title, "", null, List.of(), manager == null ? null : PositionId.of(manager),
                List.of(), "", "", false, UnknownFields.NONE);
    }

    /** The chart with the scenario {@code id}'s positions edited. */
    private static Chart inScenario(Chart chart, String id, Edit... edits) {
        Scenario s = scenario(chart, id);
        Chart c = s.chart();
        for (Edit e : edits) {
            c = e.apply(c);
        }
        return Scenarios.replace(chart, s.withChart(c));
    }

    private static Scenario scenario(Chart chart, String id) {
        return Scenarios.find(chart, id).orElseThrow(() -> new AssertionError("no scenario " + id));
    }

    private static List<String> ids(Chart chart) {
        return chart.scenarios().stream().map(Scenario::id).toList();
    }

    private static List<String> lines(MergeResult result) {
        return result.conflicts().stream().map(Conflict::line).toList();
    }

    @Test
    void scenariosAddedOnEitherSideAreKeptInOneOrderWhicheverSideIsOurs() throws Exception {
        Chart base = base();
        Chart ours = Scenarios.add(base, "After the round", "", null);
        Chart theirs = inScenario(Scenarios.add(base, "Wind down", "", "lean"), "wind-down", Edits.removeWithSubtree(CTO));

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        assertTrue(result.isClean(), result.conflicts()::toString);
        assertEquals(List.of("lean", "growth", "after-the-round", "wind-down"), ids(result.chart()));
        assertEquals("lean", scenario(result.chart(), "wind-down").basedOn());
        assertEquals(2, scenario(result.chart(), "wind-down").chart().size());
        assertEquals(result.chart(), ChartMerge.merge(base, theirs, ours).chart());
    }

    @Test
    void aScenarioOnlyTheirsAddedGoesWhereTheirsPutIt() throws Exception {
        Chart base = base();
        Chart ours = Scenarios.delete(base, "growth");
        Chart theirs = Scenarios.add(base, "Wind down", "", null);

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        assertTrue(result.isClean(), result.conflicts()::toString);
        assertEquals(List.of("lean", "wind-down"), ids(result.chart()));
    }

    @Test
    void aScenarioRemovedOnOneSideAndLeftAloneOnTheOtherIsRemoved() throws Exception {
        Chart base = base();
        Chart ours = inScenario(base, "lean", Edits.setTitle(CFO, "Finance Director"));
        Chart theirs = Scenarios.delete(base, "growth");

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        assertTrue(result.isClean(), result.conflicts()::toString);
        assertEquals(List.of("lean"), ids(result.chart()));
        assertEquals("Finance Director", scenario(result.chart(), "lean").chart().position(CFO).title());
    }

    @Test
    void aScenarioRemovedOnOneSideAndChangedOnTheOtherIsAConflictSettledAsOursHasIt() throws Exception {
        Chart base = base();
        Chart changed = inScenario(base, "lean", Edits.removeWithSubtree(QA));
        Chart removed = Scenarios.delete(base, "lean");

        MergeResult keptByOurs = ChartMerge.merge(base, changed, removed);
        MergeResult removedByOurs = ChartMerge.merge(base, removed, changed);

        assertEquals(List.of("lean", "growth"), ids(keptByOurs.chart()));
        assertEquals(4, scenario(keptByOurs.chart(), "lean").chart().size());
        assertEquals(List.of("the scenario 'lean' ('Lean'): removed on one side, changed on the other: OURS (changed),"
                + " THEIRS (removed); kept OURS."), lines(keptByOurs));
        assertEquals(List.of("growth"), ids(removedByOurs.chart()));
        assertEquals(List.of("the scenario 'lean' ('Lean'): removed on one side, changed on the other: OURS (removed),"
                + " THEIRS (changed); kept OURS."), lines(removedByOurs));
    }

    @Test
    void aScenarioChangedOnOneSideOnlyIsThatSidesVersion() throws Exception {
        Chart base = base();
        Chart ours = Edits.setTitle(CEO, "Managing Director").apply(base);
        Scenario lean = scenario(base, "lean");
        Chart theirs = inScenario(Scenarios.replace(base, lean.withName("Lean and mean").withDescription("Two fewer")),
                "lean", Edits.move(QA, CEO, -1), Edits.removeWithSubtree(DEV));

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        assertTrue(result.isClean(), result.conflicts()::toString);
        Scenario merged = scenario(result.chart(), "lean");
        assertEquals(scenario(theirs, "lean"), merged);
        assertEquals("Lean and mean", merged.name());
        assertEquals(List.of(CFO, CTO, QA), merged.chart().childrenOf(CEO));
        assertEquals("Managing Director", result.chart().position(CEO).title());
        assertEquals("Chief Executive Officer", merged.chart().position(CEO).title(), "a scenario is a fork");
    }

    @Test
    void aScenarioChangedOnBothSidesIsMergedPartByPartAndItsPositionsAsAChartsAre() throws Exception {
        Chart base = base();
        Scenario lean = scenario(base, "lean");
        Chart ours = inScenario(Scenarios.replace(base, lean.withName("Lean 2027")), "lean",
                Edits.setTitle(CTO, "Chief Information Officer"), Edits.setHolder(CFO, "Ana Diaz"));
        Chart theirs = inScenario(Scenarios.replace(base, new Scenario("lean", "Lean", "Three fewer", null,
                        lean.chart(), UnknownFields.of(Map.of("x-owner", "Kim")))), "lean",
                Edits.setTitle(CTO, "Chief Digital Officer"), Edits.removeWithSubtree(QA));

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        Scenario merged = scenario(result.chart(), "lean");
        assertEquals("Lean 2027", merged.name());
        assertEquals("Three fewer", merged.description());
        assertEquals(Map.of("x-owner", "Kim"), merged.unknownFields().asMap());
        assertEquals("Ana Diaz", merged.chart().position(CFO).holder());
        assertEquals("Chief Information Officer", merged.chart().position(CTO).title());
        assertEquals(List.of(DEV), merged.chart().childrenOf(CTO));
        assertEquals(List.of("In the scenario 'Lean 2027': 'cto' ('Chief Information Officer'): title: OURS 'Chief"
                + " Information Officer', THEIRS 'Chief Digital Officer'; kept OURS."), lines(result));
        assertEquals(base.position(CTO), result.chart().position(CTO), "the current state is untouched");
    }

    @Test
    void partsOfAScenarioChangedDifferentlyAreConflictsThatKeepOurs() throws Exception {
        Chart base = base();
        Scenario lean = scenario(base, "lean");
        Chart ours = Scenarios.replace(base, lean.withName("Lean A").withBasedOn("growth"));
        Chart theirs = Scenarios.replace(base, lean.withName("Lean B").withDescription("Other"));

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        Scenario merged = scenario(result.chart(), "lean");
        assertEquals("Lean A", merged.name());
        assertEquals("Other", merged.description());
        assertEquals("growth", merged.basedOn());
        assertEquals(List.of("the scenario 'lean' ('Lean A'): name: OURS 'Lean A', THEIRS 'Lean B'; kept OURS."),
                lines(result));
    }

    @Test
    void aScenarioThatNoLongerFitsTheMergedTiersIsFittedWithAConflictLine() throws Exception {
        Chart base = base();
        Chart ours = TierEdits.remove(Templates.EXECUTIVE).apply(base);
        Chart theirs = inScenario(base, "growth", Edits.setTier(DEV, Templates.EXECUTIVE));

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        Chart merged = result.chart();
        assertTrue(merged.tier(Templates.EXECUTIVE).isEmpty());
        assertNull(scenario(merged, "growth").chart().position(DEV).tierId());
        assertEquals(java.util.Optional.empty(), Scenarios.catalogProblem(merged, scenario(merged, "growth").chart()));
        assertEquals(List.of("In the scenario 'Growth': 'dev' ('Head of Development'): tier: OURS (none), THEIRS"
                + " 'executive', which OURS removed; kept OURS."), lines(result));
    }

    @Test
    void aTierTheirsRemovedComesBackWhenOursScenarioKeepsAPositionInIt() throws Exception {
        Chart base = base();
        Chart ours = inScenario(base, "lean", Edits.setTier(CFO, Templates.EXECUTIVE));
        Chart theirs = TierEdits.remove(Templates.EXECUTIVE).apply(base);

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        assertTrue(result.chart().tier(Templates.EXECUTIVE).isPresent());
        assertEquals(Templates.EXECUTIVE, scenario(result.chart(), "lean").chart().position(CFO).tierId());
        assertEquals(1, result.conflicts().size());
        assertTrue(lines(result).get(0).startsWith("In the scenario 'Lean': the tier 'executive'"), lines(result)::toString);
    }

    @Test
    void aScenarioBasedOnOneTheOtherSideRemovedIsBasedOnWhatThatOneWasBasedOn() throws Exception {
        Chart base = base();
        Chart ours = Scenarios.delete(base, "lean");
        Chart theirs = Scenarios.add(base, "Leaner", "", "lean");

        MergeResult result = ChartMerge.merge(base, ours, theirs);
        MergeResult swapped = ChartMerge.merge(base, theirs, ours);

        assertTrue(result.isClean(), result.conflicts()::toString);
        assertEquals(List.of("growth", "leaner"), ids(result.chart()));
        assertNull(scenario(result.chart(), "leaner").basedOn());
        assertEquals(result.chart(), swapped.chart());
    }

    @Test
    void basesThatTheTwoSidesMakeIntoACircleAreSettledAsOursHasThem() throws Exception {
        Chart base = base();
        Chart ours = Scenarios.replace(base, scenario(base, "lean").withBasedOn("growth"));
        Chart theirs = Scenarios.replace(base, scenario(base, "growth").withBasedOn("lean"));

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        assertEquals("growth", scenario(result.chart(), "lean").basedOn());
        assertNull(scenario(result.chart(), "growth").basedOn());
        assertEquals(List.of("the scenario 'growth' ('Growth'): based on (the two sides together make a circle): OURS"
                + " (the current state), THEIRS 'lean'; kept OURS."), lines(result));
    }

    @Test
    void scenariosReorderedDifferentlyOnBothSidesAreAConflictThatKeepsOursOrder() throws Exception {
        Chart base = Scenarios.add(base(), "Third", "", null);
        List<Scenario> all = base.scenarios();
        Chart ours = base.withScenarios(List.of(all.get(2), all.get(0), all.get(1)));
        Chart theirs = base.withScenarios(List.of(all.get(1), all.get(0), all.get(2)));

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        assertEquals(List.of("third", "lean", "growth"), ids(result.chart()));
        assertEquals(List.of("the chart: order of the scenarios: OURS 'third, lean, growth', THEIRS 'growth, lean,"
                + " third'; kept OURS."), lines(result));
    }
}
