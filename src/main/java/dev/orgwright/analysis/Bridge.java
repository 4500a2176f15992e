package dev.orgwright.analysis;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.diff.Change;
import dev.orgwright.model.diff.ChangeKind;
import dev.orgwright.model.diff.ChartDiff;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * How a proposal gets from the current head count, FTE and cost to its own: what the added
 * positions bring, what the removed ones take away, and what changes to the positions kept do.
 * Before plus added, minus closed, plus changed is after, for FTE and cost alike.
 *
 * @param before  the current chart's totals
 * @param after   the proposal's totals
 * @param added   positions only the proposal has
 * @param closed  positions the proposal removes
 * @param moved   positions kept that report elsewhere
 * @param changed positions kept with anything else changed (title, holder, tier, FTE, cost…)
 * @param fteAdded the FTE of the added positions
 * @param fteClosed the FTE of the removed positions
 * @param fteChanged how much the FTE of the kept positions changed
 * @param costAdded the cost of the added positions, as far as known
 * @param costClosed the cost of the removed positions, as far as known
 * @param costChanged how much the cost of the kept positions changed
 */
public record Bridge(Totals before, Totals after, int added, int closed, int moved, int changed,
                     BigDecimal fteAdded, BigDecimal fteClosed, BigDecimal fteChanged,
                     BigDecimal costAdded, BigDecimal costClosed, BigDecimal costChanged) {

    /** Head count, FTE and cost of one chart. */
    public record Totals(int positions, BigDecimal fte, BigDecimal cost) {
    }

    /** The bridge of a comparison, from its old chart to its new one. */
    public static Bridge of(ChartDiff diff) {
        Chart older = diff.oldChart();
        Chart newer = diff.newChart();
        int closed = 0;
        int moved = 0;
        int changed = 0;
        BigDecimal fteClosed = BigDecimal.ZERO;
        BigDecimal costClosed = BigDecimal.ZERO;
        BigDecimal fteChanged = BigDecimal.ZERO;
        BigDecimal costChanged = BigDecimal.ZERO;
        Set<PositionId> kept = new HashSet<>();
        for (Position o : older.positionsById().values()) {
            PositionId id = diff.newIdOf(o.id());
            Position n = newer.find(id).orElse(null);
            if (n == null) {
                closed++;
                fteClosed = fteClosed.add(o.fte());
                costClosed = costClosed.add(cost(o));
                continue;
            }
            kept.add(id);
            PositionId wasManager = o.reportsTo() == null ? null : diff.newIdOf(o.reportsTo());
            if (!Objects.equals(wasManager, n.reportsTo())) {
                moved++;
            }
            boolean other = false;
            for (Change c : diff.changesFor(id)) {
                other |= c.kind() != ChangeKind.MOVED && c.kind() != ChangeKind.REORDERED;
            }
            changed += other ? 1 : 0;
            fteChanged = fteChanged.add(n.fte().subtract(o.fte()));
            costChanged = costChanged.add(cost(n).subtract(cost(o)));
        }
        int added = 0;
        BigDecimal fteAdded = BigDecimal.ZERO;
        BigDecimal costAdded = BigDecimal.ZERO;
        for (Position n : newer.positionsById().values()) {
            if (!kept.contains(n.id())) {
                added++;
                fteAdded = fteAdded.add(n.fte());
                costAdded = costAdded.add(cost(n));
            }
        }
        return new Bridge(totals(older), totals(newer), added, closed, moved, changed, Plain.of(fteAdded),
                Plain.of(fteClosed), Plain.of(fteChanged), Plain.of(costAdded),
                Plain.of(costClosed), Plain.of(costChanged));
    }

    private static Totals totals(Chart chart) {
        BigDecimal fte = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        for (Position p : chart.positionsById().values()) {
            fte = fte.add(p.fte());
            cost = cost.add(cost(p));
        }
        return new Totals(chart.size(), Plain.of(fte), Plain.of(cost));
    }

    private static BigDecimal cost(Position p) {
        return p.cost() == null ? BigDecimal.ZERO : p.cost();
    }
}
