package dev.orgwright.model.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.diff.RandomEdits;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The laws of the three-way merge, for a random BASE and two random edit sequences made from
 * it: a side that changed nothing gives the other side; without conflicts the order of the
 * sides does not matter; and OURS' change list applied to BASE, then the change list taken from
 * THEIRS, gives the merged chart, which holds every field change of either side.
 */
class ChartMergePropertiesTest {

    @Provide
    Arbitrary<Chart> charts() {
        return RandomEdits.charts(20);
    }

    @Provide
    Arbitrary<List<RandomEdits.Recipe>> edits() {
        return RandomEdits.recipes(12);
    }

    /** Few edits on each side, so that many pairs do not conflict. */
    @Provide
    Arbitrary<List<RandomEdits.Recipe>> fewEdits() {
        return RandomEdits.recipes(3);
    }

    @Property(tries = 300)
    void mergingWithAnUnchangedTheirsGivesOurs(@ForAll("charts") Chart base, @ForAll("edits") List<RandomEdits.Recipe> x) {
        Chart ours = RandomEdits.apply(base, x);
        MergeResult result = ChartMerge.merge(base, ours, RandomEdits.rebuild(base));

        assertSame(ours, result.chart());
        assertTrue(result.isClean(), () -> result.conflicts().toString());
    }

    @Property(tries = 300)
    void mergingWithAnUnchangedOursGivesTheirs(@ForAll("charts") Chart base, @ForAll("edits") List<RandomEdits.Recipe> y) {
        Chart theirs = RandomEdits.apply(base, y);
        MergeResult result = ChartMerge.merge(base, RandomEdits.rebuild(base), theirs);

        assertSame(theirs, result.chart());
        assertTrue(result.isClean(), () -> result.conflicts().toString());
    }

    @Property(tries = 400)
    void withoutConflictsTheOrderOfTheSidesDoesNotMatter(@ForAll("charts") Chart base,
                                                        @ForAll("fewEdits") List<RandomEdits.Recipe> x,
                                                        @ForAll("fewEdits") List<RandomEdits.Recipe> y) {
        Chart ours = RandomEdits.apply(base, x);
        Chart theirs = RandomEdits.apply(base, y);
        MergeResult xy = ChartMerge.merge(base, ours, theirs);
        MergeResult yx = ChartMerge.merge(base, theirs, ours);

        assertEquals(xy.isClean(), yx.isClean(), () -> xy.conflicts() + " / " + yx.conflicts());
        if (xy.isClean()) {
            assertSame(xy.chart(), yx.chart());
        }
        Statistics.label("merge").collect(xy.isClean() ? (ours.equals(theirs) ? "same" : "clean") : "conflicts");
        Statistics.label("merge").coverage(c -> {
            c.check("clean").percentage(p -> p > 20);
            c.check("conflicts").count(n -> n > 0);
        });
    }

    @Property(tries = 400)
    void oursChangesThenTheChangesTakenFromTheirsGiveTheMergedChart(@ForAll("charts") Chart base,
                                                                   @ForAll("edits") List<RandomEdits.Recipe> x,
                                                                   @ForAll("edits") List<RandomEdits.Recipe> y) {
        Chart ours = RandomEdits.apply(base, x);
        Chart theirs = RandomEdits.apply(base, y);
        MergeResult result = ChartMerge.merge(base, ours, theirs);

        Chart replayed = result.takenFromTheirs().applyTo(result.oursChanges().applyTo(base));
        assertSame(result.chart(), replayed);
    }

    @Property(tries = 400)
    void aCleanMergeHoldsEveryChangeOfEitherSide(@ForAll("charts") Chart base,
                                                 @ForAll("fewEdits") List<RandomEdits.Recipe> x,
                                                 @ForAll("fewEdits") List<RandomEdits.Recipe> y) {
        Chart ours = RandomEdits.apply(base, x);
        Chart theirs = RandomEdits.apply(base, y);
        MergeResult result = ChartMerge.merge(base, ours, theirs);
        if (!result.isClean()) {
            return;
        }
        Chart merged = result.chart();
        for (Chart side : List.of(ours, theirs)) {
            Chart other = side == ours ? theirs : ours;
            for (Position now : side.inTreeOrder()) {
                Position was = base.find(now.id()).orElse(null);
                Position got = merged.find(now.id()).orElse(null);
                if (got == null) {
                    // only a position the other side removed, this side changing nothing but a line to a removed position
                    assertTrue(was != null && !other.contains(now.id()), () -> now.id() + " is lost");
                    continue;
                }
                for (Function<Position, Object> field : FIELDS) {
                    if (was == null || !Objects.equals(field.apply(was), field.apply(now))) {
                        assertEquals(field.apply(now), field.apply(got), () -> "a field of " + now.id());
                    }
                }
                for (String key : now.fieldValues().asMap().keySet()) {
                    if (was == null || !Objects.equals(was.fieldValues().get(key), now.fieldValues().get(key))) {
                        assertEquals(now.fieldValues().get(key), got.fieldValues().get(key));
                    }
                }
                for (var line : now.dottedLines()) {
                    if (was == null || !was.dottedLines().contains(line)) {
                        assertTrue(got.dottedLines().contains(line), () -> "dotted line " + now.id() + " to " + line);
                    }
                }
            }
            for (Position gone : base.inTreeOrder()) {
                if (!side.contains(gone.id())) {
                    assertTrue(!merged.contains(gone.id()), () -> gone.id() + " was removed");
                }
            }
        }
    }

    @Provide
    Arbitrary<Chart> scenarioCharts() {
        return RandomScenarios.charts(15);
    }

    @Provide
    Arbitrary<RandomScenarios.Side> sides() {
        return RandomScenarios.sides(6, 3);
    }

    @Provide
    Arbitrary<RandomScenarios.Side> fewSides() {
        return RandomScenarios.sides(2, 2);
    }

    @Property(tries = 300)
    void withScenariosAnUnchangedTheirsGivesOurs(@ForAll("scenarioCharts") Chart base,
                                                 @ForAll("sides") RandomScenarios.Side x) {
        Chart ours = x.applyTo(base);
        MergeResult result = ChartMerge.merge(base, ours, RandomEdits.rebuild(base));

        assertSame(ours, result.chart());
        assertTrue(result.isClean(), () -> result.conflicts().toString());
        Statistics.label("scenarios").collect(ours.scenarios().size());
    }

    @Property(tries = 300)
    void withScenariosAnUnchangedOursGivesTheirs(@ForAll("scenarioCharts") Chart base,
                                                 @ForAll("sides") RandomScenarios.Side y) {
        Chart theirs = y.applyTo(base);
        MergeResult result = ChartMerge.merge(base, RandomEdits.rebuild(base), theirs);

        assertSame(theirs, result.chart());
        assertTrue(result.isClean(), () -> result.conflicts().toString());
    }

    @Property(tries = 400)
    void withScenariosAndWithoutConflictsTheOrderOfTheSidesDoesNotMatter(@ForAll("scenarioCharts") Chart base,
                                                                         @ForAll("fewSides") RandomScenarios.Side x,
                                                                         @ForAll("fewSides") RandomScenarios.Side y) {
        Chart ours = x.applyTo(base);
        Chart theirs = y.applyTo(base);
        MergeResult xy = ChartMerge.merge(base, ours, theirs);
        MergeResult yx = ChartMerge.merge(base, theirs, ours);

        assertEquals(xy.isClean(), yx.isClean(), () -> xy.conflicts() + " / " + yx.conflicts());
        if (xy.isClean()) {
            assertSame(xy.chart(), yx.chart());
        }
        boolean both = !ours.scenarios().equals(base.scenarios()) && !theirs.scenarios().equals(base.scenarios());
        Statistics.label("scenarios").collect(!both ? "one side or none" : xy.isClean() ? "both, clean" : "both, conflicts");
        Statistics.label("scenarios").coverage(c -> {
            c.check("both, clean").count(n -> n > 0);
            c.check("both, conflicts").count(n -> n > 0);
        });
    }

    @Property(tries = 200)
    void withScenariosNoScenarioIsLostAndEveryOneFitsTheMergedChart(@ForAll("scenarioCharts") Chart base,
                                                                    @ForAll("sides") RandomScenarios.Side x,
                                                                    @ForAll("sides") RandomScenarios.Side y) {
        Chart ours = x.applyTo(base);
        Chart theirs = y.applyTo(base);
        Chart merged = ChartMerge.merge(base, ours, theirs).chart();

        // Kept: every scenario OURS has, unless THEIRS removed it and OURS left it alone; every one
        // THEIRS has, unless OURS removed it.
        for (var s : ours.scenarios()) {
            var was = base.scenarios().stream().filter(b -> b.id().equals(s.id())).findFirst();
            boolean removedByTheirs = was.isPresent() && was.get().equals(s)
                    && theirs.scenarios().stream().noneMatch(t -> t.id().equals(s.id()));
            assertEquals(!removedByTheirs, dev.orgwright.model.Scenarios.find(merged, s.id()).isPresent(),
                    () -> s + (removedByTheirs ? " was removed" : " is lost"));
        }
        for (var s : theirs.scenarios()) {
            boolean removedByOurs = base.scenarios().stream().anyMatch(b -> b.id().equals(s.id()))
                    && ours.scenarios().stream().noneMatch(o -> o.id().equals(s.id()));
            assertEquals(!removedByOurs, merged.scenarios().stream().anyMatch(m -> m.id().equals(s.id())),
                    () -> s + (removedByOurs ? " was removed" : " is lost"));
        }
        for (var s : merged.scenarios()) {
            assertEquals(java.util.Optional.empty(), dev.orgwright.model.Scenarios.catalogProblem(merged, s.chart()),
                    () -> s + " does not fit");
        }
    }

    /** The fields of a position a side may change, each taken over whole. */
    private static final List<Function<Position, Object>> FIELDS = List.of(Position::title, Position::holder,
            Position::holderDisclosed, Position::tierId, Position::duties, Position::reportsTo, Position::department,
            Position::notes, Position::assistant, Position::fte, Position::cost, Position::status, Position::photo,
            Position::unknownFields);

    static void assertSame(Chart expected, Chart actual) {
        assertEquals(expected, actual);
        assertEquals(expected.tiers(), actual.tiers());
        assertEquals(RandomEdits.treeOrder(expected), RandomEdits.treeOrder(actual));
        for (Position p : expected.inTreeOrder()) {
            assertEquals(p, actual.position(p.id()));
        }
    }
}
