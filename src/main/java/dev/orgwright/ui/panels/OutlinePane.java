package dev.orgwright.ui.panels;

import dev.orgwright.model.PositionId;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.collections.ObservableList;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.util.Duration;

/**
 * The hierarchy as a tree, kept in step with the canvas: selecting here selects there and the
 * other way round. Dragging a row works as dragging a card does, through the same drag: onto
 * the middle of a row it reports there, onto the upper or lower quarter of a sibling's row it
 * takes the place before or after it. Which rows exist and which are open is
 * {@link OutlineRows}'s; this tree mirrors it.
 */
public final class OutlinePane extends TreeView<PositionId> {

    private final ChartWindowModel model;
    private final OutlineRows rows = new OutlineRows();
    /** The rows whose reports have been made, by position: an edit brings only these up to date. */
    private final Map<PositionId, PositionItem> listedRows = new HashMap<>();
    private final PauseTransition scrollPending = new PauseTransition(Duration.millis(40));
    private final RowDragGesture gesture;
    private boolean syncing;

    public OutlinePane(ChartWindowModel model) {
        this.model = model;
        setId("outline");
        getStyleClass().add("outline");
        setShowRoot(false);
        setPrefWidth(240);
        setMinWidth(0);
        gesture = new RowDragGesture(this, model);
        setCellFactory(t -> new PositionCell());
        getSelectionModel().selectedItemProperty().addListener((o, was, item) -> {
            if (!syncing && item != null && model.chart().contains(item.getValue())) {
                syncing = true;
                try {
                    model.select(item.getValue());
                    model.view().bringIntoView(item.getValue());
                } finally {
                    syncing = false;
                }
            }
        });
        model.listen(EnumSet.of(Aspect.CHART, Aspect.SELECTION), change -> follow());
        follow();
    }

    /** After any change: the rows follow the chart (keeping what was open), the selection follows the model. */
    private void follow() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            OutlineRows.Update update = rows.show(model.chart());
            if (update.relistedAll()) {
                rebuildRows();
            } else if (update != OutlineRows.Update.UNCHANGED) {
                updateRows(update);
            }
            showSelection();
        } finally {
            syncing = false;
        }
    }

    private void rebuildRows() {
        listedRows.clear();
        PositionItem top = new PositionItem(null);
        top.setExpanded(true);
        setRoot(top);
    }

    /** Brings the listed rows an edit touched up to date; rows of reports that stay are kept, open or not. */
    private void updateRows(OutlineRows.Update update) {
        for (PositionId id : update.unlisted()) {
            PositionItem row = listedRows.get(id);
            if (row != null) {
                row.unlist();
            }
        }
        if (update.topRelisted() && getRoot() instanceof PositionItem top) {
            top.relist();
        }
        for (PositionId id : update.relisted()) {
            PositionItem row = listedRows.get(id);
            if (row != null) {
                row.relist();
            }
        }
        refresh(); // titles, holders and counts of the rows on screen
    }

    private void showSelection() {
        PositionId id = rows.selectedRow(model.selection()).orElse(null);
        if (id == null) {
            getSelectionModel().clearSelection();
            return;
        }
        TreeItem<PositionId> selected = getSelectionModel().getSelectedItem();
        if (selected != null && id.equals(selected.getValue()) && isShown(selected)) {
            return;
        }
        TreeItem<PositionId> item = reveal(id);
        if (item != null) {
            getSelectionModel().select(item);
            // Scrolling a long outline costs as much as an edit's new layout, so it waits for the
            // frame that shows the edit on the canvas; quick changes of selection scroll once.
            scrollPending.setOnFinished(e -> scrollToSelection());
            scrollPending.playFromStart();
        }
    }

    private void scrollToSelection() {
        TreeItem<PositionId> item = getSelectionModel().getSelectedItem();
        if (item == null || !isShown(item)) {
            return;
        }
        int row = getRow(item);
        if (row >= 0 && !isOnScreen(row)) {
            scrollTo(Math.max(0, row - 3));
        }
    }

    /** Whether row {@code row} is fully in view now: then scrolling (costly in a long outline) is not needed. */
    private boolean isOnScreen(int row) {
        if (!(lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return false;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && row > first.getIndex() && row < last.getIndex();
    }

    /** Whether a row still hangs below the root (the row of a moved position is let go). */
    private boolean isShown(TreeItem<PositionId> row) {
        TreeItem<PositionId> at = row;
        while (at.getParent() != null) {
            at = at.getParent();
        }
        return at == getRoot();
    }

    /** Opens the managers above {@code id} and returns its row; null when it is not in the chart. */
    public TreeItem<PositionId> reveal(PositionId id) {
        TreeItem<PositionId> at = getRoot();
        for (PositionId step : rows.reveal(id)) {
            at.setExpanded(true);
            TreeItem<PositionId> next = null;
            for (TreeItem<PositionId> child : at.getChildren()) {
                if (step.equals(child.getValue())) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            at = next;
        }
        return at == getRoot() ? null : at;
    }

    /** A row whose reports are made the first time they are asked for, from {@link OutlineRows}. */
    private final class PositionItem extends TreeItem<PositionId> {

        private boolean listed;

        PositionItem(PositionId id) {
            super(id);
            if (id != null) {
                setExpanded(rows.isExpanded(id));
                expandedProperty().addListener((o, was, open) -> rows.setExpanded(id, open));
            }
        }

        @Override
        public boolean isLeaf() {
            return getValue() != null && rows.isLeaf(getValue());
        }

        @Override
        public ObservableList<TreeItem<PositionId>> getChildren() {
            if (!listed) {
                listed = true;
                if (getValue() != null) {
                    listedRows.put(getValue(), this);
                }
                List<TreeItem<PositionId>> items = new ArrayList<>();
                for (PositionId id : rows.reportsOf(getValue())) {
                    items.add(new PositionItem(id));
                }
                super.getChildren().setAll(items);
            }
            return super.getChildren();
        }

        /**
         * Shows the reports the rows list now: rows of reports that stay are kept with what is
         * open below them, new reports get new rows; rows of reports that left were let go.
         */
        void relist() {
            Map<PositionId, TreeItem<PositionId>> kept = new HashMap<>();
            for (TreeItem<PositionId> child : super.getChildren()) {
                kept.put(child.getValue(), child);
            }
            List<TreeItem<PositionId>> items = new ArrayList<>();
            for (PositionId id : rows.reportsOf(getValue())) {
                TreeItem<PositionId> row = kept.get(id);
                items.add(row != null ? row : new PositionItem(id));
            }
            super.getChildren().setAll(items);
        }

        /** Forgets the rows made below this one (it left its manager or the chart), as the rows did. */
        void unlist() {
            List<PositionItem> pending = new ArrayList<>(List.of(this));
            while (!pending.isEmpty()) {
                PositionItem row = pending.remove(pending.size() - 1);
                if (row.listed) {
                    row.listed = false;
                    listedRows.remove(row.getValue(), row);
                    for (TreeItem<PositionId> child : row.listedChildren()) {
                        if (child instanceof PositionItem p) {
                            pending.add(p);
                        }
                    }
                }
            }
        }

        private List<TreeItem<PositionId>> listedChildren() {
            return super.getChildren();
        }
    }

    /** "Chief Executive Officer — Ada Example", vacancies marked; a row is dragged as a card is. */
    private final class PositionCell extends TreeCell<PositionId> {

        PositionCell() {
            gesture.install(this);
        }

        @Override
        protected void updateItem(PositionId id, boolean empty) {
            super.updateItem(id, empty);
            pseudoClassStateChanged(VACANT, false);
            gesture.showMark(this);
            if (empty || id == null || !rows.chart().contains(id)) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(rows.text(id));
            pseudoClassStateChanged(VACANT, rows.isVacant(id));
        }
    }

    private static final javafx.css.PseudoClass VACANT = javafx.css.PseudoClass.getPseudoClass("vacant");
}
