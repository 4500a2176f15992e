package dev.orgwright.cli;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures a consultant quotes about a chart: how many positions, how deep, how many
 * vacancies, how positions spread over the tiers, who has the widest span of control.
 *
 * <p>Computed in one walk of the tree with an explicit stack, never by recursion, so a chain of
 * 100,000 positions costs a few megabytes of heap and no call stack.
 *
 * @param title       the chart's title
 * @param positions   the number of positions
 * @param roots       positions without a manager
 * @param depth       levels of the deepest reporting line, a root being level 1; 0 for an empty chart
 * @param vacancies   positions nobody holds
 * @param perTier     positions per tier, in rank order, then "no tier" when any position has none
 * @param largestSpan the position with the most direct reports (the first in tree order on a
 *                    tie); empty when nobody has reports
 * @param assistants  positions marked as assistants
 * @param dottedLines dotted reporting lines, counted once per position and dotted-line manager
 * @param fte         the FTE of all positions together, planned and closing ones included
 * @param cost        the annual cost of the positions that have one; empty when none has
 * @param costed      how many positions have a cost
 * @param currency    the chart's currency, when it names one
 */
record ChartStatistics(String title, int positions, int roots, int depth, int vacancies,
                       List<TierCount> perTier, Optional<Span> largestSpan, int assistants,
                       int dottedLines, BigDecimal fte, Optional<BigDecimal> cost, int costed,
                       Optional<String> currency) {

    /** The key of the label used for positions whose tier is not decided yet. */
    static final String NO_TIER = "cli.stats.noTier";

    /**
     * How many positions sit in one tier.
     *
     * @param tierId    the tier's id, or {@code null} for positions with no tier
     * @param name      the tier's name, or the label {@link #NO_TIER} names in the user's language
     * @param positions how many positions it holds
     */
    record TierCount(String tierId, String name, int positions) {
    }

    /**
     * A position's span of control.
     *
     * @param id            the position
     * @param title         its title
     * @param directReports how many positions report to it directly (assistants included)
     */
    record Span(PositionId id, String title, int directReports) {
    }

    /** Walks the chart once and counts. */
    static ChartStatistics of(Chart chart) {
        Map<String, Integer> byTier = new LinkedHashMap<>();
        for (Tier tier : chart.tiers()) {
            byTier.put(tier.id(), 0);
        }
        int noTier = 0;
        int depth = 0;
        int vacancies = 0;
        int assistants = 0;
        int dottedLines = 0;
        BigDecimal fte = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        int costed = 0;
        Span widest = null;

        // One iterator per level on the way down: the stack's size is the current position's level.
        Deque<Iterator<PositionId>> levels = new ArrayDeque<>();
        levels.push(chart.roots().iterator());
        while (!levels.isEmpty()) {
            Iterator<PositionId> level = levels.peek();
            if (!level.hasNext()) {
                levels.pop();
                continue;
            }
            PositionId id = level.next();
            Position position = chart.position(id);
            depth = Math.max(depth, levels.size());
            if (position.isVacant()) {
                vacancies++;
            }
            if (position.assistant()) {
                assistants++;
            }
            dottedLines += position.dottedLines().size();
            fte = fte.add(position.fte());
            if (position.hasCost()) {
                cost = cost.add(position.cost());
                costed++;
            }
            if (position.tierId() == null) {
                noTier++;
            } else {
                byTier.merge(position.tierId(), 1, Integer::sum);
            }
            List<PositionId> reports = chart.childrenOf(id);
            if (!reports.isEmpty()) {
                if (widest == null || reports.size() > widest.directReports()) {
                    widest = new Span(id, position.title(), reports.size());
                }
                levels.push(reports.iterator());
            }
        }

        List<TierCount> perTier = new ArrayList<>();
        for (Tier tier : chart.tiers()) {
            perTier.add(new TierCount(tier.id(), tier.name(), byTier.get(tier.id())));
        }
        if (noTier > 0) {
            perTier.add(new TierCount(null, CliTexts.t(NO_TIER), noTier));
        }
        return new ChartStatistics(chart.title(), chart.size(), chart.roots().size(), depth, vacancies,
                List.copyOf(perTier), Optional.ofNullable(widest), assistants, dottedLines, plain(fte),
                costed == 0 ? Optional.empty() : Optional.of(plain(cost)), costed, chart.settings().currency());
    }

    /** Without trailing zeros and never with an exponent: 12.5, 300, not 12.50 or 3E+2. */
    static BigDecimal plain(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
