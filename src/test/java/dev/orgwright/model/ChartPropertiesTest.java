package dev.orgwright.model;

import static dev.orgwright.model.ChartFixtures.treeOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random charts and random edit sequences: after every edit the chart must still be whole, each
 * edit must be refused exactly when it would break the chart, and the chart an edit was applied
 * to must stay as it was.
 *
 * <p>Named *Test, not *Properties, because surefire only hands classes named *Test, *Tests or
 * Test* to the JUnit platform; a class named otherwise would silently never run in a build.
 */
class ChartPropertiesTest {

    /** How one generated position hangs in the forest; picks are reduced modulo what exists. */
    record PositionRecipe(int parentPick, int tierPick, List<Integer> dottedPicks) {
    }

    enum Kind {
        ADD, REMOVE_WITH_SUBTREE, REMOVE_KEEPING_REPORTS, MOVE, REORDER, SET_TITLE, SET_HOLDER, SET_TIER,
        ADD_DUTY, ADD_DOTTED_LINE, REMOVE_DOTTED_LINE, REMOVE_TIER, ADD_TIER
    }

    /** An edit to be aimed at whatever chart it meets; the picks choose targets in tree order. */
    record EditRecipe(Kind kind, int a, int b, int c) {
    }

    private static final List<String> TIER_CHOICES = List.of(Templates.SENIOR, Templates.EXECUTIVE, "");

    @Provide
    Arbitrary<List<Position>> charts() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 10_000);
        Arbitrary<PositionRecipe> recipe = Combinators.combine(pick, pick, pick.list().ofMaxSize(2))
                .as(PositionRecipe::new);
        // Shuffled, so the builder also meets reports before their managers.
        return recipe.list().ofMaxSize(40).map(ChartPropertiesTest::positionsOf).flatMap(Arbitraries::shuffle);
    }

    @Provide
    Arbitrary<List<EditRecipe>> edits() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 10_000);
        return Combinators.combine(Arbitraries.of(Kind.class), pick, pick, pick).as(EditRecipe::new)
                .list().ofMaxSize(30);
    }

    /** Position i reports to an earlier one or is a root, so the result is always a forest. */
    static List<Position> positionsOf(List<PositionRecipe> recipes) {
        List<Position> out = new ArrayList<>();
        for (int i = 0; i < recipes.size(); i++) {
            PositionRecipe r = recipes.get(i);
            int parent = r.parentPick() % (i + 2);
            List<PositionId> dotted = new ArrayList<>();
            for (int d : r.dottedPicks()) {
                PositionId target = PositionId.of("p" + d % Math.max(i, 1));
                if (i > 0 && !dotted.contains(target)) {
                    dotted.add(target);
                }
            }
            out.add(new Position(PositionId.of("p" + i), "Role " + i, "", TIER_CHOICES.get(r.tierPick() % 3),
                    List.of(), parent < i ? PositionId.of("p" + parent) : null, dotted, "", "", false, null));
        }
        return out;
    }

    @Property(tries = 200)
    void everyGeneratedChartBuildsWhole(@ForAll("charts") List<Position> positions) {
        Chart chart = build(positions);
        assertEquals(positions.size(), chart.size());
        assertWhole(chart);
    }

    @Property(tries = 200)
    void editsKeepTheChartWholeAndAreRefusedExactlyWhenTheyWouldBreakIt(
            @ForAll("charts") List<Position> positions, @ForAll("edits") List<EditRecipe> recipes) {
        Chart chart = build(positions);
        for (EditRecipe recipe : recipes) {
            Chart snapshot = rebuild(chart);
            Planned planned = plan(chart, recipe);
            Chart after = null;
            try {
                after = planned.edit().apply(chart);
            } catch (EditRefusedException e) {
                assertTrue(planned.refusalExpected(), () -> recipe + " was refused: " + e.getMessage());
                assertFalse(e.getMessage().isBlank());
            }
            if (after != null) {
                assertFalse(planned.refusalExpected(), () -> recipe + " should have been refused");
                assertNotNull(planned.edit().label(chart));
                assertWhole(after);
                planned.check().accept(after);
            }
            assertUnchanged(snapshot, chart);
            chart = after == null ? chart : after;
        }
    }

    @Property(tries = 200)
    void aMoveIsRefusedExactlyWhenTheNewManagerIsInTheMovedTeam(
            @ForAll("charts") List<Position> positions, @ForAll int idPick, @ForAll int managerPick) {
        Chart chart = build(positions);
        if (chart.size() == 0) {
            return;
        }
        List<PositionId> all = treeOrder(chart);
        PositionId id = all.get(Math.floorMod(idPick, all.size()));
        PositionId manager = all.get(Math.floorMod(managerPick, all.size()));
        boolean intoOwnTeam = chart.subtree(id).contains(manager);

        assertEquals(intoOwnTeam, Edits.whyCannotReportTo(chart, id, manager) != null);
        try {
            Chart after = Edits.move(id, manager, -1).apply(chart);
            assertFalse(intoOwnTeam);
            assertEquals(manager, after.position(id).reportsTo());
            assertEquals(chart.subtree(id), after.subtree(id));
            assertWhole(after);
        } catch (EditRefusedException e) {
            assertTrue(intoOwnTeam, e.getMessage());
        }
    }

    // ---- planning an edit against the chart it meets ----

    record Planned(Edit edit, boolean refusalExpected, java.util.function.Consumer<Chart> check) {
        Planned(Edit edit, boolean refusalExpected) {
            this(edit, refusalExpected, after -> { });
        }
    }

    private static Planned plan(Chart c, EditRecipe r) {
        List<PositionId> all = treeOrder(c);
        Kind kind = all.isEmpty() && r.kind().ordinal() <= Kind.REMOVE_DOTTED_LINE.ordinal() ? Kind.ADD : r.kind();
        PositionId target = all.isEmpty() ? null : all.get(r.a() % all.size());
        PositionId other = all.isEmpty() ? null : all.get(r.b() % all.size());
        // b picks either an existing position or "none" (a root).
        PositionId managerOrNone = r.b() % (all.size() + 1) == all.size() ? null : all.get(r.b() % (all.size() + 1));
        String tier = TIER_CHOICES.get(r.c() % 3);
        boolean tierMissing = !tier.isEmpty() && c.tier(tier).isEmpty();
        switch (kind) {
            case ADD -> {
                // Ids come from a pool that overlaps the chart's, so duplicates and re-used ids of
                // removed positions (whose dotted-line index entries must be gone) both happen.
                PositionId id = PositionId.of("p" + r.a() % 60);
                List<PositionId> dotted = other != null && r.c() % 2 == 0 ? List.of(other) : List.of();
                Position p = new Position(id, "New " + r.a(), "", tier, List.of(), managerOrNone, dotted, "", "",
                        false, null);
                int index = r.c() % (siblings(c, managerOrNone).size() + 2) - 1;
                return new Planned(Edits.add(p, index), c.contains(id) || tierMissing, after -> {
                    assertEquals(c.size() + 1, after.size());
                    List<PositionId> siblings = siblings(after, managerOrNone);
                    assertEquals(index < 0 || index >= siblings.size() - 1 ? siblings.size() - 1 : index,
                            siblings.indexOf(id));
                });
            }
            case REMOVE_WITH_SUBTREE -> {
                List<PositionId> team = c.subtree(target);
                return new Planned(Edits.removeWithSubtree(target), false, after -> {
                    assertEquals(c.size() - team.size(), after.size());
                    team.forEach(t -> assertFalse(after.contains(t)));
                });
            }
            case REMOVE_KEEPING_REPORTS -> {
                PositionId manager = c.position(target).reportsTo();
                List<PositionId> expected = new ArrayList<>();
                for (PositionId s : c.siblingsOf(target)) {
                    if (s.equals(target)) {
                        expected.addAll(c.childrenOf(target));
                    } else {
                        expected.add(s);
                    }
                }
                return new Planned(Edits.removeKeepingReports(target), false, after -> {
                    assertEquals(c.size() - 1, after.size());
                    assertEquals(expected, siblings(after, manager));
                });
            }
            case MOVE -> {
                int index = r.c() % (siblings(c, managerOrNone).size() + 2) - 1;
                boolean intoOwnTeam = managerOrNone != null && c.subtree(target).contains(managerOrNone);
                return new Planned(Edits.move(target, managerOrNone, index), intoOwnTeam, after -> {
                    assertEquals(managerOrNone, after.position(target).reportsTo());
                    assertEquals(c.subtree(target), after.subtree(target));
                });
            }
            case REORDER -> {
                int index = r.b() % c.siblingsOf(target).size();
                return new Planned(Edits.reorder(target, index), false,
                        after -> assertEquals(index, after.siblingsOf(target).indexOf(target)));
            }
            case SET_TITLE -> {
                return new Planned(Edits.setTitle(target, "Title " + r.b()), false,
                        after -> assertEquals("Title " + r.b(), after.position(target).title()));
            }
            case SET_HOLDER -> {
                return new Planned(Edits.setHolder(target, r.b() % 2 == 0 ? "" : "Holder " + r.b()), false);
            }
            case SET_TIER -> {
                // setTier documents null, not "", as "no tier".
                String tierOrNull = tier.isEmpty() ? null : tier;
                return new Planned(Edits.setTier(target, tierOrNull), tierMissing,
                        after -> assertEquals(tierOrNull, after.position(target).tierId()));
            }
            case ADD_DUTY -> {
                int before = c.position(target).duties().size();
                return new Planned(Edits.addDuty(target, Duty.of("Duty " + r.b()), r.c() % (before + 2) - 1), false,
                        after -> assertEquals(before + 1, after.position(target).duties().size()));
            }
            case ADD_DOTTED_LINE -> {
                boolean bad = target.equals(other) || c.position(target).dottedLines().contains(other);
                return new Planned(Edits.addDottedLine(target, other), bad,
                        after -> assertTrue(after.dottedReportsOf(other).contains(target)));
            }
            case REMOVE_DOTTED_LINE -> {
                List<PositionId> lines = c.position(target).dottedLines();
                PositionId to = lines.isEmpty() ? other : lines.get(r.b() % lines.size());
                return new Planned(Edits.removeDottedLine(target, to), false,
                        after -> assertFalse(after.dottedReportsOf(to).contains(target)));
            }
            case REMOVE_TIER -> {
                String id = r.c() % 2 == 0 ? Templates.SENIOR : Templates.EXECUTIVE;
                boolean inUse = all.stream().anyMatch(p -> id.equals(c.position(p).tierId()));
                return new Planned(TierEdits.remove(id), c.tier(id).isEmpty() || inUse);
            }
            case ADD_TIER -> {
                Tier tierToAdd = Templates.leadershipTeam().get(r.c() % 2);
                return new Planned(TierEdits.add(tierToAdd, r.b() % 3 - 1), c.tier(tierToAdd.id()).isPresent());
            }
            default -> throw new AssertionError(kind);
        }
    }

    private static List<PositionId> siblings(Chart c, PositionId manager) {
        return manager == null ? c.roots() : c.childrenOf(manager);
    }

    // ---- what "whole" means ----

    /** Every invariant the rest of the program relies on, checked through the public view. */
    static void assertWhole(Chart chart) {
        // Tree order visits every position once, each manager before its reports.
        Set<PositionId> visited = new HashSet<>();
        for (Position p : chart.inTreeOrder()) {
            assertTrue(visited.add(p.id()), () -> p.id() + " visited twice");
            if (p.reportsTo() != null) {
                assertTrue(visited.contains(p.reportsTo()), () -> p.id() + " came before its manager");
            }
        }
        assertEquals(chart.size(), visited.size());

        // roots and childrenOf hold every position exactly once, where its reportsTo says.
        Map<PositionId, Integer> seen = new HashMap<>();
        chart.roots().forEach(r -> seen.merge(r, 1, Integer::sum));
        for (PositionId id : visited) {
            Position p = chart.position(id);
            assertTrue(p.reportsTo() == null || chart.contains(p.reportsTo()), () -> id + " has a dangling manager");
            assertTrue(chart.siblingsOf(id).contains(id));
            for (PositionId child : chart.childrenOf(id)) {
                assertEquals(id, chart.position(child).reportsTo());
                seen.merge(child, 1, Integer::sum);
            }
            if (p.reportsTo() == null) {
                assertTrue(chart.roots().contains(id));
            }
            assertTrue(p.tierId() == null || chart.tier(p.tierId()).isPresent(), () -> id + " has an unknown tier");
        }
        for (PositionId root : chart.roots()) {
            assertEquals(null, chart.position(root).reportsTo());
        }
        assertEquals(visited, seen.keySet());
        seen.forEach((id, n) -> assertEquals(1, n, () -> id + " is listed " + n + " times"));

        // The dotted-line index says exactly what the positions say.
        int lines = 0;
        int indexed = 0;
        for (PositionId id : visited) {
            for (PositionId to : chart.position(id).dottedLines()) {
                lines++;
                assertTrue(chart.contains(to), () -> id + " has a dangling dotted line to " + to);
                assertFalse(to.equals(id));
                assertTrue(chart.dottedReportsOf(to).contains(id), () -> "index misses " + id + " -> " + to);
            }
            for (PositionId from : chart.dottedReportsOf(id)) {
                indexed++;
                assertTrue(chart.contains(from) && chart.position(from).dottedLines().contains(id),
                        () -> "index has a stale line " + from + " -> " + id);
            }
        }
        assertEquals(lines, indexed);

        // And the builder, which checks outside data, agrees: the chart could be saved and opened.
        Chart again = rebuild(chart);
        assertEquals(chart, again);
    }

    private static void assertUnchanged(Chart snapshot, Chart chart) {
        assertEquals(snapshot, chart, "an edit changed the chart it was applied to");
        assertEquals(treeOrder(snapshot), treeOrder(chart));
        assertEquals(snapshot.tiers(), chart.tiers());
        for (PositionId id : treeOrder(snapshot)) {
            assertEquals(snapshot.dottedReportsOf(id), chart.dottedReportsOf(id));
        }
    }

    /** A chart equal to {@code chart}, made from scratch and sharing nothing with it. */
    static Chart rebuild(Chart chart) {
        List<Position> copy = new ArrayList<>();
        chart.inTreeOrder().forEach(copy::add);
        try {
            return Chart.builder().title(chart.title()).tiers(chart.tiers()).settings(chart.settings())
                    .unknownFields(chart.unknownFields()).addAll(copy).build();
        } catch (InvalidChartException e) {
            return fail("an edited chart no longer builds: " + e.problems());
        }
    }

    private static Chart build(List<Position> positions) {
        try {
            return Chart.builder().title("Random").addAll(positions).build();
        } catch (InvalidChartException e) {
            return fail("a generated forest should build: " + e.problems());
        }
    }
}
