package dev.orgwright.model.merge;

import static dev.orgwright.model.ModelTexts.t;
import static dev.orgwright.model.merge.Conflicts.quoted;
import static dev.orgwright.model.merge.Conflicts.subject;

import dev.orgwright.model.Chart;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The three-way merge of a chart: what OURS changed since BASE and what THEIRS changed since
 * BASE, combined into one chart. A pure function of the three charts.
 *
 * <p>Positions are matched by id. Each field of a position is merged on its own (see
 * {@link PositionMerge}); a position one side removed and the other changed stays as OURS has
 * it; positions one side added stay unless OURS removed the manager they were added under; a
 * manager that THEIRS removed but OURS still puts a position under is kept; moves that the two
 * sides would make into a circle are settled as OURS has them. Siblings keep the order each
 * side gave them ({@link OrderedMerge}). Every settlement is listed as a {@link Conflict}, and
 * in every one the merged chart holds OURS' value. Identical changes on both sides are no conflict.
 */
public final class ChartMerge {

    private final Chart base;
    private final Chart ours;
    private final Chart theirs;
    private final Conflicts conflicts;
    /** The positions of the merged chart, by id, with their merged managers. */
    private final Map<PositionId, Position> kept = new LinkedHashMap<>();

    private ChartMerge(Chart base, Chart ours, Chart theirs, Conflicts conflicts) {
        this.conflicts = conflicts;
        this.base = Objects.requireNonNull(base, "base");
        this.ours = Objects.requireNonNull(ours, "ours");
        this.theirs = Objects.requireNonNull(theirs, "theirs");
    }

    /** Merges what OURS and THEIRS changed since BASE. */
    public static MergeResult merge(Chart base, Chart ours, Chart theirs) {
        return new ChartMerge(base, ours, theirs, new Conflicts()).run();
    }

    private MergeResult run() {
        CatalogMerge catalog = new CatalogMerge(base, ours, theirs, conflicts);
        String title = catalog.title();
        var settings = catalog.settings();
        var unknown = catalog.unknownFields();
        List<Tier> tiers = new ArrayList<>(catalog.tiers());
        List<FieldDefinition> fields = catalog.fields();
        List<Position> inTreeOrder = mergedPositions(tiers, fields);
        // The scenarios share the merged catalog; a tier one of them keeps may come back into it.
        ScenarioMerge scenarios = new ScenarioMerge(base, ours, theirs, tiers, fields, conflicts);
        List<ScenarioMerge.Merged> merged = scenarios.merge();
        try {
            Chart chart = Chart.builder().title(title).tiers(tiers).settings(settings).fields(fields)
                    .unknownFields(unknown).addAll(inTreeOrder).build();
            if (!merged.isEmpty()) {
                chart = chart.withScenarios(scenarios.build(chart, merged));
            }
            return new MergeResult(base, ours, theirs, chart, conflicts.list());
        } catch (InvalidChartException e) {
            throw new IllegalStateException("The merged chart is not whole: " + e.problems(), e);
        }
    }

    /**
     * The positions of a scenario merged as those of the current state are, against a catalog
     * merged already ({@code tiers} gains a tier THEIRS removed that OURS' positions still use).
     * The conflicts go to {@code conflicts}.
     */
    static List<Position> positionsOnly(Chart base, Chart ours, Chart theirs, List<Tier> tiers,
                                        List<FieldDefinition> fields, Conflicts conflicts) {
        return new ChartMerge(base, ours, theirs, conflicts).mergedPositions(tiers, fields);
    }

    private List<Position> mergedPositions(List<Tier> tiers, List<FieldDefinition> fields) {
        positions();
        restoreDottedLineTargets();
        settleManagers();
        settleTiers(tiers);
        settleValues(fields);
        dottedLines();
        return treeOrder();
    }

    /** Each position of either side: merged field by field, or kept or left out as one side has it. */
    private void positions() {
        PositionMerge fields = new PositionMerge(ours, theirs, conflicts);
        Set<PositionId> ids = new LinkedHashSet<>();
        base.inTreeOrder().forEach(p -> ids.add(p.id()));
        ours.inTreeOrder().forEach(p -> ids.add(p.id()));
        theirs.inTreeOrder().forEach(p -> ids.add(p.id()));
        for (PositionId id : ids) {
            Position b = base.find(id).orElse(null);
            Position o = ours.find(id).orElse(null);
            Position t = theirs.find(id).orElse(null);
            if (o != null && t != null) {
                boolean theirsSame = o == t || t == b || o.equals(t) || t.equals(b);
                kept.put(id, theirsSame ? o : o == b || o.equals(b) ? t : fields.merge(b, o, t));
            } else if (o != null) {
                if (b == null) {
                    kept.put(id, o);
                } else if (changed(b, o, ours)) {
                    conflicts.position(o, t("model.merge.what.removedChanged"), t("model.merge.value.changed"),
                            t("model.merge.value.removed"));
                    kept.put(id, o);
                }
            } else if (t != null) {
                if (b != null && changed(b, t, theirs)) {
                    conflicts.position(t, t("model.merge.what.removedChanged"), t("model.merge.value.removed"),
                            t("model.merge.value.changed"));
                } else if (b == null) {
                    kept.put(id, t);
                }
            }
        }
    }

    /**
     * Whether {@code side} changed the position itself, not merely lost a dotted line or a field
     * value with a position or field it removed.
     */
    private static boolean changed(Position b, Position side, Chart sideChart) {
        if (b.equals(side)) {
            return false;
        }
        Position expected = b.withDottedLines(b.dottedLines().stream().filter(sideChart::contains).toList());
        Map<String, Object> values = new LinkedHashMap<>(b.fieldValues().asMap());
        values.keySet().removeIf(f -> sideChart.field(f).isEmpty());
        expected = expected.withFieldValues(dev.orgwright.model.FieldValues.of(values));
        return !expected.equals(side);
    }

    /** A position THEIRS removed comes back when OURS adds a dotted line to it: OURS' line is kept. */
    private void restoreDottedLineTargets() {
        for (PositionId id : new ArrayList<>(kept.keySet())) {
            Position o = ours.find(id).orElse(null);
            if (o == null) {
                continue;
            }
            List<PositionId> before = base.find(id).map(Position::dottedLines).orElse(List.of());
            for (PositionId target : o.dottedLines()) {
                if (!kept.containsKey(target) && !before.contains(target)) {
                    Position restored = ours.position(target);
                    conflicts.position(restored, t("model.merge.what.removedKept"),
                            t("model.merge.value.keepsDottedLineFrom", subject(o)), t("model.merge.value.removed"));
                    kept.put(target, restored);
                }
            }
        }
    }

    /**
     * Every kept position's manager is kept too: a manager THEIRS removed is kept when OURS
     * still has a position under it; a position THEIRS moved under a manager OURS removed stays
     * under OURS' manager; one THEIRS added under a manager OURS removed is left out. Then moves
     * that make a circle together are undone on THEIRS' side. Repeated until nothing changes.
     */
    private void settleManagers() {
        boolean again = true;
        while (again) {
            again = false;
            for (PositionId id : new ArrayList<>(kept.keySet())) {
                Position p = kept.get(id);
                if (p == null || p.reportsTo() == null || kept.containsKey(p.reportsTo())) {
                    continue;
                }
                again = true;
                PositionId m = p.reportsTo();
                if (ours.contains(m)) {
                    Position restored = ours.position(m);
                    conflicts.position(restored, t("model.merge.what.removedKept"),
                            t("model.merge.value.keepsUnder", subject(p)), t("model.merge.value.removed"));
                    kept.put(m, restored);
                } else if (ours.contains(id)) {
                    PositionId back = ours.position(id).reportsTo();
                    conflicts.position(p, t("model.merge.what.manager"), managerWords(ours, back),
                            t("model.merge.value.oursRemoved", managerWords(theirs, m)));
                    kept.put(id, p.withReportsTo(back));
                } else {
                    kept.remove(id);
                    conflicts.position(p, t("model.merge.what.added"),
                            t("model.merge.value.leftOutNo", managerWords(theirs, m)),
                            t("model.merge.value.addedUnder", managerWords(theirs, m)));
                }
            }
            if (!again) {
                again = breakCircle();
            }
        }
    }

    /** Finds one circle of managers, if any, and undoes THEIRS' moves in it; true when it did. */
    private boolean breakCircle() {
        Map<PositionId, Integer> state = new HashMap<>(); // absent: not seen; 1: on the walk; 2: done
        for (PositionId start : kept.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            List<PositionId> walk = new ArrayList<>();
            PositionId current = start;
            while (current != null && !state.containsKey(current)) {
                state.put(current, 1);
                walk.add(current);
                current = kept.get(current).reportsTo();
            }
            if (current != null && state.get(current) == 1) {
                List<PositionId> circle = walk.subList(walk.indexOf(current), walk.size());
                undoTheirMoves(new ArrayList<>(circle));
                return true;
            }
            walk.forEach(id -> state.put(id, 2));
        }
        return false;
    }

    private void undoTheirMoves(List<PositionId> circle) {
        boolean undone = false;
        for (PositionId id : circle) {
            Position p = kept.get(id);
            if (!ours.contains(id)) {
                kept.remove(id);
                conflicts.position(p, t("model.merge.what.addedCircle"), t("model.merge.value.leftOut"),
                        t("model.merge.value.addedUnder", managerWords(theirs, p.reportsTo())));
                undone = true;
            } else if (!Objects.equals(ours.position(id).reportsTo(), p.reportsTo())) {
                PositionId back = ours.position(id).reportsTo();
                conflicts.position(p, t("model.merge.what.managerCircle"),
                        managerWords(ours, back), managerWords(theirs, p.reportsTo()));
                kept.put(id, p.withReportsTo(back));
                undone = true;
            }
        }
        if (!undone) {
            throw new IllegalStateException("OURS alone has a circle of managers: " + circle + ".");
        }
    }

    /** Every position's tier is in the merged chart: one THEIRS removed comes back if OURS uses it. */
    private void settleTiers(List<Tier> tiers) {
        Set<String> ids = new HashSet<>();
        tiers.forEach(t -> ids.add(t.id()));
        boolean restored = false;
        for (PositionId id : new ArrayList<>(kept.keySet())) {
            Position p = kept.get(id);
            if (p.tierId() == null || ids.contains(p.tierId())) {
                continue;
            }
            var oursTier = ours.tier(p.tierId());
            if (oursTier.isPresent()) {
                conflicts.add(null, t("model.merge.subject.tier", quoted(p.tierId()), quoted(oursTier.get().name())),
                        t("model.merge.what.removedUsed"), t("model.merge.value.keepsIn", subject(p)),
                        t("model.merge.value.removed"));
                tiers.add(oursTier.get());
                ids.add(p.tierId());
                restored = true;
            } else {
                String back = ours.find(id).map(Position::tierId).filter(ids::contains).orElse(null);
                conflicts.position(p, t("model.merge.what.tier"), back == null ? t("model.merge.value.none") : quoted(back),
                        t("model.merge.value.oursRemoved", quoted(p.tierId())));
                kept.put(id, p.withTier(back));
            }
        }
        if (restored) {
            Set<Integer> ranks = new HashSet<>();
            if (!tiers.stream().allMatch(t -> ranks.add(t.rank()))) {
                tiers.sort(Comparator.comparingInt(Tier::rank));
                for (int i = 0; i < tiers.size(); i++) {
                    Tier t = tiers.get(i);
                    tiers.set(i, new Tier(t.id(), t.name(), i + 1, t.typicalTitles(), t.responsibilities(),
                            t.grades(), t.unknownFields()));
                }
            }
        }
    }

    /** Values of fields the merged chart lacks, or that no longer fit their field, are left out. */
    private void settleValues(List<FieldDefinition> fields) {
        Map<String, FieldDefinition> byId = new HashMap<>();
        fields.forEach(f -> byId.put(f.id(), f));
        for (PositionId id : new ArrayList<>(kept.keySet())) {
            Position p = kept.get(id);
            var values = p.fieldValues();
            for (Map.Entry<String, Object> e : p.fieldValues().asMap().entrySet()) {
                FieldDefinition f = byId.get(e.getKey());
                if (f == null || !f.fits(e.getValue())) {
                    boolean secret = f != null && f.isPrivate()
                            || ours.field(e.getKey()).map(FieldDefinition::isPrivate).orElse(false)
                            || theirs.field(e.getKey()).map(FieldDefinition::isPrivate).orElse(false);
                    conflicts.position(p, t("model.merge.what.field", quoted(e.getKey())),
                            t(f == null ? "model.merge.value.fieldRemoved" : "model.merge.value.fieldChanged"),
                            secret ? t("model.merge.value.private") : Conflicts.shown(e.getValue()));
                    values = values.without(e.getKey());
                }
            }
            if (values != p.fieldValues()) {
                kept.put(id, p.withFieldValues(values));
            }
        }
    }

    /** Dotted lines, line by line, in the order the sides gave them, to kept positions only. */
    private void dottedLines() {
        OrderedMerge<PositionId> order = new OrderedMerge<PositionId>(Comparator.<PositionId>naturalOrder());
        for (PositionId id : new ArrayList<>(kept.keySet())) {
            Position p = kept.get(id);
            List<PositionId> b = base.find(id).map(Position::dottedLines).orElse(List.of());
            Position o = ours.find(id).orElse(null);
            Position t = theirs.find(id).orElse(null);
            List<PositionId> mine = o == null ? List.of() : o.dottedLines();
            List<PositionId> other = t == null ? List.of() : t.dottedLines();
            Set<PositionId> inBase = new HashSet<>(b);
            if (o == null || t == null) { // kept as one side has it
                b = o == null ? other : mine;
                mine = b;
                other = b;
            }
            Set<PositionId> members = new LinkedHashSet<>();
            Set<PositionId> inB = new HashSet<>(b);
            Set<PositionId> inO = new HashSet<>(mine);
            Set<PositionId> inT = new HashSet<>(other);
            Set<PositionId> all = new LinkedHashSet<>(mine);
            all.addAll(other);
            for (PositionId target : all) {
                if (!Conflicts.pick(inB.contains(target), inO.contains(target), inT.contains(target), () -> { })) {
                    continue;
                }
                if (kept.containsKey(target) && !target.equals(id)) {
                    members.add(target);
                } else if (!inBase.contains(target)) {
                    // a line one side drew to a position the result does not have (the other side removed it)
                    boolean oursDrew = o != null && o.dottedLines().contains(target);
                    boolean theirsDrew = t != null && t.dottedLines().contains(target);
                    conflicts.position(p, t("model.merge.what.dottedLineTo", quoted(target.value())),
                            t(oursDrew ? "model.merge.value.added" : "model.merge.value.notThere"),
                            t(theirsDrew ? "model.merge.value.addedToMissing" : "model.merge.value.notThere"));
                }
            }
            List<PositionId> lines = order.order(b, mine, other, members, new OrderedMerge.Clash<>() {
                @Override
                public void bothReordered(List<PositionId> o1, List<PositionId> t1) {
                    conflicts.position(p, t("model.merge.what.dottedLineOrder"), o1.toString(), t1.toString());
                }

                @Override
                public void placedDifferently(PositionId item, PositionId afterOurs, PositionId afterTheirs) {
                    // both sides added the same line: where it sits among the lines hardly matters
                }
            });
            if (!lines.equals(p.dottedLines())) {
                kept.put(id, p.withDottedLines(lines));
            }
        }
    }

    /** The kept positions in tree order, each manager's reports in their merged order. */
    private List<Position> treeOrder() {
        Map<PositionId, Set<PositionId>> reports = new HashMap<>();
        Set<PositionId> roots = new HashSet<>();
        for (Position p : kept.values()) {
            if (p.reportsTo() == null) {
                roots.add(p.id());
            } else {
                reports.computeIfAbsent(p.reportsTo(), k -> new HashSet<>()).add(p.id());
            }
        }
        OrderedMerge<PositionId> order = new OrderedMerge<PositionId>(Comparator.<PositionId>naturalOrder());
        List<Position> out = new ArrayList<>(kept.size());
        Deque<Iterator<PositionId>> stack = new ArrayDeque<>();
        stack.push(siblings(order, null, roots).iterator());
        while (!stack.isEmpty()) {
            Iterator<PositionId> it = stack.peek();
            if (!it.hasNext()) {
                stack.pop();
                continue;
            }
            PositionId id = it.next();
            out.add(kept.get(id));
            Set<PositionId> below = reports.get(id);
            if (below != null) {
                stack.push(siblings(order, id, below).iterator());
            }
        }
        return out;
    }

    private List<PositionId> siblings(OrderedMerge<PositionId> order, PositionId manager, Set<PositionId> members) {
        List<PositionId> b = manager == null ? base.roots() : base.childrenOf(manager);
        List<PositionId> o = manager == null ? ours.roots() : ours.childrenOf(manager);
        List<PositionId> t = manager == null ? theirs.roots() : theirs.childrenOf(manager);
        return order.order(b, o, t, members, new OrderedMerge.Clash<>() {
            @Override
            public void bothReordered(List<PositionId> mine, List<PositionId> other) {
                conflicts.add(manager, manager == null ? t("model.merge.subject.chart") : subject(kept.get(manager)),
                        t(manager == null ? "model.merge.what.topOrder" : "model.merge.what.reportsOrder"),
                        ids(mine), ids(other));
            }

            @Override
            public void placedDifferently(PositionId item, PositionId afterOurs, PositionId afterTheirs) {
                conflicts.add(item, subject(kept.get(item)), t("model.merge.what.siblingPlace"),
                        Conflicts.after(afterOurs == null ? null : quoted(afterOurs.value())),
                        Conflicts.after(afterTheirs == null ? null : quoted(afterTheirs.value())));
            }
        });
    }

    private static String ids(List<PositionId> ids) {
        StringBuilder s = new StringBuilder();
        for (PositionId id : ids) {
            s.append(s.length() == 0 ? "" : ", ").append(id.value());
        }
        return quoted(s.toString());
    }

    /** "'CEO' (ceo)", or "(top)" for no manager. */
    static String managerWords(Chart chart, PositionId manager) {
        if (manager == null) {
            return t("model.merge.value.top");
        }
        return chart.find(manager).map(p -> quoted(p.title()) + " (" + manager.value() + ")")
                .orElse(quoted(manager.value()));
    }
}
