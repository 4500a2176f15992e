package dev.orgwright.io;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a scenario is stored: only what differs from the chart it is based on (decision 0014).
 * The positions that are new or changed, in the scenario's tree order; the ids of the base's
 * positions it does not have; and, only where the rule below does not already give it, the
 * order of a manager's reports.
 *
 * <p>The rule: a manager's reports in the scenario are the base's reports that still report to
 * it, in the base's order, followed by the listed positions that newly report to it, in the
 * order they are listed. Writing and reading share this rule, so a scenario reads back exactly.
 *
 * @param positions the positions that are new or differ from the base's, in tree order
 * @param removed   the base's positions the scenario does not have, in the base's tree order
 * @param order     managers (null: the top level) whose reports the rule does not put in order
 */
record ScenarioDelta(List<Position> positions, List<PositionId> removed, Map<PositionId, List<PositionId>> order) {

    /** What {@code scenario} changes against {@code base}. */
    static ScenarioDelta between(Chart base, Chart scenario) {
        List<Position> changed = new ArrayList<>();
        List<Position> managers = new ArrayList<>();
        for (Position p : scenario.inTreeOrder()) {
            if (!p.equals(base.positionsById().get(p.id()))) {
                changed.add(p);
            }
            if (!scenario.childrenOf(p.id()).isEmpty() || !base.childrenOf(p.id()).isEmpty()) {
                managers.add(p);
            }
        }
        List<PositionId> removed = new ArrayList<>();
        for (Position p : base.inTreeOrder()) {
            if (!scenario.contains(p.id())) {
                removed.add(p.id());
            }
        }
        Lookup lookup = new Lookup(base, changed, new HashSet<>(removed));
        Map<PositionId, List<PositionId>> order = new LinkedHashMap<>();
        if (!scenario.roots().equals(base.roots()) && !lookup.byRule(null).equals(scenario.roots())) {
            order.put(null, List.copyOf(scenario.roots()));
        }
        for (Position m : managers) {
            List<PositionId> actual = scenario.childrenOf(m.id());
            if (!actual.equals(base.childrenOf(m.id())) && !lookup.byRule(m.id()).equals(actual)) {
                order.put(m.id(), List.copyOf(actual));
            }
        }
        return new ScenarioDelta(changed, removed, order);
    }

    boolean isEmpty() {
        return positions.isEmpty() && removed.isEmpty() && order.isEmpty();
    }

    /**
     * The scenario's positions in an order a chart builder keeps (each manager's reports in their
     * order), followed by the positions no walk from the top reaches (a manager missing, a
     * circle), so that the builder names their fault. Assumes the removed ids are the base's and
     * the order lists are right; the reader checks both first.
     */
    List<Position> apply(Chart base) {
        Lookup lookup = new Lookup(base, positions, new HashSet<>(removed));
        List<Position> out = new ArrayList<>(base.size() + positions.size());
        Set<PositionId> reached = new HashSet<>();
        java.util.ArrayDeque<java.util.Iterator<PositionId>> stack = new java.util.ArrayDeque<>();
        stack.push(reportsOf(lookup, null).iterator());
        while (!stack.isEmpty()) {
            java.util.Iterator<PositionId> it = stack.peek();
            if (!it.hasNext()) {
                stack.pop();
                continue;
            }
            PositionId id = it.next();
            if (!reached.add(id)) {
                continue;
            }
            out.add(lookup.position(id));
            List<PositionId> below = reportsOf(lookup, id);
            if (!below.isEmpty()) {
                stack.push(below.iterator());
            }
        }
        if (out.size() < lookup.size()) {
            for (Position p : base.inTreeOrder()) {
                if (!reached.contains(p.id()) && lookup.has(p.id()) && !lookup.changed.containsKey(p.id())) {
                    out.add(p);
                }
            }
            for (Position p : positions) {
                if (!reached.contains(p.id())) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The reports of {@code manager} as the order list gives them, or else by the rule. */
    List<PositionId> reportsOf(Lookup lookup, PositionId manager) {
        List<PositionId> given = order.get(manager);
        return given != null ? given : lookup.byRule(manager);
    }

    /** The scenario's positions seen through {@code base} and these changes. */
    Lookup lookup(Chart base) {
        return new Lookup(base, positions, new HashSet<>(removed));
    }

    /** The reports the rule gives {@code manager} (null: the top level), for the reader's check of an order list. */
    List<PositionId> byRule(Chart base, PositionId manager) {
        return new Lookup(base, positions, new HashSet<>(removed)).byRule(manager);
    }

    /** The scenario's positions seen through the base and the changes. */
    static final class Lookup {
        private final Chart base;
        private final Map<PositionId, Position> changed = new HashMap<>();
        private final Set<PositionId> removed;
        private final Map<PositionId, List<PositionId>> newcomers = new HashMap<>();
        private final int size;

        Lookup(Chart base, Collection<Position> changedPositions, Set<PositionId> removed) {
            this.base = base;
            this.removed = removed;
            int added = 0;
            for (Position p : changedPositions) {
                changed.put(p.id(), p);
                Position old = base.positionsById().get(p.id());
                if (old == null) {
                    added++;
                }
                if (old == null || !Objects.equals(old.reportsTo(), p.reportsTo())) {
                    newcomers.computeIfAbsent(p.reportsTo(), k -> new ArrayList<>()).add(p.id());
                }
            }
            this.size = base.size() - removed.size() + added;
        }

        int size() {
            return size;
        }

        boolean has(PositionId id) {
            return changed.containsKey(id) || base.contains(id) && !removed.contains(id);
        }

        Position position(PositionId id) {
            Position p = changed.get(id);
            return p != null ? p : base.position(id);
        }

        List<PositionId> byRule(PositionId manager) {
            List<PositionId> from = manager == null ? base.roots()
                    : base.contains(manager) ? base.childrenOf(manager) : List.of();
            List<PositionId> out = new ArrayList<>(from.size());
            for (PositionId c : from) {
                if (has(c) && Objects.equals(position(c).reportsTo(), manager)) {
                    out.add(c);
                }
            }
            out.addAll(newcomers.getOrDefault(manager, List.of()));
            return out;
        }
    }
}
