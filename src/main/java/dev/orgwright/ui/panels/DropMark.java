package dev.orgwright.ui.panels;

import dev.orgwright.model.PositionId;
import dev.orgwright.ui.editor.CardDrag;

/**
 * How an outline row is marked while a position is dragged over it, read from the drag the
 * canvas uses too: the row it would report to, a refusal, or the line where it would be placed
 * among its siblings.
 */
public enum DropMark {
    NONE(""), TARGET("drop-target"), REFUSED("drop-refused"), BEFORE("insert-before"), AFTER("insert-after");

    private final String pseudoClass;

    DropMark(String pseudoClass) {
        this.pseudoClass = pseudoClass;
    }

    /** The name the style sheet knows the mark by; empty for none. */
    public String pseudoClass() {
        return pseudoClass;
    }

    /** The mark of {@code row} in the drag's present state. */
    public static DropMark of(CardDrag drag, PositionId row) {
        if (row == null || !drag.isActive() || !drag.target().map(row::equals).orElse(false)) {
            return NONE;
        }
        if (drag.isReordering()) {
            return drag.isAfter() ? AFTER : BEFORE;
        }
        return drag.isRefused() ? REFUSED : TARGET;
    }

    /**
     * How far down a row of {@code height} the pointer at {@code y} is, from 0 to 1: siblings are
     * listed one below the other, so this is the drag's "along" for a row.
     */
    public static double along(double y, double height) {
        return height <= 0 ? 0.5 : Math.max(0, Math.min(1, y / height));
    }
}
