package dev.orgwright.ui.editor;

import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import java.util.Optional;

/**
 * Dragging a card onto another to make it report there: which card is dragged, which card it
 * hovers over, and whether dropping there is allowed (a card cannot go into its own team). One
 * drop is one edit; a drop that breaks a tier rule is allowed and its finding appears.
 */
public final class CardDrag {

    private final ChartWindowModel model;
    private PositionId source;
    private PositionId target;
    private String refusal;
    /** When the drop reorders siblings: the place the dragged card takes among them; else -1. */
    private int reorderIndex = -1;
    /** Whether the card goes after the target (true) or before it. */
    private boolean after;

    CardDrag(ChartWindowModel model) {
        this.model = model;
    }

    public void begin(PositionId dragged) {
        source = dragged;
        target = null;
        refusal = null;
    }

    public boolean isActive() {
        return source != null;
    }

    public Optional<PositionId> source() {
        return Optional.ofNullable(source);
    }

    /** The card under the pointer, and whether the dragged card may report to it. */
    public void hover(PositionId over) {
        hover(over, 0.5);
    }

    /**
     * The card under the pointer, {@code along} being how far across it the pointer is (0 to 1,
     * in the direction siblings are laid out). Over the outer quarter of a sibling's card the
     * drop reorders: the dragged card takes the place before or after it.
     */
    public void hover(PositionId over, double along) {
        if (source == null) {
            return;
        }
        target = over == null || over.equals(source) ? null : over;
        reorderIndex = -1;
        String notice = null;
        if (target != null && (along < 0.25 || along > 0.75)
                && java.util.Objects.equals(model.chart().position(target).reportsTo(),
                        model.chart().position(source).reportsTo())) {
            java.util.List<PositionId> siblings = model.chart().siblingsOf(source);
            int s = siblings.indexOf(source);
            int t = siblings.indexOf(target);
            after = along > 0.75;
            int index = after ? (t < s ? t + 1 : t) : (t < s ? t : t - 1);
            reorderIndex = index;
            notice = index == s ? null : "Place '" + model.chart().position(source).title() + "' "
                    + (after ? "after" : "before") + " '" + model.chart().position(target).title() + "'";
            refusal = null;
        } else {
            refusal = target == null ? null : Edits.whyCannotReportTo(model.chart(), source, target);
            notice = refusal;
        }
        model.setNotice(notice);
        model.decorationsChanged();
    }

    /** Whether a drop now would reorder siblings rather than change the manager. */
    public boolean isReordering() {
        return reorderIndex >= 0;
    }

    /** When reordering: whether the dragged card goes after the target card. */
    public boolean isAfter() {
        return after;
    }

    public Optional<PositionId> target() {
        return Optional.ofNullable(target);
    }

    public boolean isRefused() {
        return refusal != null;
    }

    /**
     * Drops: the dragged card reports to the target (or, as a dotted line, also reports to it).
     * A refused drop changes nothing and leaves its reason in the status bar.
     */
    public boolean drop(boolean dottedLine) {
        PositionId from = source;
        PositionId to = target;
        String why = refusal;
        int reorder = reorderIndex;
        source = null;
        target = null;
        refusal = null;
        reorderIndex = -1;
        if (from == null || to == null) {
            model.decorationsChanged();
            return false;
        }
        if (why != null) {
            model.setNotice(why);
            model.decorationsChanged();
            return false;
        }
        model.setNotice(null);
        if (reorder >= 0 && !dottedLine) {
            boolean moved = reorder != model.chart().siblingsOf(from).indexOf(from)
                    && model.apply(Edits.reorder(from, reorder));
            model.decorationsChanged();
            return moved;
        }
        boolean done = model.reportTo(from, to, dottedLine);
        model.decorationsChanged();
        return done;
    }

    public void cancel() {
        source = null;
        target = null;
        refusal = null;
        reorderIndex = -1;
        model.setNotice(null);
        model.decorationsChanged();
    }
}
