package dev.orgwright.ui;

import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import java.util.Optional;

/**
 * Dragging a card onto another to make it report there: which card is dragged, which card it
 * hovers over, and whether dropping there is allowed (a card cannot go into its own team). One
 * drop is one edit; a drop that breaks a tier rule is allowed and its finding appears.
 */
final class CardDrag {

    private final ChartWindowModel model;
    private PositionId source;
    private PositionId target;
    private String refusal;

    CardDrag(ChartWindowModel model) {
        this.model = model;
    }

    void begin(PositionId dragged) {
        source = dragged;
        target = null;
        refusal = null;
    }

    boolean isActive() {
        return source != null;
    }

    Optional<PositionId> source() {
        return Optional.ofNullable(source);
    }

    /** The card under the pointer, and whether the dragged card may report to it. */
    void hover(PositionId over) {
        if (source == null) {
            return;
        }
        target = over == null || over.equals(source) ? null : over;
        refusal = target == null ? null : Edits.whyCannotReportTo(model.chart(), source, target);
        model.setNotice(refusal);
        model.decorationsChanged();
    }

    Optional<PositionId> target() {
        return Optional.ofNullable(target);
    }

    boolean isRefused() {
        return refusal != null;
    }

    /**
     * Drops: the dragged card reports to the target (or, as a dotted line, also reports to it).
     * A refused drop changes nothing and leaves its reason in the status bar.
     */
    boolean drop(boolean dottedLine) {
        PositionId from = source;
        PositionId to = target;
        String why = refusal;
        source = null;
        target = null;
        refusal = null;
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
        boolean done = dottedLine ? model.apply(Edits.addDottedLine(from, to))
                : !to.equals(model.chart().position(from).reportsTo()) && model.apply(Edits.move(from, to, -1));
        model.decorationsChanged();
        return done;
    }

    void cancel() {
        source = null;
        target = null;
        refusal = null;
        model.setNotice(null);
        model.decorationsChanged();
    }
}
