package dev.orgwright.ui.editor;

import dev.orgwright.layout.CardSizer;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.SavedView;
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
 * chart version (findings, layout, counts); the view shown (a saved view, one team alone, parts of
 * the cards left out) is kept by {@link ShownView}. Every change of the window goes out from here as
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
    private final ShownView shown;
    /** Whether the window last told that the view shown is unsaved. */
    private boolean viewUnsavedTold;

    /** A window showing {@code initial}, the built-in sample, until a file is opened. */
    public ChartWindowModel(Chart initial, CardSizer sizer, DocumentSession.ChartLoader loader, Dialogs dialogs) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        session = new DocumentSession(initial, loader, dialogs);
        snapshots = new SnapshotChain(initial, session.validation(), sizer);
        fanOut = new ChangeFanOut(snapshots::current, state::selection);
        fanOut.start();
        view = ChartView.of(() -> snapshots.current().layout(), () -> changed(Aspect.VIEW));
        shown = new ShownView(this, state, snapshots, marks);
        shown.showSaved(session.chart());
        view.fitReadable();
        session.addListener(this::documentChanged);
        session.setBeforeSave(shown::withViewShown);
        // A team folded or other rows are no edit, but unsaved: the file reopens with the view it was saved with.
        session.setLook(shown::look);
        // The autosave keeps the view shown, so that a recovered chart comes back as it was shown.
        fanOut.listen(Set.of(Aspect.LAYOUT), change -> {
            session.savedViewChanged();
            tellIfViewSavedOrNot();
        });
    }

    /** The title's star and the menus follow when the view shown becomes unsaved, or saved again. */
    private void tellIfViewSavedOrNot() {
        boolean unsaved = session.isViewUnsaved();
        if (unsaved != viewUnsavedTold) {
            viewUnsavedTold = unsaved;
            changed(Aspect.DOCUMENT);
        }
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
                    shown.forgetChosen();
                    shown.showSaved(session.chart());
                }
                boolean showedTeam = state.root() != null;
                boolean selectionGone = state.keepOnly(session.chart());
                snapshots.useRoot(state.root()); // the team's top deleted: the whole chart is shown
                snapshots.advance(session.chart(), session.validation(), state.collapsedView());
                if (showedTeam && state.root() == null && !replaced) {
                    view.fitReadable(); // the camera goes from the team to the whole chart
                }
                marks.clear();
                changed(Aspect.CHART);
                if (replaced || selectionGone) {
                    changed(Aspect.SELECTION, Aspect.MARKS);
                }
            }
            if (replaced) {
                view.fitReadable();
            }
            viewUnsavedTold = session.isViewUnsaved();
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
        return shown.current();
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
        shown.show(saved);
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
        shown.showTeam(id);
    }

    /** Whether the canvas leaves out {@code part} of the cards ("holders", "badges", "legend"). */
    public boolean hides(String part) {
        return state.hidden().contains(part);
    }

    /** Leaves {@code part} ("holders", "badges", "legend") out of the cards, or shows it again. Not an edit. */
    public void setHidden(String part, boolean hide) {
        shown.setHidden(part, hide);
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

    /**
     * Selects {@code id}; null clears the selection. A position outside the team shown alone (found
     * in the outline, the search or the findings) brings back the whole chart, so that what is
     * selected can be seen, and the status bar says why the team went.
     */
    public void select(PositionId id) {
        if (id != null && !chart().contains(id)) {
            throw new IllegalArgumentException("The chart has no position '" + id + "'.");
        }
        PositionId team = state.root();
        boolean outsideTeam = id != null && team != null && !chart().isInSubtreeOf(id, team);
        if (outsideTeam) {
            showTeam(null);
        }
        if (state.select(id)) {
            marks.clear();
            changed(Aspect.SELECTION, Aspect.MARKS);
        }
        if (outsideTeam) {
            setNotice(Texts.t("views.team.leftForSelection", chart().position(id).title(),
                    chart().position(team).title()));
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

    void changed(Aspect... aspects) {
        fanOut.changed(aspects);
    }
}
