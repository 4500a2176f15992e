package dev.orgwright.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.EditRefusedException;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.rules.RandomEdits;
import dev.orgwright.rules.RandomEdits.EditRecipe;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The key check of incremental layout: after every edit of a random sequence (and random
 * folding of managers), a layout updated from the previous one places every card, line and
 * dotted line exactly where a layout from scratch does. Each update builds on the previous
 * update, so a stale box carried along shows at the next comparison at the latest; undo (going
 * back to an earlier chart) is checked the same way.
 */
class IncrementalLayoutTest {

    /** Card sizes that follow the text, so a retitle or a new holder moves cards. */
    private static final CardSizer SIZER = p -> new CardSize(60 + 7 * p.title().length(), p.isVacant() ? 40 : 56);

    private final Validator validator = Validator.withDefaultRules();

    @Provide
    Arbitrary<Chart> charts() {
        return RandomEdits.charts(30);
    }

    @Provide
    Arbitrary<List<EditRecipe>> edits() {
        return RandomEdits.sequences(30);
    }

    @Property(tries = 150)
    void anUpdatedLayoutEqualsALayoutFromScratch(@ForAll("charts") Chart start,
                                                 @ForAll("edits") List<EditRecipe> recipes) {
        for (LayoutOptions options : List.of(LayoutOptions.DEFAULT,
                LayoutOptions.DEFAULT.withRows(LayoutOptions.Rows.BY_TIER).withCompact(true), LayoutOptions.AUTO,
                LayoutOptions.AUTO.withRows(LayoutOptions.Rows.BY_TIER),
                LayoutOptions.DEFAULT.withOrientation(LayoutOptions.Orientation.LEFT_RIGHT),
                LayoutOptions.AUTO.withOrientation(LayoutOptions.Orientation.LEFT_RIGHT).withAspect(LayoutOptions.A4_LANDSCAPE))) {
            TreeLayout engine = new TreeLayout(options);
            Chart chart = start;
            Set<PositionId> collapsed = new HashSet<>();
            ChartLayout layout = engine.layout(chart, SIZER, collapsed);
            List<Chart> history = new ArrayList<>(List.of(chart));
            int step = 0;
            for (EditRecipe recipe : recipes) {
                step++;
                Validation findings = validator.validate(chart);
                Edit edit = RandomEdits.plan(chart, findings, recipe);
                Chart next;
                try {
                    next = edit.apply(chart);
                } catch (EditRefusedException e) {
                    continue;
                }
                if (recipe.a() % 7 == 0 && recipe.c() % 3 == 0 && history.size() > 1) {
                    next = history.get(recipe.b() % history.size()); // undo, possibly several steps
                }
                Chart after = next;
                collapsed.removeIf(id -> !after.contains(id));
                if (recipe.c() % 5 == 0 && after.size() > 0) {
                    PositionId fold = new ArrayList<>(after.positionsById().keySet()).get(recipe.b() % after.size());
                    if (!collapsed.remove(fold)) {
                        collapsed.add(fold);
                    }
                }
                layout = engine.layout(after, SIZER, collapsed, layout);
                assertSameLayout(engine.layout(after, SIZER, collapsed), layout, after,
                        options + " after step " + step + " (" + recipe + ")");
                chart = after;
                history.add(after);
            }
        }
    }

    @Example
    void aMoveOnALargeChartReusesTheIdIndexOfThePreviousLayout() {
        Chart chart = TestCharts.fromParents(wideParents(2_000));
        TreeLayout engine = new TreeLayout();
        ChartLayout before = engine.layout(chart, SIZER, Set.of());
        Chart moved = Edits.move(TestCharts.id(1_500), TestCharts.id(3), -1).apply(chart);
        ChartLayout after = engine.layout(moved, SIZER, Set.of(), before);
        assertSame(before.index(), after.index(), "a move adds no position, so the index is shared");
        assertSameLayout(engine.layout(moved, SIZER, Set.of()), after, moved, "after the move");

        Chart added = Edits.add(Position.of("new", "Head of Ops", null).withReportsTo(TestCharts.id(3)), 0)
                .apply(moved);
        ChartLayout withNew = engine.layout(added, SIZER, Set.of(), after);
        assertNotSame(after.index(), withNew.index(), "the previous layout's index stays as it was");
        assertEquals(false, after.box(PositionId.of("new")).isPresent());
        assertSameLayout(engine.layout(added, SIZER, Set.of()), withNew, added, "after the addition");
    }

    @Example
    void aChartFromElsewhereIsLaidOutAfresh() {
        Chart one = TestCharts.fromParents(wideParents(50));
        Chart other = TestCharts.fromParents(wideParents(60));
        TreeLayout engine = new TreeLayout();
        ChartLayout first = engine.layout(one, SIZER, Set.of());
        ChartLayout second = engine.layout(other, SIZER, Set.of(), first);
        assertNotSame(first.index(), second.index());
        assertSameLayout(engine.layout(other, SIZER, Set.of()), second, other, "another chart");
    }

    private static int[] wideParents(int n) {
        int[] parents = new int[n];
        for (int i = 0; i < n; i++) {
            parents[i] = i == 0 ? -1 : (i - 1) / 6;
        }
        return parents;
    }

    private static void assertSameLayout(ChartLayout expected, ChartLayout actual, Chart chart, String where) {
        assertEquals(expected.size(), actual.size(), "cards shown " + where);
        assertEquals(expected.bounds(), actual.bounds(), "bounds " + where);
        for (Position p : chart.inTreeOrder()) {
            PositionId id = p.id();
            assertEquals(expected.box(id), actual.box(id), id + " " + where);
            assertEquals(expected.isCollapsed(id), actual.isCollapsed(id), id + " folded " + where);
            assertEquals(expected.hiddenReports(id), actual.hiddenReports(id), id + " hidden " + where);
        }
        assertEquals(expected.edges(), actual.edges(), "lines " + where);
        assertEquals(expected.dottedLines(), actual.dottedLines(), "dotted lines " + where);
        Box all = expected.bounds();
        assertEquals(expected.edgesIn(all.x(), all.y(), all.width(), all.height()),
                actual.edgesIn(all.x(), all.y(), all.width(), all.height()), "lines in view " + where);
        assertEquals(new HashSet<>(expected.positionsIn(all.x(), all.y(), all.width(), all.height())),
                new HashSet<>(actual.positionsIn(all.x(), all.y(), all.width(), all.height())), "cards in view " + where);
    }
}
