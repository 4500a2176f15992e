package dev.orgwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.ManagerArchetype;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Settings;
import dev.orgwright.model.Templates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of spans, layers and budgets, with and without the chart's targets. */
class TargetRulesTest {

    private static Position pos(String id, String tier, String manager) {
        return new Position(PositionId.of(id), id.toUpperCase(), "Holder", tier, List.of(),
                manager == null ? null : PositionId.of(manager), List.of(), "", "", false, null);
    }

    /** ceo ── head (4 reports), pair (2 reports), solo (1 report). */
    private static Chart chart(Settings settings) throws Exception {
        List<Position> all = new ArrayList<>(List.of(pos("ceo", Templates.SENIOR, null),
                pos("head", Templates.EXECUTIVE, "ceo"), pos("pair", Templates.EXECUTIVE, "ceo"),
                pos("solo", Templates.EXECUTIVE, "ceo")));
        for (int i = 0; i < 4; i++) {
            all.add(pos("h" + i, Templates.STAFF, "head"));
        }
        all.add(pos("p0", Templates.STAFF, "pair"));
        all.add(pos("p1", Templates.STAFF, "pair"));
        all.add(pos("s0", Templates.STAFF, "solo"));
        return Chart.builder().title("Targets").tiers(Templates.leadershipTeam()).settings(settings).addAll(all).build();
    }

    private static List<String> findings(Chart chart, String ruleId) {
        return RuleFixtures.findings(chart, ruleId).stream()
                .map(f -> f.position().map(PositionId::value).orElse("-") + ": " + f.message()).toList();
    }

    @Test
    void withoutTargetsNarrowSpansAndSingleReportsAreNotes() throws Exception {
        Chart c = chart(Settings.NONE);
        assertEquals(List.of("pair: 'PAIR' has only 2 direct reports; a manager should have at least 3."),
                findings(c, "span-too-narrow"));
        assertEquals(List.of("solo: 'SOLO' has a single direct report."), findings(c, "single-report-chain"));
        assertEquals(List.of(), findings(c, "span-outside-target"));
        assertEquals(List.of(), findings(chart(Settings.NONE.with("rules.span-too-narrow.min", 2)), "span-too-narrow"));
    }

    @Test
    void aTargetRangeOrArchetypeFindsSpansOnEitherSide() throws Exception {
        Chart ranged = chart(Settings.NONE.with("targets.span.executive", java.util.Map.of("min", 3, "max", 3)));
        assertEquals(List.of(
                "head: 'HEAD' has 4 direct reports; the target for Executive Management managers is 3.",
                "pair: 'PAIR' has 2 direct reports; the target for Executive Management managers is 3.",
                "solo: 'SOLO' has 1 direct report; the target for Executive Management managers is 3."),
                findings(ranged, "span-outside-target").stream().sorted().toList());
        assertEquals(List.of(), findings(ranged, "span-too-narrow"), "the target speaks for the tier");

        Chart coached = chart(Settings.NONE.with("targets.span.executive", "player-coach"));
        assertEquals(2, findings(coached, "span-outside-target").size(), "3 to 5: the head's 4 are fine");
        assertTrue(findings(coached, "span-outside-target").get(0).contains("3 to 5 (a player-coach)"));
        assertEquals(List.of(), findings(chart(Settings.NONE.with("targets.span.executive", "juggler")),
                "span-outside-target"), "an unknown archetype sets no target");
    }

    @Test
    void aPositionsOwnArchetypeComesBeforeItsTiersTarget() throws Exception {
        Chart c = chart(Settings.NONE.with("targets.span.executive", java.util.Map.of("min", 3, "max", 3)));
        c = Edits.setArchetype(PositionId.of("head"), ManagerArchetype.COACH).apply(c);
        c = Edits.setArchetype(PositionId.of("pair"), ManagerArchetype.PLAYER_COACH).apply(c);
        c = Edits.setArchetype(PositionId.of("h0"), ManagerArchetype.COACH).apply(c);
        assertEquals(List.of(
                "head: 'HEAD' has 4 direct reports; as a coach its target span is 6 to 7.",
                "pair: 'PAIR' has 2 direct reports; as a player-coach its target span is 3 to 5.",
                "solo: 'SOLO' has 1 direct report; the target for Executive Management managers is 3."),
                findings(c, "span-outside-target").stream().sorted().toList(), "h0 has no reports: nothing to say");
        Chart own = Edits.setSettings(c.settings().with("targets.archetype.coach", java.util.Map.of("min", 4)))
                .apply(c);
        assertEquals(List.of(
                "pair: 'PAIR' has 2 direct reports; as a player-coach its target span is 3 to 5.",
                "solo: 'SOLO' has 1 direct report; the target for Executive Management managers is 3."),
                findings(own, "span-outside-target").stream().sorted().toList(), "coaches of 4 or more here");
        Chart wideCoach = Edits.setSettings(Settings.NONE.with("targets.archetype.coach", java.util.Map.of("max", 2)))
                .apply(c);
        assertTrue(findings(wideCoach, "span-outside-target").stream().anyMatch(f -> f.startsWith("head:") && f.endsWith("its target span is 1 to 2.")));
        Chart open = Edits.setArchetype(PositionId.of("head"), ManagerArchetype.COORDINATOR).apply(c);
        assertTrue(findings(open, "span-outside-target").stream().anyMatch(f -> f.endsWith("15 or more.")));
    }

    @Test
    void tooManyLayersIsFoundOncePerBranch() throws Exception {
        Chart c = chart(Settings.NONE.with("targets.layers", 2));
        assertEquals(List.of("h0", "h1", "h2", "h3", "p0", "p1", "s0"), RuleFixtures.findings(c, "too-many-layers")
                .stream().map(f -> f.position().orElseThrow().value()).sorted().toList());
        assertTrue(findings(c, "too-many-layers").get(0).endsWith("is in layer 3, where the organisation should have"
                + " at most 2 layers."));
        Chart deeper = Edits.add(pos("x", Templates.STAFF, "h0"), -1).apply(c);
        assertFalse(RuleFixtures.findings(deeper, "too-many-layers").stream()
                .anyMatch(f -> f.position().orElseThrow().value().equals("x")), "only the first layer too many");
        assertEquals(List.of(), findings(chart(Settings.NONE), "too-many-layers"), "three layers are within 8");
    }

    @Test
    void overBudgetGivesTheShareNeverACost() throws Exception {
        Chart c = chart(Settings.NONE.with("targets.budget.tier.staff", 100000)
                .with("targets.budget.department.Ops", 1000000).with("currency", "EUR"));
        for (int i = 0; i < 4; i++) {
            c = Edits.setCost(PositionId.of("h" + i), new BigDecimal("30001")).apply(c);
        }
        c = Edits.setDepartment(PositionId.of("h0"), "Ops").apply(c);
        assertEquals(List.of("-: The Staff positions cost 21 % more than their budget of 100,000 EUR."),
                findings(c, "over-budget"));
        assertFalse(findings(c, "over-budget").get(0).contains("30001"));
        assertEquals(List.of(), findings(chart(Settings.NONE), "over-budget"));
    }
}
