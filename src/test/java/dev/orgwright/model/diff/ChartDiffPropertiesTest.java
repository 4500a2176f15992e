package dev.orgwright.model.diff;

import static dev.orgwright.model.diff.RandomEdits.rebuild;
import static dev.orgwright.model.diff.RandomEdits.treeOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Replacements;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * For a random chart OLD and a random sequence of edits giving NEW: applying the changes the
 * comparison reports, in their order, to OLD gives NEW exactly (positions, sibling order,
 * dotted lines, tiers, settings), whether the two share structure or were built apart.
 */
class ChartDiffPropertiesTest {

    @Provide
    Arbitrary<Chart> charts() {
        return RandomEdits.charts(25);
    }

    @Provide
    Arbitrary<List<RandomEdits.Recipe>> edits() {
        return RandomEdits.recipes(25);
    }

    @Property(tries = 400)
    void applyingTheReportedChangesToOldGivesNew(@ForAll("charts") Chart old,
                                                 @ForAll("edits") List<RandomEdits.Recipe> recipes) {
        Chart updated = RandomEdits.apply(old, recipes);
        ChartDiff diff = ChartDiff.compare(old, updated);

        assertSameChart(updated, diff.applyTo(old));
        assertEquals(old.equals(updated), diff.isEmpty(), () -> diff.changes().toString());
        diff.counts().keySet().forEach(kind -> Statistics.label("kinds").collect(kind));
        // The property means little unless the edits give every kind of change now and then.
        Statistics.label("kinds").coverage(coverage -> {
            for (ChangeKind kind : ChangeKind.values()) {
                if (kind != ChangeKind.REIDENTIFIED && kind != ChangeKind.SETTINGS_CHANGED) {
                    coverage.check(kind).count(n -> n > 0);
                }
            }
        });
    }

    @Property(tries = 200)
    void chartsBuiltApartGiveTheSameChangesAsChartsThatShareStructure(
            @ForAll("charts") Chart old, @ForAll("edits") List<RandomEdits.Recipe> recipes) {
        Chart updated = RandomEdits.apply(old, recipes);
        Chart oldApart = rebuild(old);
        Chart newApart = rebuild(updated);

        ChartDiff shared = ChartDiff.compare(old, updated);
        ChartDiff apart = ChartDiff.compare(oldApart, newApart);

        assertEquals(descriptions(shared), descriptions(apart));
        assertSameChart(newApart, apart.applyTo(oldApart));
    }

    @Property(tries = 200)
    void confirmedMatchesOfReKeyedPositionsApplyToo(@ForAll("charts") Chart old,
                                                    @ForAll("edits") List<RandomEdits.Recipe> recipes) {
        Chart updated = RandomEdits.apply(old, recipes);
        // Re-key every third surviving position in the new chart, and confirm the pairs.
        Map<PositionId, PositionId> matches = new LinkedHashMap<>();
        Chart rekeyed = updated;
        int i = 0;
        for (PositionId id : treeOrder(updated)) {
            if (old.contains(id) && i++ % 3 == 0) {
                PositionId fresh = PositionId.of("renamed-" + id);
                rekeyed = Replacements.renameId(id, fresh).apply(rekeyed);
                matches.put(id, fresh);
            }
        }
        ChartDiff diff = ChartDiff.compare(old, rekeyed, matches);

        assertSameChart(rekeyed, diff.applyTo(old));
        assertEquals(matches.size(), diff.counts().getOrDefault(ChangeKind.REIDENTIFIED, 0));
    }

    @Property(tries = 100)
    void aChartComparedWithItselfOrAnEqualCopyHasNoChanges(@ForAll("charts") Chart chart) {
        assertTrue(ChartDiff.compare(chart, chart).isEmpty());
        assertTrue(ChartDiff.compare(chart, rebuild(chart)).isEmpty());
    }

    private static List<String> descriptions(ChartDiff diff) {
        return diff.changes().stream().map(Change::toString).toList();
    }

    /** Equal as values, in the same tree order, with the same dotted-line index. */
    static void assertSameChart(Chart expected, Chart actual) {
        assertEquals(expected, actual);
        assertEquals(expected.tiers(), actual.tiers());
        assertEquals(treeOrder(expected), treeOrder(actual));
        for (Position p : expected.inTreeOrder()) {
            assertEquals(p, actual.position(p.id()));
            assertEquals(expected.dottedReportsOf(p.id()), actual.dottedReportsOf(p.id()), "dotted reports of " + p.id());
        }
    }
}
