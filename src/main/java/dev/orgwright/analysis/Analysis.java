package dev.orgwright.analysis;

import dev.orgwright.model.Chart;
import dev.orgwright.model.ManagerArchetype;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pcollections.PMap;

/**
 * The figures of one version of a chart: each position's span, layer and roll-ups, and the
 * chart's head count, FTE, cost, spans and layers, also by tier, department and layer. A value:
 * {@link Analyzer#update} makes the next version's analysis from this one.
 */
public final class Analysis {

    private final Chart chart;
    private final List<SpanBand> bands;
    private final PMap<PositionId, PositionFigures> figures;
    private final Tally tally;

    Analysis(Chart chart, List<SpanBand> bands, PMap<PositionId, PositionFigures> figures, Tally tally) {
        this.chart = chart;
        this.bands = List.copyOf(bands);
        this.figures = figures;
        this.tally = tally;
    }

    /** The chart these are the figures of. */
    public Chart chart() {
        return chart;
    }

    /** The span bands managers are counted in. */
    public List<SpanBand> bands() {
        return bands;
    }

    /** The figures of a position of the chart. */
    public PositionFigures of(PositionId id) {
        PositionFigures f = figures.get(id);
        if (f == null) {
            throw new IllegalArgumentException("The chart has no position with id '" + id + "'.");
        }
        return f;
    }

    PMap<PositionId, PositionFigures> figures() {
        return figures;
    }

    Tally tally() {
        return tally;
    }

    public int positions() {
        return tally.positions;
    }

    public int filled() {
        return tally.positions - tally.vacant;
    }

    public int vacant() {
        return tally.vacant;
    }

    public int planned() {
        return tally.planned;
    }

    public int closing() {
        return tally.closing;
    }

    /** Positions with at least one direct report who is not an assistant. */
    public int managers() {
        return tally.managers;
    }

    /** Positions that manage no one: the individual contributors. */
    public int individualContributors() {
        return tally.positions - tally.managers;
    }

    /** Individual contributors per manager; empty for a chart without managers. */
    public Optional<BigDecimal> contributorsPerManager() {
        return tally.managers == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(individualContributors())
                .divide(BigDecimal.valueOf(tally.managers), 2, RoundingMode.HALF_UP));
    }

    /** Managers with exactly one report: each such pair is a layer more than the work may need. */
    public int singleReportManagers() {
        return tally.singleReport;
    }

    /** The deepest layer; 0 for an empty chart. */
    public int layers() {
        return tally.byLayer.isEmpty() ? 0 : tally.byLayer.lastKey();
    }

    /** Positions in each layer, from layer 1 down. */
    public List<Integer> positionsPerLayer() {
        List<Integer> out = new ArrayList<>();
        for (int layer = 1; layer <= layers(); layer++) {
            GroupFigures g = tally.byLayer.get(layer);
            out.add(g == null ? 0 : g.positions());
        }
        return out;
    }

    /** How many positions of tier {@code tierId} ("" for positions without a tier) sit in {@code layer}. */
    public int positionsIn(int layer, String tierId) {
        Map<String, Integer> tiers = tally.tiersPerLayer.get(layer);
        return tiers == null ? 0 : tiers.getOrDefault(tierId, 0);
    }

    /** The mean span of the managers; empty without managers. */
    public Optional<BigDecimal> meanSpan() {
        return tally.managers == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(tally.spanSum)
                .divide(BigDecimal.valueOf(tally.managers), 2, RoundingMode.HALF_UP));
    }

    /** The median span of the managers (the mean of the two middle ones for an even count); empty without managers. */
    public Optional<BigDecimal> medianSpan() {
        int n = tally.managers;
        if (n == 0) {
            return Optional.empty();
        }
        int lower = spanAt((n - 1) / 2);
        int upper = spanAt(n / 2);
        return Optional.of(Plain.of(BigDecimal.valueOf(lower + upper).divide(BigDecimal.valueOf(2), 1,
                RoundingMode.HALF_UP)));
    }

    /** The span of the manager at 0-based {@code rank} when managers are sorted by span. */
    private int spanAt(int rank) {
        int seen = 0;
        for (Map.Entry<Integer, Integer> e : tally.spans.entrySet()) {
            seen += e.getValue();
            if (rank < seen) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("No manager of rank " + rank + ".");
    }

    /** Managers per span band, in the order of the bands. */
    public List<BandCount> spanBands() {
        List<BandCount> out = new ArrayList<>();
        for (SpanBand band : bands) {
            int n = 0;
            for (Map.Entry<Integer, Integer> e : tally.spans.subMap(band.min(), true,
                    band.max(), true).entrySet()) {
                n += e.getValue();
            }
            out.add(new BandCount(band, n));
        }
        return out;
    }

    /** Managers with a span in a band. */
    public record BandCount(SpanBand band, int managers) {
    }

    /**
     * For each manager archetype, in the order of {@link ManagerArchetype}: how many positions are
     * given it and how many of those manage a team outside its target span (by the chart's
     * {@code settings.targets.archetype}, or common practice). A position without reports is
     * counted as given but never as outside, as the rule {@code span-outside-target} does.
     */
    public List<ArchetypeCount> archetypes() {
        List<ArchetypeCount> out = new ArrayList<>();
        for (ManagerArchetype a : ManagerArchetype.values()) {
            int[] range = a.targetSpan(chart.settings());
            int given = 0;
            int outside = 0;
            for (Map.Entry<Integer, Integer> e : tally.archetypeSpans.getOrDefault(a, new java.util.TreeMap<>()).entrySet()) {
                given += e.getValue();
                if (e.getKey() > 0 && (e.getKey() < range[0] || e.getKey() > range[1])) {
                    outside += e.getValue();
                }
            }
            out.add(new ArchetypeCount(a, range[0], range[1], given, outside));
        }
        return out;
    }

    /**
     * The positions given a manager archetype.
     *
     * @param min       the smallest span of the target
     * @param max       the largest, {@link Integer#MAX_VALUE} when open
     * @param positions how many positions are given the archetype
     * @param outside   how many of them manage a team outside the target span
     */
    public record ArchetypeCount(ManagerArchetype archetype, int min, int max, int positions, int outside) {

        /** "3-5", "15+". */
        public String range() {
            return max == Integer.MAX_VALUE ? min + "+" : min == max ? String.valueOf(min) : min + "-" + max;
        }
    }

    /** Total FTE. */
    public BigDecimal fte() {
        return Plain.of(tally.fte);
    }

    /** Total cost of the positions that have one. */
    public BigDecimal cost() {
        return Plain.of(tally.cost);
    }

    /** How many positions have a cost. */
    public int costKnown() {
        return tally.costKnown;
    }

    /** Head count, FTE and cost per tier, in the chart's order of tiers, then positions without a tier (key ""). */
    public List<GroupFigures> byTier() {
        List<GroupFigures> out = new ArrayList<>();
        for (Tier t : chart.tiers()) {
            GroupFigures g = tally.byTier.get(t.id());
            if (g != null) {
                out.add(g);
            }
        }
        tally.byTier.values().stream().filter(g -> chart.tier(g.key()).isEmpty())
                .sorted(Comparator.comparing(GroupFigures::key)).forEach(out::add);
        return out;
    }

    /** Head count, FTE and cost per department, largest first, then by name; "" holds positions without one. */
    public List<GroupFigures> byDepartment() {
        return tally.byDepartment.values().stream().sorted(Comparator.comparingInt(GroupFigures::positions)
                .reversed().thenComparing(GroupFigures::key)).toList();
    }

    /** Head count, FTE and cost per layer, from layer 1 down. */
    public List<GroupFigures> byLayer() {
        return List.copyOf(tally.byLayer.values());
    }

    /** The managers with the widest spans (ties in tree order), at most {@code n}. */
    public List<PositionId> widestSpans(int n) {
        return rankedManagers(Comparator.comparingInt((PositionId id) -> -figures.get(id).span()), n);
    }

    /** The managers with the narrowest spans (ties in tree order), at most {@code n}. */
    public List<PositionId> narrowestSpans(int n) {
        return rankedManagers(Comparator.comparingInt((PositionId id) -> figures.get(id).span()), n);
    }

    private List<PositionId> rankedManagers(Comparator<PositionId> order, int n) {
        List<PositionId> managers = new ArrayList<>();
        chart.inTreeOrder().forEach(p -> {
            if (figures.get(p.id()).isManager()) {
                managers.add(p.id());
            }
        });
        managers.sort(order);
        return List.copyOf(managers.subList(0, Math.min(n, managers.size())));
    }
}
