package dev.orgwright.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.pcollections.HashTreePSet;
import org.pcollections.PMap;
import org.pcollections.PSet;
import org.pcollections.PVector;
import org.pcollections.TreePVector;

/**
 * A chart made from another by a few changes at once, sharing everything else: how a scenario
 * stored as changes is read (decision 0014) without building 100,000 positions again. Only what
 * changed is checked; when anything looks wrong, nothing is made, and the caller builds the
 * chart whole with {@link ChartBuilder}, which says exactly what is wrong.
 */
final class ChartPatch {

    private ChartPatch() {
    }

    static Optional<Chart> apply(Chart base, PMap<PositionId, Position> positions,
                                 PMap<PositionId, PVector<PositionId>> children, PVector<PositionId> roots,
                                 PMap<PositionId, PSet<PositionId>> dotted, Collection<PositionId> removed,
                                 Collection<Position> changed, Collection<PositionId> reordered,
                                 Function<PositionId, List<PositionId>> reportsOf) {
        Set<PositionId> gone = new HashSet<>(removed);
        Map<PositionId, Position> now = new HashMap<>();
        changed.forEach(p -> now.put(p.id(), p));
        PMap<PositionId, Position> newPositions = positions.minusAll(gone).plusAll(now);
        // Positions left behind by what was removed: their manager or a dotted line is gone.
        for (PositionId r : gone) {
            for (PositionId c : base.childrenOf(r)) {
                if (!gone.contains(c) && !now.containsKey(c)) {
                    return Optional.empty();
                }
            }
            for (PositionId q : base.dottedReportsOf(r)) {
                if (!gone.contains(q) && !now.containsKey(q)) {
                    return Optional.empty();
                }
            }
        }
        Set<String> tierIds = new HashSet<>();
        base.tiers().forEach(t -> tierIds.add(t.id()));
        Map<String, FieldDefinition> fieldsById = new HashMap<>();
        base.fields().forEach(f -> fieldsById.put(f.id(), f));
        Set<PositionId> managers = new HashSet<>(reordered);
        List<ChartProblem> problems = new ArrayList<>();
        for (Position p : changed) {
            boolean fine = (p.tierId() == null || tierIds.contains(p.tierId()))
                    && (p.reportsTo() == null || newPositions.containsKey(p.reportsTo()));
            for (PositionId target : p.dottedLines()) {
                fine &= !target.equals(p.id()) && newPositions.containsKey(target);
            }
            ChartBuilder.checkValues(p, fieldsById, problems);
            if (!fine || !problems.isEmpty() || reachesItself(p.id(), newPositions)) {
                return Optional.empty();
            }
            managers.add(p.reportsTo());
            Position old = positions.get(p.id());
            if (old != null) {
                managers.add(old.reportsTo());
            }
        }
        for (PositionId r : gone) {
            managers.add(positions.get(r).reportsTo());
        }
        PMap<PositionId, PVector<PositionId>> newChildren = children.minusAll(gone);
        PVector<PositionId> newRoots = roots;
        for (PositionId m : managers) {
            if (m != null && !newPositions.containsKey(m)) {
                continue;
            }
            PVector<PositionId> list = TreePVector.from(reportsOf.apply(m));
            if (m == null) {
                newRoots = list;
            } else {
                newChildren = list.isEmpty() ? newChildren.minus(m) : newChildren.plus(m, list);
            }
        }
        PMap<PositionId, PSet<PositionId>> newDotted = dotted;
        for (PositionId r : gone) {
            newDotted = unlink(newDotted, positions.get(r));
            newDotted = newDotted.minus(r);
        }
        for (Position p : changed) {
            Position old = positions.get(p.id());
            if (old != null) {
                newDotted = unlink(newDotted, old);
            }
            newDotted = Chart.linkDotted(newDotted, p);
        }
        return Optional.of(new Chart(base.title(), base.tiers(), base.settings(), (PVector<FieldDefinition>) base.fields(),
                UnknownFields.NONE, newPositions, newChildren, newRoots, newDotted));
    }

    /** Whether walking up from {@code start} comes back to it (or loops elsewhere): a circle. */
    private static boolean reachesItself(PositionId start, PMap<PositionId, Position> positions) {
        Set<PositionId> seen = new HashSet<>();
        PositionId current = start;
        while (current != null) {
            if (!seen.add(current)) {
                return true;
            }
            Position p = positions.get(current);
            current = p == null ? null : p.reportsTo();
        }
        return false;
    }

    private static PMap<PositionId, PSet<PositionId>> unlink(PMap<PositionId, PSet<PositionId>> index, Position p) {
        for (PositionId target : p.dottedLines()) {
            PSet<PositionId> from = index.getOrDefault(target, HashTreePSet.empty()).minus(p.id());
            index = from.isEmpty() ? index.minus(target) : index.plus(target, from);
        }
        return index;
    }
}
