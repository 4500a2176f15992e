package dev.orgwright.model.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.SavedView;
import dev.orgwright.model.Scenarios;
import dev.orgwright.model.Templates;
import dev.orgwright.model.UnknownFields;
import dev.orgwright.model.Views;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A merge keeps the views of both sides (decision 0025), and every scenario shares the chart's views. */
class ViewsMergeTest {

    private static Chart base() throws Exception {
        return Chart.builder().title("Acme").tiers(Templates.leadershipTeam())
                .add(position("ceo", null)).add(position("cto", "ceo")).add(position("dev", "cto")).build();
    }

    private static Position position(String id, String manager) {
        return new Position(PositionId.of(id), id.toUpperCase(), "", null, List.of(),
                manager == null ? null : PositionId.of(manager), List.of(), "", "", false, UnknownFields.NONE);
    }

    private static SavedView view(String name, int depth) {
        return new SavedView(name, "ceo", depth, null, null, null, List.of(), List.of());
    }

    private static List<String> names(Chart chart) {
        return Views.all(chart.settings()).stream().map(SavedView::name).toList();
    }

    @Test
    void aViewSavedOnEachSideIsKeptOursFirstWithoutAConflict() throws Exception {
        Chart base = Views.save("s", view("Everyone", 3)).apply(base());
        Chart ours = Views.save("s", view("Board", 1)).apply(base);
        Chart theirs = Views.save("s", view("Technology", 2)).apply(base);

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        assertTrue(result.isClean(), () -> result.conflicts().toString());
        assertEquals(List.of("Everyone", "Board", "Technology"), names(result.chart()));
        assertEquals(List.of("Everyone", "Board", "Technology"), names(ChartMerge.merge(base, theirs, ours).chart()
                .withSettings(result.chart().settings())), "the same views whichever side is ours");
    }

    @Test
    void aViewDeletedOnOneSideAndLeftAloneOnTheOtherIsGoneAndOneChangedOnBothIsOursWithAConflict() throws Exception {
        Chart base = Views.save("s", view("Board", 1)).apply(Views.save("s", view("Everyone", 3)).apply(base()));
        Chart ours = Views.save("s", view("Board", 2)).apply(Views.delete("d", "Everyone").apply(base));
        Chart theirs = Views.save("s", view("Board", 3)).apply(base);

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        assertEquals(List.of("Board"), names(result.chart()));
        assertEquals(2, Views.find(result.chart().settings(), "Board").orElseThrow().depth(), "ours wins");
        assertEquals(1, result.conflicts().size(), () -> result.conflicts().toString());
        assertTrue(result.conflicts().get(0).toString().contains("Board"), () -> result.conflicts().toString());
    }

    @Test
    void theViewShownIsTheOneTheSideThatChangedItLeftAndNeverAConflict() throws Exception {
        Chart base = base();
        SavedView compact = new SavedView(null, null, null, null, "compact", null, List.of("cto"), List.of());
        SavedView tidy = new SavedView(null, null, null, "by-tier", "tidy", null, List.of(), List.of());
        Chart theirs = base.withSettings(Views.withCurrent(base.settings(), compact));

        assertEquals("compact", Views.current(ChartMerge.merge(base, base, theirs).chart().settings())
                .orElseThrow().layout());
        Chart ours = base.withSettings(Views.withCurrent(base.settings(), tidy));
        MergeResult both = ChartMerge.merge(base, ours, theirs);
        assertTrue(both.isClean());
        assertEquals("tidy", Views.current(both.chart().settings()).orElseThrow().layout());
    }

    @Test
    void everyScenarioSharesTheChartsViews() throws Exception {
        Chart chart = Scenarios.add(base(), "Lean", "", null);
        Chart withView = Views.save("s", view("Board", 1)).apply(chart);

        assertEquals(1, withView.scenarios().size(), "saving a view keeps the scenarios");
        Chart shown = Scenarios.shown(withView, withView.scenarios().get(0));
        assertEquals(List.of("Board"), names(shown));
    }
}
