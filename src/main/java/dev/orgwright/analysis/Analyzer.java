package dev.orgwright.analysis;

import dev.orgwright.model.Chart;
import dev.orgwright.model.ChartChange;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

/**
 * Makes the {@link Analysis} of a chart, and brings one up to date after an edit: only the
 * positions the edit touched, the managers above them and, for a move, the team that moved are
 * worked out again; the chart-wide sums change by the difference.
 */
public final class Analyzer {

    private final List<SpanBand> bands;

    /** An analyzer counting managers in {@code bands}. */
    public Analyzer(List<SpanBand> bands) {
        this.bands = List.copyOf(bands);
    }

    /** An analyzer with the span bands of common practice. */
    public static Analyzer withDefaultBands() {
        return new Analyzer(SpanBand.DEFAULTS);
    }

    /** The figures of {@code chart}, all worked out. */
    public Analysis analyze(Chart chart) {
        List<Position> order = new ArrayList<>(chart.size());
        Map<PositionId, Integer> layers = new HashMap<>(chart.size() * 2);
        for (Position p : chart.inTreeOrder()) {
            order.add(p);
            layers.put(p.id(), p.reportsTo() == null ? 1 : layers.get(p.reportsTo()) + 1);
        }
        Map<PositionId, PositionFigures> figures = new HashMap<>(chart.size() * 2);
        Tally tally = new Tally();
        // Reports come after their manager in tree order, so backwards every report is done first.
        for (int i = order.size() - 1; i >= 0; i--) {
            Position p = order.get(i);
            PositionFigures f = figuresOf(chart, p, layers.get(p.id()), figures::get);
            figures.put(p.id(), f);
            tally.add(p, f);
        }
        return new Analysis(chart, bands, HashTreePMap.from(figures), tally);
    }

    /** The figures of {@code newer}, re-using those of {@code previous} for what the edits did not touch. */
    public Analysis update(Analysis previous, Chart newer) {
        Chart older = previous.chart();
        if (older == newer) {
            return previous;
        }
        Optional<ChartChange> change = newer.changesSince(older);
        if (change.isEmpty() || !previous.bands().equals(bands) || change.get().positions().size() > newer.size() / 8) {
            return analyze(newer);
        }
        Set<PositionId> dirty = new HashSet<>();
        Set<PositionId> removed = new HashSet<>();
        for (PositionId id : change.get().positions()) {
            Position now = newer.find(id).orElse(null);
            Position before = older.find(id).orElse(null);
            if (now == null) {
                if (before != null) {
                    removed.add(id);
                    addManagers(older, before.reportsTo(), newer, dirty);
                }
                continue;
            }
            dirty.add(id);
            addManagers(newer, now.reportsTo(), newer, dirty);
            if (before == null || !Objects.equals(before.reportsTo(), now.reportsTo())) {
                dirty.addAll(newer.subtree(id)); // the layers of the whole team changed
                if (before != null) {
                    addManagers(older, before.reportsTo(), newer, dirty);
                }
            }
        }
        Map<PositionId, Integer> depth = new HashMap<>(dirty.size() * 2);
        for (PositionId id : dirty) {
            depth.put(id, newer.chainOfCommand(id).size());
        }
        List<PositionId> topDown = new ArrayList<>(dirty);
        topDown.sort(Comparator.comparingInt(depth::get));
        PMap<PositionId, PositionFigures> figures = previous.figures();
        Tally tally = previous.tally().copy();
        for (PositionId id : removed) {
            PositionFigures old = figures.get(id);
            if (old != null) {
                tally.remove(older.position(id), old);
                figures = figures.minus(id);
            }
        }
        Map<PositionId, Integer> layers = new HashMap<>(dirty.size() * 2);
        for (PositionId id : topDown) {
            PositionId manager = newer.position(id).reportsTo();
            layers.put(id, manager == null ? 1 : layers.containsKey(manager) ? layers.get(manager) + 1
                    : figures.get(manager).layer() + 1);
        }
        Map<PositionId, PositionFigures> fresh = new HashMap<>(dirty.size() * 2);
        PMap<PositionId, PositionFigures> known = figures;
        for (int i = topDown.size() - 1; i >= 0; i--) {
            PositionId id = topDown.get(i);
            Position p = newer.position(id);
            fresh.put(id, figuresOf(newer, p, layers.get(id), r -> fresh.containsKey(r) ? fresh.get(r) : known.get(r)));
        }
        for (PositionId id : topDown) {
            PositionFigures old = figures.get(id);
            if (old != null) {
                tally.remove(older.position(id), old);
            }
            PositionFigures f = fresh.get(id);
            tally.add(newer.position(id), f);
            figures = figures.plus(id, f);
        }
        return new Analysis(newer, bands, figures, tally);
    }

    /** Adds {@code manager} and every manager above it in {@code chart} that {@code newer} still has. */
    private static void addManagers(Chart chart, PositionId manager, Chart newer, Set<PositionId> dirty) {
        PositionId current = manager;
        while (current != null) {
            if (newer.contains(current)) {
                dirty.add(current);
            }
            current = chart.position(current).reportsTo();
        }
    }

    private static PositionFigures figuresOf(Chart chart, Position p, int layer,
                                             java.util.function.Function<PositionId, PositionFigures> done) {
        int span = 0;
        int assistants = 0;
        int below = 0;
        int vacancies = 0;
        BigDecimal fte = p.fte();
        BigDecimal cost = p.cost() == null ? BigDecimal.ZERO : p.cost();
        for (PositionId r : chart.childrenOf(p.id())) {
            Position report = chart.position(r);
            PositionFigures f = done.apply(r);
            if (report.assistant()) {
                assistants++;
            } else {
                span++;
            }
            below += 1 + f.below();
            vacancies += (report.isVacant() ? 1 : 0) + f.vacanciesBelow();
            fte = fte.add(f.fteTotal());
            cost = cost.add(f.costTotal());
        }
        return new PositionFigures(span, assistants, below, layer, fte, cost, vacancies);
    }
}
