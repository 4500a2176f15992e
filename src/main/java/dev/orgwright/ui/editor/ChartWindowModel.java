package dev.orgwright.ui.editor;

import dev.orgwright.layout.CardSizer;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.SavedView;
import dev.orgwright.model.Views;
import dev.orgwright.layout.ViewLayout;
import dev.orgwright.render.Decorations;
import dev.orgwright.rules.Validation;
import dev.orgwright.ui.document.DocumentSession;
import dev.orgwright.ui.document.EditResult;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.Texts;
import dev.orgwright.ui.view.ChartView;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The state of a chart window, without a toolkit, composed of four parts: the document
 * session (chart, file, history, findings), the editor state (selection, folded teams, search
 * matches, notice), the chart view (camera, fit, hit-testing) and one derived snapshot per
 * chart version (findings, layout, counts). Every change of the window goes out from here as
 * one typed {@link WindowChange} per gesture, and every edit comes in through {@link #apply}.
 */
public final class ChartWindowModel {

    /** The parts of the cards a view may leave out, in the document's words. */
    public static final String HOLDERS = "holders";
    public static final String BADGES = "badges";
    public static final String LEGEND = "legend";

    static final String EDIT_REFUSED = Texts.t("editor.chartWindowModel.thisChangeIsNot");
    static final String EDIT_DURING_CHANGE = Texts.t("editor.chartWindowModel.aChangeCannotBe");

    private final Dialogs dialogs;
    private final DocumentSession session;
    private final EditorState state = new EditorState();
    private final ChartView view;
    private final ChangeFanOut fanOut;
    private final CardDrag drag = new CardDrag(this);
    private final SnapshotChain snapshots;
    private final Marks marks = new Marks();
    private boolean editing;
    /** The view saved in the chart that was last shown, so that showing a scenario keeps the user's layout. */
    private Object viewShownFrom;
    /** The name of the saved view last chosen, while the window still shows it as it was. */
    private SavedView chosenView;

    /** A window showing {@code initial}, the built-in sample, until a file is opened. */
    public ChartWindowModel(Chart initial, CardSizer sizer, DocumentSession.ChartLoader loader, Dialogs dialogs) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        session = new DocumentSession(initial, loader, dialogs);
        snapshots = new SnapshotChain(initial, session.validation(), sizer);
        fanOut = new ChangeFanOut(snapshots::current, state::selection);
        fanOut.start();
        view = ChartView.of(() -> snapshots.current().layout(), () -> changed(Aspect.VIEW));
        showSavedView();
        view.fitReadable();
        session.addListener(this::documentChanged);
        session.setBeforeSave(this::withViewShown);
        // The autosave keeps the view shown, so that a recovered chart comes back as it was shown.
        fanOut.listen(Set.of(Aspect.LAYOUT), change -> session.savedViewChanged());
    }

    /** Tells {@code listener} of every change that touches one of {@code aspects}. */
    public void listen(Set<Aspect> aspects, WindowChange.Listener listener) {
        fanOut.listen(aspects, listener);
    }

    public void removeListener(WindowChange.Listener listener) {
        fanOut.remove(listener);
    }

    /** Runs {@code gesture} (a drop, a paste) so that whatever it changes is told once, after it. */
    public void gesture(Runnable gesture) {
        fanOut.gesture(gesture);
    }

    /** How many changes were told, and how many listener calls that took: for measurements. */
    public long[] notificationCounts() {
        return new long[] {fanOut.notifications(), fanOut.listenerRuns()};
    }

    /** The document: file life cycle, history, findings. */
    public DocumentSession session() {
        return session;
    }

    /** Selection, folded teams, search matches, notice. */
    public EditorState state() {
        return state;
    }

    /** The camera, size and hit-testing of the editor's canvas. */
    public ChartView view() {
        return view;
    }

    /** The chart version shown, with its findings, layout and counts. */
    public ChartSnapshot snapshot() {
        return snapshots.current();
    }

    public Chart chart() {
        return snapshot().chart();
    }

    public Validation validation() {
        return snapshot().findings();
    }

    public ChartLayout layout() {
        return snapshot().layout();
    }

    /**
     * The one way an edit comes in: applied as one undoable step (findings, layout and counts
     * follow, and the window is told once), or refused with its reason and nothing changed. An
     * edit made while the window tells of a change is refused: it would interleave two steps.
     */
    public EditResult apply(Edit edit) {
        if (editing || fanOut.isTelling()) {
            return EditResult.refused(EDIT_DURING_CHANGE);
        }
        editing = true;
        try {
            return fanOut.during(() -> session.apply(edit));
        } finally {
            editing = false;
        }
    }

    /** Applies {@code edit}, as a menu command does: a refusal is shown in a dialog. Returns whether it applied. */
    public boolean applyOrExplain(Edit edit) {
        return apply(edit).orElseTell(reason -> dialogs.showError(EDIT_REFUSED, reason));
    }

    /** Takes back the last edit (refused, like an edit, while the window tells of a change). */
    public void undo() {
        historyStep(session::undo);
    }

    public void redo() {
        historyStep(session::redo);
    }

    private void historyStep(Runnable step) {
        if (!editing && !fanOut.isTelling()) {
            fanOut.gesture(step);
        }
    }

    private void documentChanged(DocumentSession.Change change) {
        fanOut.gesture(() -> {
            boolean replaced = change == DocumentSession.Change.REPLACED;
            if (replaced) {
                state.clear();
                drag.cancel();
            }
            if (change != DocumentSession.Change.STATUS) {
                if (replaced) {
                    chosenView = null;
                    showSavedView();
                }
                boolean selectionGone = state.keepOnly(session.chart());
                snapshots.useRoot(state.root()); // the team's top deleted: the whole chart is shown
                snapshots.advance(session.chart(), session.validation(), state.collapsedView());
                marks.clear();
                changed(Aspect.CHART);
                if (replaced || selectionGone) {
                    changed(Aspect.SELECTION, Aspect.MARKS);
                }
            }
            if (replaced) {
                view.fitReadable();
            }
            changed(Aspect.DOCUMENT);
        });
    }

    /** Lays the chart out again with other options (rows, compact mode, orientation). */
    public void setLayoutOptions(LayoutOptions options) {
        snapshots.relayout(options, state.collapsedView());
        changed(Aspect.LAYOUT);
    }

    public LayoutOptions layoutOptions() {
        return snapshots.options();
    }

    /**
     * The view the window shows now: its layout, folded teams, the team shown alone and the parts
     * of the cards left out, named after the saved view it was chosen from while it still looks
     * as that view does.
     */
    public SavedView currentView() {
        SavedView layoutNow = ViewLayout.of(layoutOptions(), state.collapsed());
        SavedView now = new SavedView(null, state.root() == null ? null : state.root().value(), null,
                layoutNow.rows(), layoutNow.layout(), layoutNow.orientation(), layoutNow.collapsed(), state.hidden());
        if (chosenView != null && ViewLayout.options(chosenView, layoutOptions()).equals(layoutOptions())
                && ViewLayout.folded(chart(), chosenView).equals(state.collapsed())
                && Objects.equals(rootOf(chart(), chosenView), state.root())
                && Set.copyOf(chosenView.hide()).equals(Set.copyOf(state.hidden()))) {
            return now.named(chosenView.name());
        }
        return now;
    }

    /** The name of the saved view the window shows, while it looks as that view does. */
    public Optional<String> currentViewName() {
        return Optional.ofNullable(currentView().name());
    }

    /**
     * Shows {@code saved}: its rows, layout and orientation, its folded teams (and, with a depth,
     * the teams below it) instead of those folded now, its root's team alone (the whole chart
     * when the chart has no such position) and its cards without the parts it leaves out. A view
     * is no edit: nothing to undo.
     */
    public void showView(SavedView saved) {
        fanOut.gesture(() -> {
            chosenView = saved;
            PositionId before = state.root();
            state.setCollapsed(ViewLayout.folded(chart(), saved));
            useRootAndParts(chart(), saved);
            snapshots.relayout(ViewLayout.options(saved, layoutOptions()), state.collapsedView());
            changed(Aspect.LAYOUT);
            if (!Objects.equals(before, state.root())) {
                view.fitReadable(); // another part of the chart: the camera goes to it
            }
        });
    }

    /** The position whose team alone is shown, if the window shows one team and not the whole chart. */
    public Optional<PositionId> shownRoot() {
        return Optional.ofNullable(state.root());
    }

    /**
     * Shows the team of {@code id} alone (the position and everyone below it, with the teams
     * folded now), or the whole chart again for null; the camera fits what is shown. Not an edit.
     */
    public void showTeam(PositionId id) {
        if (id != null && !chart().contains(id)) {
            throw new IllegalArgumentException("The chart has no position '" + id + "'.");
        }
        if (state.setRoot(id)) {
            fanOut.gesture(() -> {
                snapshots.useRoot(id);
                snapshots.advance(chart(), validation(), state.collapsedView());
                changed(Aspect.LAYOUT);
                view.fitReadable();
            });
        }
    }

    /** Whether the canvas leaves out {@code part} of the cards ("holders", "badges", "legend"). */
    public boolean hides(String part) {
        return state.hidden().contains(part);
    }

    /** Leaves {@code part} ("holders", "badges", "legend") out of the cards, or shows it again. Not an edit. */
    public void setHidden(String part, boolean hide) {
        if (!Views.HIDEABLE.contains(part)) {
            throw new IllegalArgumentException("A view cannot leave out '" + part + "'.");
        }
        java.util.List<String> parts = new java.util.ArrayList<>(state.hidden());
        parts.remove(part);
        if (hide) {
            parts.add(part);
        }
        if (state.setHidden(parts)) {
            snapshots.useHolders(!hides(HOLDERS));
            snapshots.advance(chart(), validation(), state.collapsedView());
            marks.clear();
            changed(Aspect.LAYOUT, Aspect.MARKS);
        }
    }

    /** Takes {@code v}'s root (when {@code chart} has it) and parts left out as the window's. */
    private void useRootAndParts(Chart chart, SavedView v) {
        state.setRoot(rootOf(chart, v));
        snapshots.useRoot(state.root());
        if (state.setHidden(v.hide())) {
            marks.clear();
            changed(Aspect.MARKS);
        }
        snapshots.useHolders(!hides(HOLDERS));
    }

    /** The position whose team {@code v} shows in {@code chart}; null for the whole chart or a root the chart lacks. */
    private static PositionId rootOf(Chart chart, SavedView v) {
        if (v.root() == null) {
            return null;
        }
        PositionId id = PositionId.of(v.root());
        return chart.contains(id) ? id : null;
    }

    /** After a chart was opened: the view saved in it, if it has one that was not shown yet. */
    private void showSavedView() {
        Chart opened = session.chart(); // the snapshot follows after this
        Object saved = opened.settings().asMap().get(Views.CURRENT);
        if (saved != null && saved != viewShownFrom) {
            viewShownFrom = saved;
            SavedView v = Views.current(opened.settings()).orElseThrow();
            state.setCollapsed(ViewLayout.folded(opened, v));
            useRootAndParts(opened, v);
            if (opened == chart()) {
                snapshots.relayout(ViewLayout.options(v, layoutOptions()), state.collapsedView());
            } else {
                snapshots.useOptions(ViewLayout.options(v, layoutOptions())); // the new chart's snapshot follows
            }
            chosenView = v.name() == null ? null : Views.find(opened.settings(), v.name()).orElse(null);
            changed(Aspect.LAYOUT);
        }
    }

    /**
     * The chart as a save writes it: with the view the window shows, when the chart had one or
     * the window shows other than a new window does, so that a chart nobody arranged saves as before.
     */
    private Chart withViewShown(Chart whole) {
        SavedView now = currentView();
        boolean had = whole.settings().asMap().containsKey(Views.CURRENT);
        if (!had && now.sameLookAs(ViewLayout.of(LayoutOptions.AUTO, Set.of()))) {
            return whole;
        }
        return whole.withSettings(Views.withCurrent(whole.settings(), now));
    }

    /** The managers whose reports are hidden now. */
    public Set<PositionId> collapsed() {
        return state.collapsed();
    }

    /** Hides or shows the reports of {@code id}. */
    public void toggleCollapsed(PositionId id) {
        if (!chart().childrenOf(id).isEmpty()) {
            state.toggleCollapsed(id);
            snapshots.advance(chart(), validation(), state.collapsedView());
            changed(Aspect.LAYOUT);
        }
    }

    public Optional<PositionId> selection() {
        return Optional.ofNullable(state.selection());
    }

    /** Selects {@code id}; null clears the selection. */
    public void select(PositionId id) {
        if (id != null && !chart().contains(id)) {
            throw new IllegalArgumentException("The chart has no position '" + id + "'.");
        }
        if (state.select(id)) {
            marks.clear();
            changed(Aspect.SELECTION, Aspect.MARKS);
        }
    }

    /** A passing message for the status bar (why a drop is refused); null clears it. */
    public void setNotice(String text) {
        if (state.setNotice(text)) {
            changed(Aspect.MARKS);
        }
    }

    /** Marks search matches on the canvas. */
    public void setSearchMatches(Set<PositionId> matches) {
        if (state.setSearchMatches(matches)) {
            marks.clear();
            changed(Aspect.MARKS);
        }
    }

    /** The drag-and-drop state shared by the canvas and the outline. */
    public CardDrag drag() {
        return drag;
    }

    /** The drag's target or refusal changed: the marks follow. */
    void dragChanged() {
        marks.clear();
        changed(Aspect.MARKS);
    }

    /** What the canvas marks over the chart: selection, chain of command, drop target, matches, findings. */
    public Decorations decorations() {
        return marks.of(state, drag, snapshot(), !hides(BADGES));
    }

    /** "6 positions · 1 vacancy · 0 errors · 1 warning · 4 notes · zoom 100%". */
    public String summaryText() {
        return StatusLine.summary(snapshot(), view.zoomPercent());
    }

    /** "Selected: Chief Executive Officer", a notice, or a hint when nothing is selected. */
    public String selectionText() {
        return StatusLine.selection(state, chart());
    }

    private void changed(Aspect... aspects) {
        fanOut.changed(aspects);
    }
}
