package dev.orgwright.ui.editor;

import dev.orgwright.model.Blank;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.Texts;
import java.util.List;
import java.util.Optional;

/**
 * The structure commands of the editor, as the menus and keys issue them: add a report or a
 * sibling, rename, remove, and move the selection through the tree. Each change is one
 * undoable edit of the window's model.
 */
public final class EditorCommands {

    static final String NEW_TITLE = Texts.t("editor.editorCommands.newPosition");

    private final ChartWindowModel model;
    private final Dialogs dialogs;

    public EditorCommands(ChartWindowModel model, Dialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    /** Adds a direct report to the selected position (a new root when nothing is selected). */
    public void addReport() {
        Optional<PositionId> manager = model.selection();
        String tier = manager.map(id -> tierBelow(model.chart(), model.chart().position(id))).orElse(null);
        addPosition(manager.orElse(null), -1, tier);
    }

    /** Adds a position beside the selected one, right after it, in the same tier. */
    public void addSibling() {
        Optional<PositionId> selected = model.selection();
        if (selected.isEmpty()) {
            addReport();
            return;
        }
        Chart chart = model.chart();
        Position p = chart.position(selected.get());
        int index = chart.siblingsOf(p.id()).indexOf(p.id()) + 1;
        addPosition(p.reportsTo(), index, p.tierId());
    }

    private void addPosition(PositionId manager, int index, String tierId) {
        PositionId id = freeId(model.chart());
        Position created = Position.of(id.value(), NEW_TITLE, tierId).withReportsTo(manager);
        boolean[] added = new boolean[1];
        model.gesture(() -> {
            added[0] = model.applyOrExplain(Edits.add(created, index));
            if (added[0]) {
                model.select(id);
                model.view().bringIntoView(id);
                tellIfOutsideTeam(id);
            }
        });
        if (added[0]) {
            renameSelected();
        }
    }

    /** Asks for a new title for the selected position. */
    public void renameSelected() {
        model.selection().ifPresent(id -> {
            Position p = model.chart().position(id);
            dialogs.askText(Texts.t("editor.editorCommands.rename", p.title()), Texts.t("editor.editorCommands.title"), p.title())
                    .filter(t -> !Blank.isBlank(t) && !t.equals(p.title()))
                    .ifPresent(t -> model.applyOrExplain(Edits.setTitle(id, t)));
        });
    }

    /**
     * Removes the selected position. One with reports asks first whether its reports go with it
     * or move up to its manager; keeping them is the default answer.
     */
    public void deleteSelected() {
        model.selection().ifPresent(id -> {
            Chart chart = model.chart();
            Position p = chart.position(id);
            List<PositionId> reports = chart.childrenOf(id);
            if (reports.isEmpty()) {
                model.applyOrExplain(Edits.removeWithSubtree(id));
                return;
            }
            String up = p.reportsTo() == null ? Texts.t("editor.editorCommands.makeThemTopLevel")
                    : Texts.t("editor.editorCommands.handThemTo", chart.position(p.reportsTo()).title());
            int below = chart.subtree(id).size() - 1;
            int answer = dialogs.chooseSafely(Texts.t("editor.editorCommands.remove", p.title()),
                    Texts.t("editor.editorCommands.hasReports", p.title(), Texts.t(reports.size() == 1 ? "editor.editorCommands.reports.one" : "editor.editorCommands.reports.many", reports.size()),
                            Texts.t(below == 1 ? "editor.editorCommands.below.one" : "editor.editorCommands.below.many", below)),
                    1, Texts.t("editor.editorCommands.removeThemToo"), up, Texts.t("editor.editorCommands.cancel"));
            if (answer == 0) {
                model.applyOrExplain(Edits.removeWithSubtree(id));
            } else if (answer == 1) {
                model.applyOrExplain(Edits.removeKeepingReports(id));
            }
        });
    }

    /**
     * Zooms so that the selected position and everything shown below it fill the view (no
     * closer than 150%); nothing happens without a selection.
     */
    public void zoomToSelection() {
        model.selection().flatMap(id -> model.layout().boundsOf(model.chart().subtree(id)))
                .ifPresent(b -> model.view().showRegion(b, 1.5));
    }

    /** Selects the manager of the selected position; the top of a team shown alone stays selected. */
    public void selectManager() {
        model.selection().filter(id -> !isShownTop(id))
                .map(id -> model.chart().position(id).reportsTo()).ifPresent(this::selectAndShow);
    }

    /** Whether {@code id} is the top of the team the window shows alone: above it and beside it nothing is drawn. */
    private boolean isShownTop(PositionId id) {
        return model.shownRoot().filter(id::equals).isPresent();
    }

    /**
     * A position added beside the top of a team shown alone (or as a new top) is outside that
     * team, so the canvas does not draw it: the status bar says so, and how to see it.
     */
    private void tellIfOutsideTeam(PositionId id) {
        model.shownRoot().filter(root -> !root.equals(id) && !model.chart().chainOfCommand(id).contains(root)).ifPresent(root ->
                model.setNotice(Texts.t("views.team.addedOutside", model.chart().position(root).title())));
    }

    /** Selects the first report of the selected position (expanding it when collapsed). */
    public void selectFirstReport() {
        model.selection().ifPresent(id -> {
            List<PositionId> reports = model.chart().childrenOf(id);
            if (!reports.isEmpty()) {
                if (model.layout().isCollapsed(id)) {
                    model.toggleCollapsed(id);
                }
                selectAndShow(reports.get(0));
            }
        });
    }

    /** Selects the previous (-1) or next (+1) sibling. */
    public void selectSibling(int step) {
        Optional<PositionId> selected = model.selection();
        if (selected.isEmpty()) {
            if (model.shownRoot().isPresent()) {
                selectAndShow(model.shownRoot().get());
            } else if (!model.chart().roots().isEmpty()) {
                selectAndShow(model.chart().roots().get(0));
            }
            return;
        }
        if (isShownTop(selected.get())) {
            return;
        }
        List<PositionId> siblings = model.chart().siblingsOf(selected.get());
        int i = siblings.indexOf(selected.get()) + step;
        if (i >= 0 && i < siblings.size()) {
            selectAndShow(siblings.get(i));
        }
    }

    /**
     * Moves the selected position by keyboard among its siblings: {@code -1} before the one
     * before it, {@code +1} after the one after it. Nothing happens at either end.
     */
    public void moveAmongSiblings(int step) {
        model.selection().ifPresent(id -> {
            List<PositionId> siblings = model.chart().siblingsOf(id);
            int to = siblings.indexOf(id) + step;
            if (to >= 0 && to < siblings.size()) {
                applyKeepingSelection(id, Edits.reorder(id, to));
            }
        });
    }

    /** The selected position reports to the sibling before it, as its last report: one level down. */
    public void moveUnderPreviousSibling() {
        model.selection().ifPresent(id -> {
            List<PositionId> siblings = model.chart().siblingsOf(id);
            int i = siblings.indexOf(id);
            if (i > 0) {
                applyKeepingSelection(id, Edits.move(id, siblings.get(i - 1), -1));
            }
        });
    }

    /** The selected position reports to its manager's manager, just after its former manager: one level up. */
    public void moveUpALevel() {
        model.selection().ifPresent(id -> {
            Chart chart = model.chart();
            PositionId manager = chart.position(id).reportsTo();
            if (manager != null) {
                PositionId grand = chart.position(manager).reportsTo();
                int index = chart.siblingsOf(manager).indexOf(manager) + 1;
                applyKeepingSelection(id, Edits.move(id, grand, index));
            }
        });
    }

    /** Applies a move of {@code id} as one gesture; the moved position stays selected and in view. */
    private void applyKeepingSelection(PositionId id, dev.orgwright.model.Edit edit) {
        model.gesture(() -> {
            if (model.applyOrExplain(edit)) {
                model.select(id);
                model.view().bringIntoView(id);
            }
        });
    }

    public void toggleCollapsedSelection() {
        model.selection().ifPresent(model::toggleCollapsed);
    }

    private void selectAndShow(PositionId id) {
        if (id != null) {
            model.gesture(() -> {
                model.select(id);
                model.view().bringIntoView(id);
            });
        }
    }

    /** The tier just below the manager's, or the manager's own when it is the lowest. */
    static String tierBelow(Chart chart, Position manager) {
        if (manager.tierId() == null) {
            return null;
        }
        List<Tier> tiers = chart.tiers();
        for (int i = 0; i < tiers.size() - 1; i++) {
            if (tiers.get(i).id().equals(manager.tierId())) {
                return tiers.get(i + 1).id();
            }
        }
        return manager.tierId();
    }

    /** "position-16", the first such id the chart does not use. */
    static PositionId freeId(Chart chart) {
        int n = chart.size() + 1;
        while (chart.contains(PositionId.of("position-" + n))) {
            n++;
        }
        return PositionId.of("position-" + n);
    }
}
