package dev.orgwright.ui.compare;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The cards on their way from one layout to another: each position in both glides from its old
 * box to its new one, a position in only one fades out or in. Plain numbers, so the animation
 * can be checked without a toolkit.
 */
public final class LayoutTransition {

    /** One card in flight; {@code from} or {@code to} is null when it is in only one layout. */
    public record Card(PositionId id, String title, Box from, Box to) {

        public Box at(double t) {
            if (from == null) {
                return to;
            }
            if (to == null) {
                return from;
            }
            return new Box(mix(from.x(), to.x(), t), mix(from.y(), to.y(), t), mix(from.width(), to.width(), t),
                    mix(from.height(), to.height(), t));
        }

        /** How opaque it is at {@code t}: fading in, fading out, or fully there. */
        double opacity(double t) {
            return from == null ? t : to == null ? 1 - t : 1;
        }
    }

    private final List<Card> cards = new ArrayList<>();

    /**
     * From {@code fromLayout} of {@code fromChart} to {@code toLayout} of {@code toChart};
     * {@code toId} maps an id of the first chart to the id the same position has in the second.
     */
    LayoutTransition(Chart fromChart, ChartLayout fromLayout, Chart toChart, ChartLayout toLayout,
                     UnaryOperator<PositionId> toId) {
        java.util.Set<PositionId> seen = new java.util.HashSet<>();
        for (Position p : fromChart.inTreeOrder()) {
            PositionId other = toId.apply(p.id());
            Box to = toChart.contains(other) ? toLayout.box(other).orElse(null) : null;
            cards.add(new Card(other, p.title(), fromLayout.box(p.id()).orElse(null), to));
            seen.add(other);
        }
        for (Position p : toChart.inTreeOrder()) {
            if (!seen.contains(p.id())) {
                cards.add(new Card(p.id(), p.title(), null, toLayout.box(p.id()).orElse(null)));
            }
        }
        cards.removeIf(c -> c.from() == null && c.to() == null);
    }

    public List<Card> cards() {
        return cards;
    }

    private static double mix(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
