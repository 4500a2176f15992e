package dev.orgwright.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.bench.IoBenchmark;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.CardContent;
import dev.orgwright.render.CardSizing;
import dev.orgwright.render.Theme;
import dev.orgwright.render.export.ExportFonts;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whole-team head counts and team ranks read from a layout's arrays agree with the chart, after edits too. */
class TeamCountsTest {

    private final CardSizing sizing = new CardSizing(new ExportFonts(), Theme.LIGHT, CardContent.DEFAULT);

    @Test
    void everyTeamIsCountedWholeHiddenReportsIncludedAndARemovedTeamIsNoLongerCounted() throws Exception {
        Chart chart = IoBenchmark.realisticChart(800, new Random(3));
        PositionId folded = chart.childrenOf(chart.roots().get(0)).get(0);
        TreeLayout layouts = new TreeLayout();
        ChartLayout layout = layouts.layout(chart, sizing, Set.of(folded));
        for (Position p : chart.inTreeOrder()) {
            assertEquals(chart.subtree(p.id()).size(), layout.teamSize(p.id()), "team of " + p.id());
        }
        PositionId top = chart.roots().get(0);
        PositionId removed = chart.childrenOf(top).get(1);
        int before = layout.teamSize(top);
        int gone = layout.teamSize(removed);
        Chart after = Edits.removeWithSubtree(removed).apply(chart);
        ChartLayout updated = layouts.layout(after, sizing, Set.of(folded), layout);
        assertEquals(before - gone, updated.teamSize(top));
        for (Position p : after.inTreeOrder()) {
            assertEquals(after.subtree(p.id()).size(), updated.teamSize(p.id()), "team of " + p.id() + " after");
        }
    }

    @Test
    void aTeamsRankIsTheLeastGivenToAnyoneInIt() throws Exception {
        Chart chart = IoBenchmark.realisticChart(300, new Random(5));
        ChartLayout layout = new TreeLayout().layout(chart, sizing, Set.of());
        PositionId top = chart.roots().get(0);
        PositionId left = chart.childrenOf(top).get(0);
        PositionId right = chart.childrenOf(top).get(1);
        PositionId deep = chart.subtree(left).get(chart.subtree(left).size() - 1);
        TeamRanks ranks = layout.teamRanks();
        ranks.mark(deep, 1);
        ranks.mark(right, 0);
        ranks.mark(left, 2);
        assertEquals(0, ranks.least(top));
        assertEquals(1, ranks.least(left));
        assertEquals(1, ranks.least(deep));
        assertEquals(0, ranks.least(right));
        assertEquals(TeamRanks.NONE, ranks.least(chart.childrenOf(top).get(2)));
    }

    @Test
    void ranksCarriedToTheLayoutAfterAMoveFollowTheMovedPositionAndTheChangedOnes() throws Exception {
        Chart chart = IoBenchmark.realisticChart(300, new Random(5));
        TreeLayout layouts = new TreeLayout();
        ChartLayout layout = layouts.layout(chart, sizing, Set.of());
        PositionId top = chart.roots().get(0);
        PositionId left = chart.childrenOf(top).get(0);
        PositionId right = chart.childrenOf(top).get(1);
        PositionId deep = chart.subtree(left).get(chart.subtree(left).size() - 1);
        PositionId other = chart.subtree(right).get(chart.subtree(right).size() - 1);
        TeamRanks ranks = layout.teamRanks();
        ranks.mark(deep, 0);
        ranks.mark(other, 2);

        Chart moved = Edits.move(deep, right, 0).apply(chart);
        ChartLayout updated = layouts.layout(moved, sizing, Set.of(), layout);
        TeamRanks carried = ranks.carriedTo(updated, java.util.Map.of(other, TeamRanks.NONE));
        assertEquals(0, carried.least(right), "the moved position's rank went with it");
        assertEquals(0, carried.least(deep));
        assertEquals(TeamRanks.NONE, carried.least(left), "and left its old team");
        assertEquals(TeamRanks.NONE, carried.least(other), "a changed position takes its new rank");
        assertEquals(0, carried.least(top));

        ChartLayout afresh = layouts.layout(moved, sizing, Set.of());
        assertEquals(null, ranks.carriedTo(afresh, java.util.Map.of()), "a layout made afresh numbers positions anew");
    }
}
