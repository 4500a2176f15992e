package dev.orgwright.ui.panels;

import dev.orgwright.model.PositionId;
import dev.orgwright.ui.editor.CardDrag;
import dev.orgwright.ui.editor.ChartWindowModel;
import javafx.css.PseudoClass;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Dragging an outline row as a card is dragged: the mouse drives the window's one
 * {@link CardDrag} (begin, hover with how far down the row the pointer is, drop with Alt for a
 * dotted line, cancel), so the rules of a drop are the canvas's. The row under the pointer
 * shows the drag's {@link DropMark}. A drag of the scene's own (not the system's) is used: it
 * knows whether Alt is held, and the dragged id never leaves the program.
 */
final class RowDragGesture {

    private final ChartWindowModel model;
    /** Whether the drag under way started on a row of this outline (the canvas has its own). */
    private boolean dragging;
    private TreeCell<PositionId> marked;

    RowDragGesture(TreeView<PositionId> tree, ChartWindowModel model) {
        this.model = model;
        // A drag ends with the button's release wherever the pointer is; a drop on a row came first.
        tree.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> cancel());
        tree.addEventHandler(javafx.scene.input.MouseDragEvent.MOUSE_DRAG_EXITED, e -> {
            if (dragging && e.getTarget() == tree) {
                drag().hover(null); // off the outline: nothing to drop on
                mark(null);
            }
        });
        tree.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (dragging && e.getCode() == KeyCode.ESCAPE) {
                cancel();
                e.consume();
            }
        });
    }

    private CardDrag drag() {
        return model.drag();
    }

    /** Lets {@code cell}'s row be dragged, and be dropped on. */
    void install(TreeCell<PositionId> cell) {
        cell.setOnDragDetected(e -> {
            if (cell.getItem() != null && e.getButton() == MouseButton.PRIMARY) {
                dragging = true;
                drag().begin(cell.getItem());
                cell.startFullDrag();
                e.consume();
            }
        });
        cell.setOnMouseDragOver(e -> {
            if (dragging) {
                drag().hover(cell.getItem(), DropMark.along(e.getY(), cell.getHeight()));
                mark(cell);
            }
        });
        cell.setOnMouseDragExited(e -> {
            if (marked == cell) {
                mark(null);
            }
        });
        cell.setOnMouseDragReleased(e -> {
            if (dragging) {
                dragging = false;
                mark(null);
                // The last hover and the drop are one change; a refusal is left in the status bar.
                drag().dropAt(cell.getItem(), DropMark.along(e.getY(), cell.getHeight()), e.isAltDown());
                e.consume();
            }
        });
    }

    /** Shows on {@code cell} the mark of the row it now shows (cells are reused for other rows). */
    void showMark(TreeCell<PositionId> cell) {
        show(cell, dragging ? DropMark.of(drag(), cell.getItem()) : DropMark.NONE);
    }

    private void cancel() {
        if (dragging) {
            dragging = false;
            drag().cancel();
            mark(null);
        }
    }

    /** Marks {@code cell} (the row under the pointer) as the drag now sees it, and unmarks the row marked before. */
    private void mark(TreeCell<PositionId> cell) {
        if (marked != null && marked != cell) {
            show(marked, DropMark.NONE);
        }
        marked = cell;
        if (cell != null) {
            showMark(cell);
        }
    }

    private static void show(TreeCell<PositionId> cell, DropMark mark) {
        for (DropMark m : DropMark.values()) {
            if (m != DropMark.NONE) {
                cell.pseudoClassStateChanged(PseudoClass.getPseudoClass(m.pseudoClass()), m == mark);
            }
        }
    }
}
