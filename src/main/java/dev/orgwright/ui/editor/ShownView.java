package dev.orgwright.ui.editor;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.ViewLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.SavedView;
import dev.orgwright.model.Views;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The view a window shows (decision 0025), as one part of the window model: the saved view it was
 * chosen from, the view a chart was saved with and shown again when it is opened, the team shown
 * alone and the parts of the cards left out, and the view a save writes into the chart. None of
 * it is an edit: showing a view leaves nothing to undo.
 */
final class ShownView {

    private final ChartWindowModel model;
    private final EditorState state;
    private final SnapshotChain snapshots;
    private final Marks marks;
    /** The view saved in the chart that was last shown, so that showing a scenario keeps the user's layout. */
    private Object shownFrom;
    /** The saved view last chosen, while the window still shows it as it was. */
    private SavedView chosen;

    ShownView(ChartWindowModel model, EditorState state, SnapshotChain snapshots, Marks marks) {
        this.model = model;
        this.state = state;
        this.snapshots = snapshots;
        this.marks = marks;
    }

    /** The view shown now, named after the saved view it was chosen from while it still looks as that view does. */
    SavedView current() {
        LayoutOptions options = model.layoutOptions();
        SavedView layout = ViewLayout.of(options, state.collapsed());
        SavedView now = new SavedView(null, state.root() == null ? null : state.root().value(), null,
                layout.rows(), layout.layout(), layout.orientation(), layout.collapsed(), state.hidden());
        if (chosen != null && ViewLayout.options(chosen, options).equals(options)
                && ViewLayout.folded(model.chart(), chosen).equals(state.collapsed())
                && Objects.equals(rootOf(model.chart(), chosen), state.root())
                && Set.copyOf(chosen.hide()).equals(Set.copyOf(state.hidden()))) {
            return now.named(chosen.name());
        }
        return now;
    }

    /**
     * How the window shows the chart now, as a value: what a save writes as the view shown, less
     * the name of the saved view it was chosen from. Cheap, since the title asks at every change.
     */
    Look look() {
        return new Look(model.layoutOptions(), state.collapsed(), state.root(), Set.copyOf(state.hidden()));
    }

    /** The layout options, folded teams, team shown alone (or null) and parts left out, compared as one value. */
    record Look(LayoutOptions options, Set<PositionId> collapsed, PositionId root, Set<String> hidden) {
    }

    /** Shows {@code saved}: layout, folded teams, its root's team alone and its parts left out. */
    void show(SavedView saved) {
        model.gesture(() -> {
            chosen = saved;
            PositionId before = state.root();
            state.setCollapsed(ViewLayout.folded(model.chart(), saved));
            useRootAndParts(model.chart(), saved);
            snapshots.relayout(ViewLayout.options(saved, model.layoutOptions()), state.collapsedView());
            model.changed(Aspect.LAYOUT);
            if (!Objects.equals(before, state.root())) {
                model.view().fitReadable(); // another part of the chart: the camera goes to it
            }
        });
    }

    /** Shows the team of {@code id} alone, or the whole chart for null; the camera fits what is shown. */
    void showTeam(PositionId id) {
        if (id != null && !model.chart().contains(id)) {
            throw new IllegalArgumentException("The chart has no position '" + id + "'.");
        }
        if (state.setRoot(id)) {
            model.gesture(() -> {
                snapshots.useRoot(id);
                snapshots.advance(model.chart(), model.validation(), state.collapsedView());
                model.changed(Aspect.LAYOUT);
                model.view().fitReadable();
            });
        }
    }

    /** Leaves {@code part} out of the cards, or shows it again. */
    void setHidden(String part, boolean hide) {
        if (!Views.HIDEABLE.contains(part)) {
            throw new IllegalArgumentException("A view cannot leave out '" + part + "'.");
        }
        List<String> parts = new ArrayList<>(state.hidden());
        parts.remove(part);
        if (hide) {
            parts.add(part);
        }
        if (state.setHidden(parts)) {
            snapshots.useHolders(!state.hidden().contains(ChartWindowModel.HOLDERS));
            snapshots.advance(model.chart(), model.validation(), state.collapsedView());
            marks.clear();
            model.changed(Aspect.LAYOUT, Aspect.MARKS);
        }
    }

    /** Another document: the saved view chosen for the last one is not shown any more. */
    void forgetChosen() {
        chosen = null;
    }

    /** After a chart was opened ({@code opened}, whose snapshot follows): the view saved in it, if it has one not shown yet. */
    void showSaved(Chart opened) {
        Object saved = opened.settings().asMap().get(Views.CURRENT);
        if (saved != null && saved != shownFrom) {
            shownFrom = saved;
            SavedView v = Views.current(opened.settings()).orElseThrow();
            state.setCollapsed(ViewLayout.folded(opened, v));
            useRootAndParts(opened, v);
            if (opened == model.chart()) {
                snapshots.relayout(ViewLayout.options(v, model.layoutOptions()), state.collapsedView());
            } else {
                snapshots.useOptions(ViewLayout.options(v, model.layoutOptions())); // the new chart's snapshot follows
            }
            chosen = v.name() == null ? null : Views.find(opened.settings(), v.name()).orElse(null);
            model.changed(Aspect.LAYOUT);
        }
    }

    /**
     * The chart as a save writes it: with the view the window shows, when the chart had one or
     * the window shows other than a new window does, so that a chart nobody arranged saves as before.
     */
    Chart withViewShown(Chart whole) {
        SavedView now = current();
        boolean had = whole.settings().asMap().containsKey(Views.CURRENT);
        if (!had && now.sameLookAs(ViewLayout.of(LayoutOptions.AUTO, Set.of()))) {
            return whole;
        }
        return whole.withSettings(Views.withCurrent(whole.settings(), now));
    }

    /** Takes {@code v}'s root (when {@code chart} has it) and parts left out as the window's. */
    private void useRootAndParts(Chart chart, SavedView v) {
        state.setRoot(rootOf(chart, v));
        snapshots.useRoot(state.root());
        if (state.setHidden(v.hide())) {
            marks.clear();
            model.changed(Aspect.MARKS);
        }
        snapshots.useHolders(!state.hidden().contains(ChartWindowModel.HOLDERS));
    }

    /** The position whose team {@code v} shows in {@code chart}; null for the whole chart or a root the chart lacks. */
    private static PositionId rootOf(Chart chart, SavedView v) {
        if (v.root() == null) {
            return null;
        }
        PositionId id = PositionId.of(v.root());
        return chart.contains(id) ? id : null;
    }
}
