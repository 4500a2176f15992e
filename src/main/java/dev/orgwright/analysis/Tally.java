package dev.orgwright.analysis;

import dev.orgwright.model.ManagerArchetype;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionStatus;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chart-wide sums of an analysis, kept by adding and taking away one position at a time, so
 * that an edit changes them by what it touched. Mutable while an analysis is made; an
 * {@link Analysis} keeps a copy no one changes.
 */
final class Tally {

    int positions;
    int vacant;
    int planned;
    int closing;
    int managers;
    int singleReport;
    long spanSum;
    BigDecimal fte = BigDecimal.ZERO;
    BigDecimal cost = BigDecimal.ZERO;
    int costKnown;
    /** Managers per span: span → how many managers have it. */
    final TreeMap<Integer, Integer> spans;
    final Map<String, GroupFigures> byTier;
    final Map<String, GroupFigures> byDepartment;
    final TreeMap<Integer, GroupFigures> byLayer;
    /** Positions per layer and tier id ("" for none): layer → tier → count. */
    final TreeMap<Integer, Map<String, Integer>> tiersPerLayer;
    /** Positions given a manager archetype, by archetype and span: archetype → span → count. */
    final EnumMap<ManagerArchetype, TreeMap<Integer, Integer>> archetypeSpans;

    Tally() {
        tiersPerLayer = new TreeMap<>();
        spans = new TreeMap<>();
        byTier = new HashMap<>();
        byDepartment = new HashMap<>();
        byLayer = new TreeMap<>();
        archetypeSpans = new EnumMap<>(ManagerArchetype.class);
    }

    private Tally(Tally other) {
        positions = other.positions;
        vacant = other.vacant;
        planned = other.planned;
        closing = other.closing;
        managers = other.managers;
        singleReport = other.singleReport;
        spanSum = other.spanSum;
        fte = other.fte;
        cost = other.cost;
        costKnown = other.costKnown;
        spans = new TreeMap<>(other.spans);
        byTier = new HashMap<>(other.byTier);
        byDepartment = new HashMap<>(other.byDepartment);
        byLayer = new TreeMap<>(other.byLayer);
        tiersPerLayer = new TreeMap<>();
        other.tiersPerLayer.forEach((layer, tiers) -> tiersPerLayer.put(layer, new HashMap<>(tiers)));
        archetypeSpans = new EnumMap<>(ManagerArchetype.class);
        other.archetypeSpans.forEach((a, spans) -> archetypeSpans.put(a, new TreeMap<>(spans)));
    }

    Tally copy() {
        return new Tally(this);
    }

    void add(Position p, PositionFigures f) {
        count(p, f, 1);
    }

    void remove(Position p, PositionFigures f) {
        count(p, f, -1);
    }

    private void count(Position p, PositionFigures f, int sign) {
        boolean isVacant = p.isVacant();
        positions += sign;
        vacant += isVacant ? sign : 0;
        planned += p.status() == PositionStatus.PLANNED ? sign : 0;
        closing += p.status() == PositionStatus.CLOSING ? sign : 0;
        BigDecimal s = BigDecimal.valueOf(sign);
        fte = fte.add(p.fte().multiply(s));
        if (p.cost() != null) {
            cost = cost.add(p.cost().multiply(s));
            costKnown += sign;
        }
        if (f.isManager()) {
            managers += sign;
            singleReport += f.span() == 1 ? sign : 0;
            spanSum += (long) sign * f.span();
            spans.merge(f.span(), sign, (a, b) -> a + b == 0 ? null : a + b);
        }
        if (p.archetype() != null) {
            TreeMap<Integer, Integer> given = archetypeSpans.computeIfAbsent(p.archetype(), k -> new TreeMap<>());
            given.merge(f.span(), sign, (a, b) -> a + b == 0 ? null : a + b);
            if (given.isEmpty()) {
                archetypeSpans.remove(p.archetype());
            }
        }
        String tier = p.tierId() == null ? "" : p.tierId();
        group(byTier, tier, sign, isVacant, p);
        Map<String, Integer> tiers = tiersPerLayer.computeIfAbsent(f.layer(), k -> new HashMap<>());
        tiers.merge(tier, sign, (a, b) -> a + b == 0 ? null : a + b);
        if (tiers.isEmpty()) {
            tiersPerLayer.remove(f.layer());
        }
        group(byDepartment, p.department().strip(), sign, isVacant, p);
        GroupFigures layer = byLayer.getOrDefault(f.layer(), GroupFigures.empty(String.valueOf(f.layer())))
                .plus(sign, isVacant, p.fte(), p.cost());
        if (layer.positions() == 0) {
            byLayer.remove(f.layer());
        } else {
            byLayer.put(f.layer(), layer);
        }
    }

    private static void group(Map<String, GroupFigures> groups, String key, int sign, boolean isVacant, Position p) {
        GroupFigures g = groups.getOrDefault(key, GroupFigures.empty(key)).plus(sign, isVacant, p.fte(), p.cost());
        if (g.positions() == 0) {
            groups.remove(key);
        } else {
            groups.put(key, g);
        }
    }
}
