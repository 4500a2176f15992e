package dev.orgwright.ui.compare;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.diff.Change;
import dev.orgwright.model.diff.ChartDiff;
import dev.orgwright.model.diff.ProposalWithGhosts;
import dev.orgwright.render.ChangeMarks;
import dev.orgwright.render.Decorations;
import dev.orgwright.render.Viewport;
import dev.orgwright.rules.FindingsComparison;
import dev.orgwright.rules.Validator;
import dev.orgwright.ui.fx.Texts;
import dev.orgwright.ui.view.ChartView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The state of a comparison view, without a toolkit: the two charts and their differences, the
 * side shown (the current chart, or the proposal with ghosts of what it removes), the change in
 * focus, where the view looks, and how far a switch between the sides has come.
 */
public final class CompareModel {

    public enum Side { CURRENT, PROPOSED }

    /** What a change touched, so that a listener does only the work that change needs. */
    public enum Update {
        /** Where the view looks, its size, the side shown or how far a switch between the sides has come. */
        VIEW,
        /** The change in focus, and the view when that brought its card into view. */
        FOCUS,
        /** The comparison itself: the sides were swapped, so the changes and findings are new. */
        COMPARISON
    }

    private final CardSizer sizer;
    private final ChartView view = new ChartView(this::shownLayout, this::bothLayouts, this::viewChanged);
    private final List<Consumer<Update>> listeners = new ArrayList<>();
    /** While the model makes a change of its own, the view's notices wait for that change's one. */
    private boolean quiet;
    private ChartDiff diff;
    /** The diff as the change list shows it: with private values while the user shows them, else {@link #diff}. */
    private ChartDiff listed;
    /** Whether private values are shown; off whenever a comparison opens, and never remembered. */
    private boolean showPrivate;
    private FindingsComparison findings;
    private ProposalWithGhosts proposal;
    private ChartLayout currentLayout;
    private ChartLayout proposedLayout;
    private ChangeMarks proposedMarks;
    private ChangeMarks currentMarks;
    private Side side = Side.PROPOSED;
    /** The layout both sides are drawn in, and the export of the proposal starts from. */
    private dev.orgwright.layout.LayoutOptions layoutOptions;
    private double progress = 1;
    private LayoutTransition transition;
    private Change focused;

    public CompareModel(Chart current, Chart proposed, CardSizer sizer) {
        this.sizer = sizer;
        compare(current, proposed);
    }

    private void compare(Chart current, Chart proposed) {
        diff = ChartDiff.compare(current, proposed);
        listed = showPrivate ? diff.withPrivateValues() : diff;
        Validator validator = Validator.withDefaultRules();
        findings = FindingsComparison.between(validator.validate(current), validator.validate(proposed), diff::newIdOf);
        proposal = ProposalWithGhosts.of(diff);
        // Both sides in the proposal's last view's layout (else automatic, for a screen), so that a
        // big chart is not a strip and the cards glide between two layouts of the same kind.
        layoutOptions = dev.orgwright.layout.ViewLayout.lastShown(proposed);
        TreeLayout treeLayout = new TreeLayout(layoutOptions);
        currentLayout = treeLayout.layout(current, sizer);
        proposedLayout = treeLayout.layout(proposal.chart(), sizer);
        proposedMarks = ChangeMarks.onProposal(diff, proposal.ghosts());
        currentMarks = ChangeMarks.onCurrent(diff);
        focused = null;
        progress = 1;
        transition = null;
        view.fitReadable();
    }

    /** The layout both sides are drawn in: the proposal's last view's, else automatic for a screen. */
    dev.orgwright.layout.LayoutOptions layoutOptions() {
        return layoutOptions;
    }

    /** Tells {@code listener} of every change, once per change. */
    public void addListener(Consumer<Update> listener) {
        listeners.add(listener);
    }

    /** Compares the other way round: the proposal becomes the current chart. */
    void swapSides() {
        quietly(() -> compare(diff.newChart(), diff.oldChart()));
        changed(Update.COMPARISON);
    }

    public ChartDiff diff() {
        return diff;
    }

    /** The changes as the list shows them: a private value's change names the values only while they are shown. */
    public List<Change> changes() {
        return listed.changes();
    }

    /** The comparison as its change list is saved: with private values only while the user shows them. */
    ChartDiff listed() {
        return listed;
    }

    /** Whether the change list and the cards show private values (costs, private fields). */
    public boolean showsPrivate() {
        return showPrivate;
    }

    /**
     * Shows or hides private values in the change list and on the cards. The change in focus
     * stays in focus, in its new wording.
     */
    public void setShowPrivate(boolean show) {
        if (show == showPrivate) {
            return;
        }
        int focus = focused == null ? -1 : listed.changes().indexOf(focused);
        showPrivate = show;
        listed = show ? diff.withPrivateValues() : diff;
        focused = focus < 0 ? focused : listed.changes().get(focus);
        changed(Update.COMPARISON);
    }

    public FindingsComparison findings() {
        return findings;
    }

    public Set<PositionId> ghosts() {
        return proposal.ghosts();
    }

    public Side side() {
        return side;
    }

    /** The proposal with the ghosts of what it removes, as the proposed side draws it. */
    Chart proposalWithGhosts() {
        return proposal.chart();
    }

    /** The marks of the proposed side, with no change in focus. */
    ChangeMarks proposalMarks() {
        return proposedMarks;
    }

    /** What the view shows of the proposal; empty while the current side is shown or the sides switch. */
    Optional<Viewport> proposalView() {
        return side == Side.PROPOSED && transition == null ? Optional.of(view.viewport()) : Optional.empty();
    }

    /** "12 changes: 2 added, … · FTE 40.6 → 52.1 · fixes 3 findings, introduces 1"; the FTE only when it changed. */
    String summary() {
        String changes = diff.isEmpty() ? Texts.t("compare.compareModel.theChartsAreThe") : dev.orgwright.io.ChangeListWriter.summary(diff);
        String fte = dev.orgwright.model.diff.FteTotals.change(diff.oldChart(), diff.newChart())
                .map(f -> " · " + f).orElse("");
        return changes + fte + Texts.t("compare.compareModel.fixesIntroduces", count(findings.fixed().size()), count(findings.introduced().size()));
    }

    private static String count(int n) {
        return Texts.t(n == 1 ? "compare.compareModel.finding" : "compare.compareModel.findings", n);
    }

    /**
     * Shows the other side. The view then animates {@link #setProgress} from 0 to 1 (or sets 1 at
     * once under reduced motion); until it reaches 1 the cards are drawn in flight between the
     * two layouts.
     */
    void show(Side newSide) {
        if (newSide == side) {
            return;
        }
        transition = newSide == Side.PROPOSED
                ? new LayoutTransition(diff.oldChart(), currentLayout, proposal.chart(), proposedLayout, diff::newIdOf)
                : new LayoutTransition(proposal.chart(), proposedLayout, diff.oldChart(), currentLayout, this::oldIdOf);
        side = newSide;
        progress = 0;
        changed(Update.VIEW);
    }

    private PositionId oldIdOf(PositionId newId) {
        for (Map.Entry<PositionId, PositionId> m : diff.matches().entrySet()) {
            if (m.getValue().equals(newId)) {
                return m.getKey();
            }
        }
        return newId;
    }

    void setProgress(double t) {
        progress = Math.max(0, Math.min(1, t));
        if (progress >= 1) {
            transition = null;
        }
        changed(Update.VIEW);
    }

    public double progress() {
        return progress;
    }

    /** The cards in flight while the sides switch; empty once the switch is over. */
    public Optional<LayoutTransition> transition() {
        return Optional.ofNullable(transition);
    }

    Chart shownChart() {
        return side == Side.PROPOSED ? proposal.chart() : diff.oldChart();
    }

    ChartLayout shownLayout() {
        return side == Side.PROPOSED ? proposedLayout : currentLayout;
    }

    Decorations decorations() {
        PositionId focus = focused == null ? null : focusedId().orElse(null);
        ChangeMarks marks = side == Side.PROPOSED ? proposedMarks : currentMarks;
        return Decorations.comparison(marks.focusing(focus), null);
    }

    public Optional<Change> focused() {
        return Optional.ofNullable(focused);
    }

    /** The card of the change in focus on the side shown. */
    private Optional<PositionId> focusedId() {
        Optional<PositionId> id = focused.position();
        if (id.isEmpty()) {
            return id;
        }
        PositionId onSide = side == Side.PROPOSED ? id.get() : oldIdOf(id.get());
        return shownChart().contains(onSide) ? Optional.of(onSide) : Optional.empty();
    }

    /** Puts a change in focus and brings its card into view (centred when it was not in view). */
    void focus(Change change) {
        focused = change;
        if (change != null) {
            quietly(() -> focusedId().ifPresent(view::bringIntoView));
        }
        changed(Update.FOCUS);
    }

    /** The first change about the card under the view point, if any. */
    Optional<Change> changeAt(double viewX, double viewY) {
        return view.cardAt(viewX, viewY).flatMap(id -> {
            PositionId newId = side == Side.PROPOSED ? id : diff.newIdOf(id);
            List<Change> about = listed.changesFor(newId);
            return about.isEmpty() ? Optional.empty() : Optional.of(about.get(0));
        });
    }

    /** Where a card of the side shown is drawn, in view pixels. */
    public Optional<Box> viewBoxOf(PositionId id) {
        return view.viewBoxOf(id);
    }

    void resize(double width, double height) {
        view.resize(width, height);
    }

    /** Shows both sides as the comparison first did: whole, but not shrunk below a readable scale. */
    void fit() {
        view.fitReadable();
    }

    void panBy(double dx, double dy) {
        view.panBy(dx, dy);
    }

    public void zoomAt(double factor, double x, double y) {
        view.zoomAt(factor, x, y);
    }

    Viewport viewport() {
        return view.viewport();
    }

    /** A fit shows both sides' layouts, so that switching sides keeps every card in view. */
    private Box bothLayouts() {
        Box a = proposedLayout.bounds();
        Box b = currentLayout.bounds();
        return new Box(0, 0, Math.max(a.right(), b.right()), Math.max(a.bottom(), b.bottom()));
    }

    private void quietly(Runnable change) {
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = false;
        }
    }

    private void viewChanged() {
        if (!quiet) {
            changed(Update.VIEW);
        }
    }

    private void changed(Update update) {
        for (Consumer<Update> listener : List.copyOf(listeners)) {
            listener.accept(update);
        }
    }
}
