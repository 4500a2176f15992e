package dev.orgwright.ui.editor;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.fx.Texts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Dragging a position onto another to make it report there, or beside a sibling to reorder:
 * the logic the canvas and the outline share. It knows which position is dragged, which one it
 * hovers over, and what a drop there would do. The move's legality is checked once per hover,
 * and the drop applies the edit planned then (whose own check is the one per drop). One drop is
 * one edit and one change told to the window; a drop that breaks a tier rule is allowed and its
 * finding appears.
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
        reorderIndex = -1;
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
     * The position under the pointer, {@code along} being how far across its card or row the
     * pointer is (0 to 1, in the direction siblings are laid out). Over the outer quarter of a
     * sibling the drop reorders: the dragged position takes the place before or after it.
     */
    public void hover(PositionId over, double along) {
        if (source == null) {
            return;
        }
        Chart chart = model.chart();
        target = over == null || over.equals(source) || !chart.contains(over) ? null : over;
        reorderIndex = -1;
        String notice;
        if (target != null && (along < 0.25 || along > 0.75)
                && Objects.equals(chart.position(target).reportsTo(), chart.position(source).reportsTo())) {
            List<PositionId> siblings = chart.siblingsOf(source);
            int s = siblings.indexOf(source);
            int t = siblings.indexOf(target);
            after = along > 0.75;
            reorderIndex = after ? (t < s ? t + 1 : t) : (t < s ? t : t - 1);
            notice = reorderIndex == s ? null : Texts.t(after ? "editor.cardDrag.placeAfter" : "editor.cardDrag.placeBefore", chart.position(source).title(), chart.position(target).title());
            refusal = null;
        } else {
            refusal = target == null ? null : Edits.whyCannotReportTo(chart, source, target);
            notice = refusal;
        }
        model.gesture(() -> {
            model.setNotice(notice);
            model.dragChanged();
        });
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
     * Drops: the dragged position reports to the target (or, as a dotted line, also reports to
     * it), or takes its place among its siblings; the dropped card is then selected and kept in
     * view. A refused drop changes nothing and leaves its reason in the status bar. Returns
     * whether the chart changed.
     */
    public boolean drop(boolean dottedLine) {
        Edit edit = plannedEdit(dottedLine);
        String why = refusal;
        PositionId dragged = source;
        boolean[] done = new boolean[1];
        model.gesture(() -> {
            clear();
            model.setNotice(why);
            if (edit != null) {
                done[0] = model.apply(edit).orElseTell(model::setNotice);
            }
            if (done[0] && model.chart().contains(dragged)) {
                // The card dragged without being selected first is the one the user acts on next.
                model.select(dragged);
                model.view().bringIntoView(dragged);
            }
            model.dragChanged();
        });
        return done[0];
    }

    /** Hovers over {@code over} at {@code along} and drops there, as one change of the window. */
    public boolean dropAt(PositionId over, double along, boolean dottedLine) {
        boolean[] done = new boolean[1];
        model.gesture(() -> {
            hover(over, along);
            done[0] = drop(dottedLine);
        });
        return done[0];
    }

    /** The edit a drop would make now; null when it would change nothing or is refused. */
    private Edit plannedEdit(boolean dottedLine) {
        if (source == null || target == null || refusal != null) {
            return null;
        }
        Chart chart = model.chart();
        if (reorderIndex >= 0 && !dottedLine) {
            return reorderIndex == chart.siblingsOf(source).indexOf(source) ? null
                    : Edits.reorder(source, reorderIndex);
        }
        if (dottedLine) {
            return Edits.addDottedLine(source, target);
        }
        return target.equals(chart.position(source).reportsTo()) ? null : Edits.move(source, target, -1);
    }

    public void cancel() {
        boolean wasActive = source != null;
        clear();
        if (wasActive) {
            model.gesture(() -> {
                model.setNotice(null);
                model.dragChanged();
            });
        }
    }

    private void clear() {
        source = null;
        target = null;
        refusal = null;
        reorderIndex = -1;
    }
}
