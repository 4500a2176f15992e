package dev.orgwright.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.SampleCharts;
import dev.orgwright.layout.Box;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.diff.ChangeKind;
import dev.orgwright.model.diff.ChartDiff;
import dev.orgwright.model.diff.ProposalWithGhosts;
import dev.orgwright.render.Decorations;
import dev.orgwright.render.Viewport;
import dev.orgwright.ui.CompareViewTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison's state without a toolkit: ghosts in place, marks, focus, sides. */
class CompareModelTest {

    private static final PositionId CEO = PositionId.of("ceo");
    private static final PositionId CFO = PositionId.of("cfo");
    private static final PositionId CPO = PositionId.of("cpo");
    private static final PositionId HEAD_LEGAL = PositionId.of("head-legal");
    private static final PositionId HEAD_PRODUCT = PositionId.of("head-product");
    private static final PositionId HEAD_FINANCE = PositionId.of("head-finance");

    private final Chart current = SampleCharts.leadershipTeam();
    private final Chart proposal = CompareViewTest.proposal(current);

    private CompareModel model() {
        CompareModel model = new CompareModel(current, proposal, CardSizer.fixed(160, 64));
        model.resize(1200, 800);
        return model;
    }

    @Test
    void removedPositionsComeBackAsGhostsWhereTheyStoodAGhostTeamUnderItsGhostManager() {
        Chart withoutFinance = dev.orgwright.model.Edits.removeWithSubtree(CFO).apply(current);
        ProposalWithGhosts ghosts = ProposalWithGhosts.of(ChartDiff.compare(current, withoutFinance));

        assertEquals(current.subtree(CFO).size(), ghosts.ghosts().size());
        assertEquals(current.childrenOf(CEO), ghosts.chart().childrenOf(CEO));
        assertEquals(CFO, ghosts.chart().position(HEAD_FINANCE).reportsTo());
        assertEquals(current.childrenOf(CFO), ghosts.chart().childrenOf(CFO));
    }

    @Test
    void theSummarySaysHowTheFteChangedWhenAPoolGrowsAndNothingWhenItDidNot() {
        Chart pooled = dev.orgwright.model.Edits.setFte(HEAD_FINANCE, new java.math.BigDecimal("12.5")).apply(current);
        java.math.BigDecimal was = dev.orgwright.model.diff.FteTotals.of(current);

        String summary = new CompareModel(current, pooled, CardSizer.fixed(160, 64)).summary();

        assertTrue(summary.startsWith("1 change: 1 FTE changed · FTE " + was.toPlainString() + " → "
                + was.add(new java.math.BigDecimal("11.5")).toPlainString() + " · fixes "), summary);
        assertFalse(model().summary().contains("FTE"), model().summary());
    }

    @Test
    void eachChangedCardIsMarkedByItsKindAndAMoveRemembersTheOldManager() {
        CompareModel model = model();
        Decorations marks = model.decorations();

        assertEquals(ChangeKind.Group.ADDED, marks.changes().groups().get(CPO));
        assertEquals(ChangeKind.Group.MOVED, marks.changes().groups().get(HEAD_PRODUCT));
        assertEquals(ChangeKind.Group.REMOVED, marks.changes().groups().get(HEAD_LEGAL));
        assertEquals(PositionId.of("cto"), marks.changes().movedFrom().get(HEAD_PRODUCT));
        assertTrue(marks.changes().ghosts().contains(HEAD_LEGAL));
        assertTrue(model.shownLayout().box(HEAD_LEGAL).isPresent(), "the ghost has a place in the proposal");
    }

    @Test
    void focusingAChangeOnTheCurrentSideRingsTheOldCardAndTheAddedOneHasNone() {
        CompareModel model = model();
        model.show(CompareModel.Side.CURRENT);
        model.setProgress(1);
        var moved = model.changes().stream().filter(c -> c.kind() == ChangeKind.MOVED).findFirst().orElseThrow();
        var added = model.changes().stream().filter(c -> c.kind() == ChangeKind.ADDED).findFirst().orElseThrow();

        model.focus(moved);
        assertEquals(HEAD_PRODUCT, model.decorations().changes().focused());
        model.focus(added);
        assertEquals(null, model.decorations().changes().focused(), "the current chart has no CPO");
        assertFalse(model.transition().isPresent());
    }

    @Test
    void swappingSidesComparesTheOtherWayRound() {
        CompareModel model = model();
        model.swapSides();

        List<ChangeKind> kinds = model.changes().stream().map(c -> c.kind()).toList();
        assertTrue(kinds.contains(ChangeKind.REMOVED) && kinds.contains(ChangeKind.ADDED));
        assertTrue(model.ghosts().contains(CPO), "the CPO is what the other way round removes");
        assertEquals(current, model.diff().newChart());
    }

    @Test
    void anExportIsOfTheProposalWithItsGhostsAndMarksWhicheverSideIsShown() {
        CompareModel model = model();
        ComparisonExportSource source = new ComparisonExportSource(model);
        dev.orgwright.ui.export.ExportSettings view = ComparisonExportSource.DEFAULTS
                .withScope(dev.orgwright.ui.export.ExportSettings.Scope.VIEW);

        dev.orgwright.render.export.ExportRequest request = view.request(source);
        assertTrue(request.chart().contains(HEAD_LEGAL), "the ghost is drawn");
        assertEquals(ChangeKind.Group.ADDED, request.changes().groups().get(CPO));
        assertEquals(null, request.findings(), "no badges, as in the window");
        assertEquals("Current vs proposed", request.options().title());
        assertTrue(request.options().scope() instanceof dev.orgwright.render.export.ExportScope.View);

        model.focus(model.changes().stream().filter(c -> c.kind() == ChangeKind.ADDED).findFirst().orElseThrow());
        assertEquals(java.util.Optional.of(CPO), source.selection(), "the change in focus is the selection");
        model.show(CompareModel.Side.CURRENT);
        model.setProgress(1);
        request = view.request(source);
        assertTrue(request.chart().contains(CPO), "still the proposal");
        assertEquals(dev.orgwright.render.export.ExportScope.WHOLE, request.options().scope(),
                "the view shows the current chart, so the whole proposal is exported");
    }

    @Test
    void fitShowsBothSidesWholeSoThatSwitchingKeepsEveryCardInView() {
        CompareModel model = model();
        model.zoomAt(4, 0, 0);
        model.fit();

        assertEveryCardInView(model);
        model.show(CompareModel.Side.CURRENT);
        model.setProgress(1);
        assertEveryCardInView(model);
    }

    @Test
    void aPointOnAChangedCardFindsItsChangeOnEitherSide() {
        CompareModel model = model();
        Box cpo = model.viewBoxOf(CPO).orElseThrow();
        Box cfo = model.viewBoxOf(CFO).orElseThrow();

        assertEquals(ChangeKind.ADDED, model.changeAt(cpo.centreX(), cpo.centreY()).orElseThrow().kind());
        assertTrue(model.changeAt(cfo.centreX(), cfo.centreY()).isEmpty(), "the CFO is unchanged");
        assertTrue(model.changeAt(cpo.x() - 4, cpo.y() - 4).isEmpty(), "beside a card is no card");
        model.show(CompareModel.Side.CURRENT);
        model.setProgress(1);
        Box product = model.viewBoxOf(HEAD_PRODUCT).orElseThrow();
        assertEquals(ChangeKind.MOVED, model.changeAt(product.centreX(), product.centreY()).orElseThrow().kind());
    }

    @Test
    void eachChangeIsToldOnceSayingWhatItTouched() {
        CompareModel model = model();
        List<CompareModel.Update> told = new ArrayList<>();
        model.addListener(told::add);
        var added = model.changes().stream().filter(c -> c.kind() == ChangeKind.ADDED).findFirst().orElseThrow();

        model.zoomAt(4, 0, 0); // far in on the top-left corner: the new CPO is out of view
        Box before = model.viewBoxOf(CPO).orElseThrow();
        model.focus(added);
        assertNotEquals(before, model.viewBoxOf(CPO).orElseThrow(), "the CPO was brought into view");
        model.swapSides();

        assertEquals(List.of(CompareModel.Update.VIEW, CompareModel.Update.FOCUS, CompareModel.Update.COMPARISON),
                told);
    }

    private static void assertEveryCardInView(CompareModel model) {
        Viewport v = model.viewport();
        for (Position p : model.shownChart().inTreeOrder()) {
            Box b = model.viewBoxOf(p.id()).orElseThrow();
            assertTrue(b.x() >= 0 && b.y() >= 0 && b.right() <= v.width() && b.bottom() <= v.height(),
                    p.id() + " is out of view: " + b);
        }
    }

    @Test
    void bothSidesAreLaidOutAutomaticallyNotAsATidyStrip() {
        CompareModel model = model();
        dev.orgwright.layout.ChartLayout tidy = new dev.orgwright.layout.TreeLayout()
                .layout(ProposalWithGhosts.of(ChartDiff.compare(current, proposal)).chart(), CardSizer.fixed(160, 64));
        Box strip = tidy.bounds();
        for (boolean proposedSide : new boolean[] {true, false}) {
            if (!proposedSide) {
                model.show(CompareModel.Side.CURRENT);
                model.setProgress(1);
            }
            Box shown = model.shownLayout().bounds();
            assertTrue(shown.width() / shown.height() < strip.width() / strip.height() / 1.5,
                    (proposedSide ? "proposed" : "current") + " side " + shown + " against the tidy tree " + strip);
        }
    }
}
