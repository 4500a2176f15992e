package dev.orgwright.ui.panels;

import dev.orgwright.model.Chart;
import dev.orgwright.model.ChartChange;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * The hierarchy as a tree, kept in step with the canvas: selecting here selects there and the
 * other way round; dragging a row onto another makes it report there, as on the canvas. Rows
 * are made only for expanded managers, so a chart of 100,000 positions costs what is open.
 */
public final class OutlinePane extends TreeView<PositionId> {

    /** What an outline row carries while dragged: the position's id, inside this program only. */
    static final DataFormat POSITION_ID = new DataFormat("application/x-orgwright-position-id");

    private final ChartWindowModel model;
    private Chart shownChart;
    private boolean syncing;
    private final javafx.animation.PauseTransition scrollPending =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(40));
    /** The rows whose reports have been made, by position: an edit brings only these up to date. */
    private final Map<PositionId, PositionItem> loadedRows = new HashMap<>();

    public OutlinePane(ChartWindowModel model) {
        this.model = model;
        setId("outline");
        getStyleClass().add("outline");
        setShowRoot(false);
        setPrefWidth(240);
        setMinWidth(0);
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

    /** After any change: the rows follow the chart (keeping what was expanded), the selection follows the model. */
    private void follow() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            Chart chart = model.chart();
            if (chart != shownChart && !updateRows(chart)) {
                rebuildRows(chart);
            }
            showSelection(model.selection().orElse(null));
        } finally {
            syncing = false;
        }
    }

    /** Makes every row afresh, keeping expanded what was. */
    private void rebuildRows(Chart chart) {
        Set<PositionId> expanded = new HashSet<>();
        if (getRoot() != null) {
            collectExpanded(getRoot(), expanded);
        }
        boolean first = shownChart == null || getRoot() == null;
        shownChart = chart;
        loadedRows.clear();
        PositionItem root = new PositionItem(null);
        root.setExpanded(true);
        setRoot(root);
        if (first || expanded.isEmpty()) {
            for (TreeItem<PositionId> top : root.getChildren()) {
                top.setExpanded(true); // the roots' reports show at once
            }
        } else {
            reopen(root, expanded);
        }
    }

    /**
     * After edits whose extent the chart knows: only the made rows of the positions they touched
     * get their reports again (a report that stays keeps its row, expanded or not), and the
     * visible cells are redrawn. False when the extent is not known.
     */
    private boolean updateRows(Chart chart) {
        if (shownChart == null || !(getRoot() instanceof PositionItem root)) {
            return false;
        }
        Optional<ChartChange> change = chart.changesSince(shownChart);
        if (change.isEmpty() || change.get().positions().size() > 2_000) {
            return false;
        }
        shownChart = chart;
        if (root.loaded && !root.reportsInChart().equals(root.shownReports())) {
            root.sync();
        }
        for (PositionId id : change.get().positions()) {
            PositionItem row = loadedRows.get(id);
            if (row != null && row.loaded) {
                if (!chart.contains(id)) {
                    row.unload();
                } else if (!row.reportsInChart().equals(row.shownReports())) {
                    row.sync();
                }
            }
        }
        refresh(); // titles, holders and counts of the rows on screen
        return true;
    }

    private void showSelection(PositionId id) {
        if (id == null || !model.chart().contains(id)) {
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

    /** Expands the managers above {@code id} and returns its row. */
    public TreeItem<PositionId> reveal(PositionId id) {
        List<PositionId> chain = new java.util.ArrayList<>(model.chart().chainOfCommand(id)); // nearest first
        java.util.Collections.reverse(chain);
        chain.add(id); // from the root down to id
        TreeItem<PositionId> at = getRoot();
        for (PositionId step : chain) {
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

    private static void collectExpanded(TreeItem<PositionId> item, Set<PositionId> out) {
        if (item instanceof PositionItem p && p.loaded) {
            if (item.getValue() != null && item.isExpanded()) {
                out.add(item.getValue());
            }
            for (TreeItem<PositionId> child : item.getChildren()) {
                collectExpanded(child, out);
            }
        }
    }

    private static void reopen(TreeItem<PositionId> item, Set<PositionId> expanded) {
        for (TreeItem<PositionId> child : item.getChildren()) {
            if (expanded.contains(child.getValue())) {
                child.setExpanded(true);
                reopen(child, expanded);
            }
        }
    }

    /** A row whose children are made the first time they are asked for. */
    private final class PositionItem extends TreeItem<PositionId> {

        private boolean loaded;

        PositionItem(PositionId id) {
            super(id);
        }

        @Override
        public boolean isLeaf() {
            return getValue() != null && shownChart.childrenOf(getValue()).isEmpty();
        }

        @Override
        public ObservableList<TreeItem<PositionId>> getChildren() {
            if (!loaded) {
                loaded = true;
                if (getValue() != null) {
                    loadedRows.put(getValue(), this);
                }
                List<PositionId> ids = reportsInChart();
                TreeItem<?>[] items = new TreeItem<?>[ids.size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = new PositionItem(ids.get(i));
                }
                @SuppressWarnings("unchecked")
                TreeItem<PositionId>[] typed = (TreeItem<PositionId>[]) items;
                super.getChildren().setAll(typed);
            }
            return super.getChildren();
        }

        /** The reports the shown chart gives this row: the roots, for the invisible top row. */
        List<PositionId> reportsInChart() {
            return getValue() == null ? shownChart.roots() : shownChart.childrenOf(getValue());
        }

        /** The reports this row's children show now. */
        List<PositionId> shownReports() {
            List<PositionId> out = new ArrayList<>();
            for (TreeItem<PositionId> child : super.getChildren()) {
                out.add(child.getValue());
            }
            return out;
        }

        /**
         * Shows the reports the chart gives now: rows of reports that stay are kept with what
         * is open below them, new reports get new rows, rows of reports that left are let go.
         */
        void sync() {
            Map<PositionId, TreeItem<PositionId>> kept = new HashMap<>();
            for (TreeItem<PositionId> child : super.getChildren()) {
                kept.put(child.getValue(), child);
            }
            List<PositionId> ids = reportsInChart();
            List<TreeItem<PositionId>> rows = new ArrayList<>(ids.size());
            for (PositionId id : ids) {
                TreeItem<PositionId> row = kept.remove(id);
                rows.add(row != null ? row : new PositionItem(id));
            }
            for (TreeItem<PositionId> gone : kept.values()) {
                if (gone instanceof PositionItem p) {
                    p.unload();
                }
            }
            super.getChildren().setAll(rows);
        }

        /** Forgets the rows made below this one (it left its manager or the chart). */
        void unload() {
            List<PositionItem> pending = new ArrayList<>(List.of(this));
            while (!pending.isEmpty()) {
                PositionItem row = pending.remove(pending.size() - 1);
                if (row.loaded) {
                    loadedRows.remove(row.getValue(), row);
                    for (TreeItem<PositionId> child : row.superChildren()) {
                        if (child instanceof PositionItem p) {
                            pending.add(p);
                        }
                    }
                }
            }
        }

        private List<TreeItem<PositionId>> superChildren() {
            return super.getChildren();
        }
    }

    /** "Chief Executive Officer — Ada Example", vacancies marked; drag and drop to reparent. */
    private final class PositionCell extends TreeCell<PositionId> {

        PositionCell() {
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    Dragboard board = startDragAndDrop(TransferMode.MOVE, TransferMode.LINK);
                    ClipboardContent content = new ClipboardContent();
                    content.put(POSITION_ID, getItem().value());
                    board.setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                PositionId dragged = dragged(e.getDragboard());
                if (dragged != null && getItem() != null && !dragged.equals(getItem())
                        && Edits.whyCannotReportTo(model.chart(), dragged, getItem()) == null) {
                    e.acceptTransferModes(TransferMode.MOVE, TransferMode.LINK);
                }
                e.consume();
            });
            setOnDragEntered(e -> {
                PositionId dragged = dragged(e.getDragboard());
                if (dragged != null && getItem() != null && !dragged.equals(getItem())) {
                    String why = Edits.whyCannotReportTo(model.chart(), dragged, getItem());
                    pseudoClassStateChanged(DROP_TARGET, why == null);
                    pseudoClassStateChanged(DROP_REFUSED, why != null);
                    model.setNotice(why);
                }
            });
            setOnDragExited(e -> {
                pseudoClassStateChanged(DROP_TARGET, false);
                pseudoClassStateChanged(DROP_REFUSED, false);
            });
            setOnDragDropped(e -> {
                PositionId dragged = dragged(e.getDragboard());
                PositionId target = getItem();
                boolean done = false;
                if (dragged != null && target != null && !dragged.equals(target)) {
                    boolean dotted = e.getAcceptedTransferMode() == TransferMode.LINK;
                    model.drag().begin(dragged);
                    model.drag().hover(target);
                    done = model.drag().drop(dotted); // a refusal is left in the status bar
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        private PositionId dragged(Dragboard board) {
            Object v = board.getContent(POSITION_ID);
            if (v instanceof String s) {
                PositionId id = PositionId.of(s);
                return model.chart().contains(id) ? id : null;
            }
            return null;
        }

        @Override
        protected void updateItem(PositionId id, boolean empty) {
            super.updateItem(id, empty);
            pseudoClassStateChanged(VACANT, false);
            if (empty || id == null || !shownChart.contains(id)) {
                setText(null);
                setTooltip(null);
                return;
            }
            Position p = shownChart.position(id);
            int reports = shownChart.childrenOf(id).size();
            setText(p.isVacant() ? p.title() + " — vacant" : p.title() + " — " + p.holder());
            pseudoClassStateChanged(VACANT, p.isVacant());
            if (reports > 0 && !Objects.equals(getTreeItem() == null ? null : getTreeItem().isExpanded(), true)) {
                setText(getText() + "  (" + reports + ")");
            }
        }
    }

    private static final javafx.css.PseudoClass VACANT = javafx.css.PseudoClass.getPseudoClass("vacant");
    private static final javafx.css.PseudoClass DROP_TARGET = javafx.css.PseudoClass.getPseudoClass("drop-target");
    private static final javafx.css.PseudoClass DROP_REFUSED = javafx.css.PseudoClass.getPseudoClass("drop-refused");
}
