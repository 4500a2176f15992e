package dev.orgwright.model;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pcollections.HashTreePMap;
import org.pcollections.HashTreePSet;
import org.pcollections.PMap;
import org.pcollections.PSet;
import org.pcollections.PVector;
import org.pcollections.TreePVector;

/**
 * An org chart as an immutable value: its title, its tiers, its settings, and a forest of
 * positions in sibling order. Every edit returns a new chart that shares all untouched
 * structure with the old one (persistent maps and vectors), so an edit on 100,000 positions
 * costs microseconds and an undo history of charts costs only what the edits changed.
 *
 * <p>A chart is always whole: ids are unique, every manager and dotted-line target exists,
 * there is no cycle and every tier reference resolves. {@link ChartBuilder} checks this for
 * data from outside; {@link Edits} keep it.
 */
public final class Chart {

    private static final PVector<PositionId> NO_IDS = TreePVector.empty();

    private final String title;
    private final List<Tier> tiers;
    private final Settings settings;
    /** The chart's own fields, in the order the inspector shows them; few, so a vector is enough. */
    private final PVector<FieldDefinition> fields;
    private final UnknownFields unknownFields;
    private final PMap<PositionId, Position> positions;
    private final PMap<PositionId, PVector<PositionId>> children;
    private final PVector<PositionId> roots;
    /** Derived: who has a dotted line to a position. Kept so removals need not scan the chart. */
    private final PMap<PositionId, PSet<PositionId>> dottedReports;
    /**
     * The chart this one was made from by one change, and what that change touched, so that
     * derived data (findings, layout) can be brought up to date for what changed instead of
     * recomputed. Weak, so that a history of charts is not kept alive by its newest member.
     */
    private final WeakReference<Chart> derivedFrom;
    private final PSet<PositionId> touched;
    private final boolean catalogChanged;
    /**
     * The designs kept beside this one (decision 0014). Carried along by every edit, so that
     * every path that rewrites a chart (save, format, import, autosave) keeps them.
     */
    private final List<Scenario> scenarios;

    Chart(String title, List<Tier> tiers, Settings settings, PVector<FieldDefinition> fields,
          UnknownFields unknownFields,
          PMap<PositionId, Position> positions, PMap<PositionId, PVector<PositionId>> children,
          PVector<PositionId> roots, PMap<PositionId, PSet<PositionId>> dottedReports) {
        this(title, tiers, settings, fields, unknownFields, positions, children, roots, dottedReports, null,
                HashTreePSet.empty(), true);
    }

    private Chart(String title, List<Tier> tiers, Settings settings, PVector<FieldDefinition> fields,
          UnknownFields unknownFields,
                  PMap<PositionId, Position> positions, PMap<PositionId, PVector<PositionId>> children,
                  PVector<PositionId> roots, PMap<PositionId, PSet<PositionId>> dottedReports,
                  Chart derivedFrom, PSet<PositionId> touched, boolean catalogChanged) {
        this.derivedFrom = derivedFrom == null ? null : new WeakReference<>(derivedFrom);
        this.scenarios = derivedFrom == null ? List.of() : derivedFrom.scenarios;
        this.touched = touched;
        this.catalogChanged = catalogChanged;
        this.title = Objects.requireNonNull(title, "title");
        this.tiers = List.copyOf(tiers.stream().sorted(Comparator.comparingInt(Tier::rank)).toList());
        this.settings = Objects.requireNonNull(settings, "settings");
        this.fields = Objects.requireNonNull(fields, "fields");
        this.unknownFields = Objects.requireNonNull(unknownFields, "unknownFields");
        this.positions = positions;
        this.children = children;
        this.roots = roots;
        this.dottedReports = dottedReports;
    }

    /** A copy of {@code base} with other scenarios; nothing else changes. */
    private Chart(Chart base, List<Scenario> scenarios) {
        this.derivedFrom = new WeakReference<>(base);
        this.touched = HashTreePSet.empty();
        this.catalogChanged = false;
        this.title = base.title;
        this.tiers = base.tiers;
        this.settings = base.settings;
        this.fields = base.fields;
        this.unknownFields = base.unknownFields;
        this.positions = base.positions;
        this.children = base.children;
        this.roots = base.roots;
        this.dottedReports = base.dottedReports;
        this.scenarios = scenarios;
    }

    /** A chart with no positions, the given title and tiers. */
    public static Chart empty(String title, List<Tier> tiers) {
        return new Chart(title, tiers, Settings.NONE, TreePVector.empty(), UnknownFields.NONE, HashTreePMap.empty(),
                HashTreePMap.empty(), NO_IDS, HashTreePMap.empty());
    }

    /** A builder for charts from outside data, checked as a whole when built. */
    public static ChartBuilder builder() {
        return new ChartBuilder();
    }

    public String title() {
        return title;
    }

    /** The tiers, highest (rank 1) first. */
    public List<Tier> tiers() {
        return tiers;
    }

    public Optional<Tier> tier(String tierId) {
        // A loop, not a stream: rules ask this for every position, and charts have a few tiers.
        for (Tier t : tiers) {
            if (t.id().equals(tierId)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public Settings settings() {
        return settings;
    }

    /** The chart's own fields, in order. */
    public List<FieldDefinition> fields() {
        return fields;
    }

    /** The chart's own field with this id. */
    public Optional<FieldDefinition> field(String fieldId) {
        for (FieldDefinition f : fields) {
            if (f.id().equals(fieldId)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Replaces the chart's own fields and, in one step, the positions whose values change with
     * them (managers and dotted lines untouched); callers keep every value fitting its field.
     */
    Chart withFields(List<FieldDefinition> newFields, List<Position> updated) {
        PMap<PositionId, Position> newPositions = positions;
        PSet<PositionId> touchedNow = HashTreePSet.empty();
        for (Position p : updated) {
            newPositions = newPositions.plus(p.id(), p);
            touchedNow = touchedNow.plus(p.id());
        }
        return Scenarios.fitCatalog(new Chart(title, tiers, settings, TreePVector.from(newFields), unknownFields,
                newPositions, children, roots, dottedReports, this, touchedNow, false));
    }

    public UnknownFields unknownFields() {
        return unknownFields;
    }

    /** The scenarios kept beside this chart's current state, in the order the user made them. */
    public List<Scenario> scenarios() {
        return scenarios;
    }

    /** This chart with other scenarios; ids must be unique (see {@link Scenarios}). */
    public Chart withScenarios(List<Scenario> newScenarios) {
        return new Chart(this, Scenarios.checked(newScenarios));
    }

    /**
     * This chart with the positions {@code removed} taken out and {@code changed} put in (new, or
     * in place of those of the same id), sharing everything else; {@code reportsOf} gives the
     * reports, in order, of each manager (null: the top level) whose reports change, which are
     * those of the positions changed or removed and the {@code reordered} ones. Empty when
     * the result would not be whole: the caller then builds it whole to learn why. Costs what
     * changed, not the size of the chart (decision 0014). The result has no title of its own,
     * scenarios or unknown fields: it is the positions of a scenario.
     */
    public Optional<Chart> patched(java.util.Collection<PositionId> removed, java.util.Collection<Position> changed,
                                   java.util.Collection<PositionId> reordered,
                                   java.util.function.Function<PositionId, List<PositionId>> reportsOf) {
        return ChartPatch.apply(this, positions, children, roots, dottedReports, removed, changed, reordered,
                reportsOf);
    }

    /**
     * The current state made of {@code other}'s positions, keeping this chart's title, catalog,
     * settings and scenarios: what promoting a scenario does. Callers make sure every tier and
     * field the positions use is this chart's.
     */
    Chart withPositionsOf(Chart other) {
        // Made as if read afresh (no chart it derives from), so that findings and layout start over
        // instead of listing every position as touched; then the scenarios are put back.
        Chart fresh = new Chart(title, tiers, settings, fields, unknownFields, other.positions, other.children,
                other.roots, other.dottedReports);
        return scenarios.isEmpty() ? fresh : new Chart(fresh, scenarios);
    }

    /** The number of positions. */
    public int size() {
        return positions.size();
    }

    public boolean contains(PositionId id) {
        return positions.containsKey(id);
    }

    public Optional<Position> find(PositionId id) {
        return Optional.ofNullable(positions.get(id));
    }

    /** The position with this id; throws {@link NoSuchElementException} when there is none. */
    public Position position(PositionId id) {
        Position p = positions.get(id);
        if (p == null) {
            throw new NoSuchElementException("The chart has no position with id '" + id + "'.");
        }
        return p;
    }

    /**
     * Every position by id, in no particular order, read-only: for passes over the whole chart
     * that need no tree order, which then cost one walk instead of a lookup per position.
     */
    public java.util.Map<PositionId, Position> positionsById() {
        return positions;
    }

    /** Every manager's direct reports in order, by the manager's id, in no particular order; read-only. */
    public java.util.Map<PositionId, List<PositionId>> reportsByManager() {
        return java.util.Collections.unmodifiableMap(children);
    }

    /** The positions without a manager, in order. */
    public List<PositionId> roots() {
        return roots;
    }

    /** The direct reports of {@code id}, in order; empty for a leaf. */
    public List<PositionId> childrenOf(PositionId id) {
        return children.getOrDefault(id, NO_IDS);
    }

    /**
     * Every position that has dotted-line reports, with those reports, in no particular order;
     * read-only. A pass over the dotted lines costs what there are, not the size of the chart.
     */
    public java.util.Map<PositionId, Set<PositionId>> dottedReportsByManager() {
        return java.util.Collections.unmodifiableMap(dottedReports);
    }

    /** The positions with a dotted line to {@code id}. */
    public Set<PositionId> dottedReportsOf(PositionId id) {
        return dottedReports.getOrDefault(id, HashTreePSet.empty());
    }

    /** The positions that share {@code id}'s manager (the roots, for a root), {@code id} included. */
    public List<PositionId> siblingsOf(PositionId id) {
        PositionId manager = position(id).reportsTo();
        return manager == null ? roots : childrenOf(manager);
    }

    /** Whether {@code id} is {@code ancestor} or sits somewhere below it. Walks up: O(depth). */
    public boolean isInSubtreeOf(PositionId id, PositionId ancestor) {
        PositionId current = id;
        while (current != null) {
            if (current.equals(ancestor)) {
                return true;
            }
            current = position(current).reportsTo();
        }
        return false;
    }

    /** The chain of managers above {@code id}, nearest first. */
    public List<PositionId> chainOfCommand(PositionId id) {
        List<PositionId> chain = new ArrayList<>();
        PositionId current = position(id).reportsTo();
        while (current != null) {
            chain.add(current);
            current = position(current).reportsTo();
        }
        return chain;
    }

    /** {@code id} and everything below it, in tree order. */
    public List<PositionId> subtree(PositionId id) {
        position(id);
        List<PositionId> out = new ArrayList<>();
        preorder(List.of(id), out::add);
        return out;
    }

    /** Every position in tree order: each manager before its reports, siblings in order. */
    public Iterable<Position> inTreeOrder() {
        return () -> new Iterator<>() {
            private final Deque<Iterator<PositionId>> stack = new ArrayDeque<>(List.of(roots.iterator()));

            @Override
            public boolean hasNext() {
                while (!stack.isEmpty() && !stack.peek().hasNext()) {
                    stack.pop();
                }
                return !stack.isEmpty();
            }

            @Override
            public Position next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                PositionId id = stack.peek().next();
                List<PositionId> below = childrenOf(id);
                if (!below.isEmpty()) {
                    stack.push(below.iterator());
                }
                return positions.get(id);
            }
        };
    }

    private void preorder(List<PositionId> start, java.util.function.Consumer<PositionId> visit) {
        Deque<Iterator<PositionId>> stack = new ArrayDeque<>();
        stack.push(start.iterator());
        while (!stack.isEmpty()) {
            Iterator<PositionId> it = stack.peek();
            if (!it.hasNext()) {
                stack.pop();
                continue;
            }
            PositionId id = it.next();
            visit.accept(id);
            List<PositionId> below = childrenOf(id);
            if (!below.isEmpty()) {
                stack.push(below.iterator());
            }
        }
    }

    // ---- copies with one thing changed; each keeps the chart whole ----

    public Chart withTitle(String newTitle) {
        return new Chart(newTitle, tiers, settings, fields, unknownFields, positions, children, roots, dottedReports,
                this, HashTreePSet.empty(), false);
    }

    public Chart withSettings(Settings newSettings) {
        return new Chart(title, tiers, newSettings, fields, unknownFields, positions, children, roots, dottedReports,
                this, HashTreePSet.empty(), true);
    }

    public Chart withUnknownFields(UnknownFields newUnknown) {
        return new Chart(title, tiers, settings, fields, newUnknown, positions, children, roots, dottedReports,
                this, HashTreePSet.empty(), false);
    }

    /** Replaces the tiers; callers make sure no position refers to a tier that goes away. */
    Chart withTiers(List<Tier> newTiers) {
        return Scenarios.fitCatalog(new Chart(title, newTiers, settings, fields, unknownFields, positions, children,
                roots, dottedReports, this, HashTreePSet.empty(), true));
    }

    /**
     * What changed between {@code earlier} and this chart, when one was made from the other by
     * edits not too long ago (either way round, so that undo is as cheap as redo): the positions
     * touched (changed, added, removed, moved, or whose reports changed), and whether the tiers
     * or settings changed. Empty when that is not known
     * (a chart from a file, a long or forgotten history): then everything may have changed.
     */
    public Optional<ChartChange> changesSince(Chart earlier) {
        if (earlier == this) {
            return Optional.of(new ChartChange(Set.of(), false));
        }
        // Either chart may descend from the other: redo walks forward, undo walks back.
        Optional<ChartChange> forward = walkBackTo(this, earlier);
        return forward.isPresent() ? forward : walkBackTo(earlier, this);
    }

    private static Optional<ChartChange> walkBackTo(Chart from, Chart ancestor) {
        PSet<PositionId> all = HashTreePSet.empty();
        boolean catalog = false;
        Chart current = from;
        for (int steps = 0; steps < 4096 && current != ancestor; steps++) {
            if (current.derivedFrom == null) {
                return Optional.empty();
            }
            Chart previous = current.derivedFrom.get();
            if (previous == null) {
                return Optional.empty();
            }
            all = all.plusAll(current.touched);
            catalog |= current.catalogChanged;
            current = previous;
        }
        return current == ancestor ? Optional.of(new ChartChange(all, catalog)) : Optional.empty();
    }

    /** Replaces a position whose manager stays the same; dotted lines must point at positions. */
    Chart replace(Position updated) {
        Position old = position(updated.id());
        if (!Objects.equals(old.reportsTo(), updated.reportsTo())) {
            throw new IllegalArgumentException("replace() cannot change a manager; use a move.");
        }
        PMap<PositionId, PSet<PositionId>> dotted = dottedReports;
        if (!old.dottedLines().equals(updated.dottedLines())) {
            dotted = unlinkDotted(dotted, old);
            dotted = linkDotted(dotted, updated);
        }
        return new Chart(title, tiers, settings, fields, unknownFields, positions.plus(updated.id(), updated), children,
                roots, dotted, this, HashTreePSet.singleton(updated.id()), false);
    }

    /** Adds a new position at {@code index} among its manager's reports (-1: last). */
    Chart insert(Position p, int index) {
        PMap<PositionId, PVector<PositionId>> newChildren = children;
        PVector<PositionId> newRoots = roots;
        if (p.reportsTo() == null) {
            newRoots = insertAt(roots, p.id(), index);
        } else {
            newChildren = children.plus(p.reportsTo(), insertAt(childrenVector(p.reportsTo()), p.id(), index));
        }
        PSet<PositionId> touchedNow = HashTreePSet.singleton(p.id());
        if (p.reportsTo() != null) {
            touchedNow = touchedNow.plus(p.reportsTo());
        }
        return new Chart(title, tiers, settings, fields, unknownFields, positions.plus(p.id(), p), newChildren, newRoots,
                linkDotted(dottedReports, p), this, touchedNow, false);
    }

    /** Removes {@code id} and its whole subtree, and every dotted line that pointed into it. */
    Chart removeSubtree(PositionId id) {
        Position top = position(id);
        List<PositionId> gone = subtree(id);
        Set<PositionId> goneSet = new java.util.HashSet<>(gone);
        PMap<PositionId, Position> newPositions = positions.minusAll(gone);
        PMap<PositionId, PVector<PositionId>> newChildren = children.minusAll(gone);
        PMap<PositionId, PSet<PositionId>> dotted = dottedReports;
        PSet<PositionId> touchedNow = HashTreePSet.from(gone);
        for (PositionId g : gone) {
            dotted = unlinkDotted(dotted, positions.get(g));
        }
        // Positions outside the subtree lose their dotted lines into it.
        for (PositionId g : gone) {
            for (PositionId from : dottedReports.getOrDefault(g, HashTreePSet.empty())) {
                if (goneSet.contains(from)) {
                    continue;
                }
                Position p = newPositions.get(from);
                Position without = p.withDottedLines(p.dottedLines().stream().filter(t -> !goneSet.contains(t)).toList());
                newPositions = newPositions.plus(from, without);
                touchedNow = touchedNow.plus(from);
            }
            dotted = dotted.minus(g);
        }
        PVector<PositionId> newRoots = roots;
        if (top.reportsTo() == null) {
            newRoots = roots.minus(roots.indexOf(id));
        } else {
            newChildren = withoutChild(newChildren, top.reportsTo(), id);
            touchedNow = touchedNow.plus(top.reportsTo());
        }
        return new Chart(title, tiers, settings, fields, unknownFields, newPositions, newChildren, newRoots, dotted,
                this, touchedNow, false);
    }

    /** Moves {@code id} with its subtree under {@code manager} (null: a root) at {@code index} (-1: last). */
    Chart reattach(PositionId id, PositionId manager, int index) {
        Position p = position(id);
        PMap<PositionId, PVector<PositionId>> newChildren = children;
        PVector<PositionId> newRoots = roots;
        if (p.reportsTo() == null) {
            newRoots = roots.minus(roots.indexOf(id));
        } else {
            newChildren = withoutChild(newChildren, p.reportsTo(), id);
        }
        if (manager == null) {
            newRoots = insertAt(newRoots, id, index);
        } else {
            newChildren = newChildren.plus(manager,
                    insertAt(newChildren.getOrDefault(manager, NO_IDS), id, index));
        }
        Position moved = p.withReportsTo(manager);
        PSet<PositionId> touchedNow = HashTreePSet.singleton(id);
        if (p.reportsTo() != null) {
            touchedNow = touchedNow.plus(p.reportsTo());
        }
        if (manager != null) {
            touchedNow = touchedNow.plus(manager);
        }
        return new Chart(title, tiers, settings, fields, unknownFields, positions.plus(id, moved), newChildren, newRoots,
                dottedReports, this, touchedNow, false);
    }

    private PVector<PositionId> childrenVector(PositionId id) {
        return children.getOrDefault(id, NO_IDS);
    }

    private static PMap<PositionId, PVector<PositionId>> withoutChild(
            PMap<PositionId, PVector<PositionId>> children, PositionId manager, PositionId child) {
        PVector<PositionId> siblings = children.get(manager);
        PVector<PositionId> rest = siblings.minus(siblings.indexOf(child));
        return rest.isEmpty() ? children.minus(manager) : children.plus(manager, rest);
    }

    private static PVector<PositionId> insertAt(PVector<PositionId> list, PositionId id, int index) {
        return index < 0 || index >= list.size() ? list.plus(id) : list.plus(index, id);
    }

    static PMap<PositionId, PSet<PositionId>> linkDotted(PMap<PositionId, PSet<PositionId>> index, Position p) {
        for (PositionId target : p.dottedLines()) {
            index = index.plus(target, index.getOrDefault(target, HashTreePSet.empty()).plus(p.id()));
        }
        return index;
    }

    private static PMap<PositionId, PSet<PositionId>> unlinkDotted(PMap<PositionId, PSet<PositionId>> index,
                                                                   Position p) {
        for (PositionId target : p.dottedLines()) {
            PSet<PositionId> from = index.getOrDefault(target, HashTreePSet.empty()).minus(p.id());
            index = from.isEmpty() ? index.minus(target) : index.plus(target, from);
        }
        return index;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Chart other
                && title.equals(other.title)
                && tiers.equals(other.tiers)
                && settings.equals(other.settings)
                && fields.equals(other.fields)
                && unknownFields.equals(other.unknownFields)
                && roots.equals(other.roots)
                && positions.equals(other.positions)
                && children.equals(other.children)
                && scenarios.equals(other.scenarios);
    }

    @Override
    public int hashCode() {
        // Cheap on purpose: hashing every position would cost O(n) per call.
        return Objects.hash(title, positions.size(), roots.size());
    }

    @Override
    public String toString() {
        return "Chart['" + title + "', " + positions.size() + " positions]";
    }
}
