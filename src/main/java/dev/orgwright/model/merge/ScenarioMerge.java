package dev.orgwright.model.merge;

import static dev.orgwright.model.ModelTexts.t;
import static dev.orgwright.model.merge.Conflicts.pick;
import static dev.orgwright.model.merge.Conflicts.quoted;
import static dev.orgwright.model.merge.Conflicts.shown;

import dev.orgwright.model.Chart;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.Scenario;
import dev.orgwright.model.Scenarios;
import dev.orgwright.model.Tier;
import dev.orgwright.model.UnknownFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scenarios of a three-way merge (decisions 0014 and 0015), matched by id. A scenario one
 * side added is kept; one side removed and the other left alone is removed; one side removed and
 * the other changed is a conflict settled as OURS has it. A scenario both sides changed is merged
 * part by part: its name, description, what it is based on and unknown fields as fields, its
 * positions as the current state's are, each conflict saying which scenario it is in.
 *
 * <p>Every kept scenario fits the merged tiers and fields: one that does not is merged again
 * against them, which puts a position back in the tier OURS has for it (or none) and leaves out
 * values its field no longer takes, each as a conflict. A scenario based on one that is gone is
 * based on what that one was based on; bases the two sides together make into a circle are
 * settled as OURS has them. No scenario is lost and none stops the merge.
 */
final class ScenarioMerge {

    /** A merged scenario; {@code positions} is null when its chart is kept as it is. */
    record Merged(Scenario scenario, List<Position> positions, Scenario ours) {
        Merged withScenario(Scenario s) {
            return new Merged(s, positions, ours);
        }
    }

    /** Marks a part that is not there: a scenario both sides added has no BASE. */
    private static final Object ABSENT = new Object();

    private final Chart base;
    private final Chart ours;
    private final Chart theirs;
    private final List<Tier> tiers;
    private final List<FieldDefinition> fields;
    private final Conflicts conflicts;
    private final Map<String, Scenario> inBase;
    private final Map<String, Scenario> inOurs;
    private final Map<String, Scenario> inTheirs;

    ScenarioMerge(Chart base, Chart ours, Chart theirs, List<Tier> tiers, List<FieldDefinition> fields,
                  Conflicts conflicts) {
        this.base = base;
        this.ours = ours;
        this.theirs = theirs;
        this.tiers = tiers;
        this.fields = fields;
        this.conflicts = conflicts;
        this.inBase = byId(base);
        this.inOurs = byId(ours);
        this.inTheirs = byId(theirs);
    }

    /** The merged scenarios in their merged order, bases settled; their charts are built by {@link #build}. */
    List<Merged> merge() {
        if (inBase.isEmpty() && inOurs.isEmpty() && inTheirs.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>(inOurs.keySet());
        ids.addAll(inTheirs.keySet());
        ids.addAll(inBase.keySet());
        Map<String, Merged> kept = new LinkedHashMap<>();
        for (String id : ids) {
            Merged m = one(inBase.get(id), inOurs.get(id), inTheirs.get(id));
            if (m != null) {
                kept.put(id, m);
            }
        }
        List<Merged> out = new ArrayList<>();
        for (String id : order(kept)) {
            out.add(kept.get(id));
        }
        settleBases(out);
        return out;
    }

    /** The scenarios with their charts, built on the merged chart's catalog. */
    List<Scenario> build(Chart merged, List<Merged> all) {
        List<Scenario> out = new ArrayList<>(all.size());
        for (Merged m : all) {
            Scenario s = m.scenario();
            if (m.positions() == null) {
                out.add(s);
                continue;
            }
            try {
                out.add(s.withChart(Chart.builder().title(merged.title()).tiers(merged.tiers())
                        .settings(merged.settings()).fields(merged.fields()).addAll(m.positions()).build()));
            } catch (InvalidChartException e) {
                Scenario fallback = m.ours() != null ? m.ours() : s;
                conflicts.add(null, subject(s), t("model.merge.what.positionsNotFit", e.problems().get(0).message()),
                        t("model.merge.value.kept"), t("model.merge.value.merged"));
                out.add(s.withChart(fallback.chart()));
            }
        }
        return out;
    }

    private Merged one(Scenario b, Scenario o, Scenario t) {
        if (o != null && t != null) {
            if (o == t || o.equals(t) || t.equals(b)) {
                return fitted(o, b, o, t);
            }
            if (o.equals(b)) {
                return fitted(t, b, o, t);
            }
            return both(b, o, t);
        }
        if (o != null) {
            if (b == null) {
                return fitted(o, null, o, null);
            }
            if (o.equals(b)) {
                return null; // THEIRS removed it, OURS left it alone
            }
            conflicts.add(null, subject(o), t("model.merge.what.removedChanged"), t("model.merge.value.changed"),
                    t("model.merge.value.removed"));
            return fitted(o, null, o, null);
        }
        if (t != null && b != null && !t.equals(b)) {
            conflicts.add(null, subject(t), t("model.merge.what.removedChanged"), t("model.merge.value.removed"),
                    t("model.merge.value.changed"));
        } else if (t != null && b == null) {
            return fitted(t, null, null, t);
        }
        return null;
    }

    /** {@code chosen} as it is when it fits the merged catalog; otherwise its positions merged again against it. */
    private Merged fitted(Scenario chosen, Scenario b, Scenario o, Scenario t) {
        if (Scenarios.catalogProblem(catalog(), chosen.chart()).isEmpty()) {
            return new Merged(chosen, null, o);
        }
        return new Merged(chosen, positions(chosen.name(), b, o, t), o);
    }

    /** A scenario both sides changed: part by part, and its positions as a chart's. */
    private Merged both(Scenario b, Scenario o, Scenario t) {
        String subject = subject(o);
        String name = (String) part(b == null ? ABSENT : b.name(), o.name(), t.name(), subject,
                t("model.merge.what.name"), false);
        String description = (String) part(b == null ? ABSENT : b.description(), o.description(), t.description(),
                subject, t("model.merge.what.description"), false);
        String basedOn = (String) part(b == null ? ABSENT : b.basedOn(), o.basedOn(), t.basedOn(), subject,
                t("model.merge.what.basedOn"), true);
        UnknownFields unknown = unknown(b == null ? Map.of() : b.unknownFields().asMap(), o.unknownFields().asMap(),
                t.unknownFields().asMap(), subject);
        Scenario merged = new Scenario(o.id(), name, description, basedOn, o.chart(), unknown);
        return new Merged(merged, positions(name, b, o, t), o);
    }

    private Object part(Object b, Object o, Object t, String subject, String what, boolean isBase) {
        return pick(b, o, t, () -> conflicts.add(null, subject, what, words(isBase, o), words(isBase, t)));
    }

    private UnknownFields unknown(Map<String, Object> b, Map<String, Object> o, Map<String, Object> t, String subject) {
        Set<String> keys = new LinkedHashSet<>(o.keySet());
        keys.addAll(t.keySet());
        keys.addAll(b.keySet());
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : keys) {
            Object mine = o.containsKey(key) ? o.get(key) : ABSENT;
            Object other = t.containsKey(key) ? t.get(key) : ABSENT;
            Object merged = pick(b.containsKey(key) ? b.get(key) : ABSENT, mine, other,
                    () -> conflicts.add(null, subject, t("model.merge.what.otherField", quoted(key)),
                            mine == ABSENT ? t("model.merge.value.removed") : shown(mine),
                            other == ABSENT ? t("model.merge.value.removed") : shown(other)));
            if (merged != ABSENT) {
                out.put(key, merged);
            }
        }
        return UnknownFields.of(out);
    }

    /** The positions of the scenario, merged as a chart's against the merged catalog; conflicts name the scenario. */
    private List<Position> positions(String name, Scenario b, Scenario o, Scenario t) {
        Conflicts inner = new Conflicts();
        List<Position> out = ChartMerge.positionsOnly(side(base, b), side(ours, o), side(theirs, t), tiers, fields,
                inner);
        conflicts.addAll(inner, quoted(name));
        return out;
    }

    /** The scenario's positions with its side's catalog; no positions when the side does not have it. */
    private static Chart side(Chart side, Scenario s) {
        return s == null ? Chart.empty(side.title(), side.tiers()) : Scenarios.shown(side, s);
    }

    /** A chart of the merged catalog, without positions, to check a scenario against. */
    private Chart catalog() {
        try {
            return Chart.builder().tiers(tiers).fields(fields).build();
        } catch (InvalidChartException e) {
            throw new IllegalStateException("The merged tiers and fields are not whole: " + e.problems(), e);
        }
    }

    /** OURS' order of the scenarios; one a side added goes after the one it follows there, two in one place by id. */
    private List<String> order(Map<String, Merged> kept) {
        OrderedMerge<String> order = new OrderedMerge<>(Comparator.<String>naturalOrder());
        return order.order(ids(base), ids(ours), ids(theirs), kept.keySet(), new OrderedMerge.Clash<>() {
            @Override
            public void bothReordered(List<String> mine, List<String> other) {
                conflicts.add(null, t("model.merge.subject.chart"), t("model.merge.what.scenarioOrder"),
                        quoted(String.join(", ", mine)), quoted(String.join(", ", other)));
            }

            @Override
            public void placedDifferently(String id, String afterOurs, String afterTheirs) {
                conflicts.add(null, subject(kept.get(id).scenario()), t("model.merge.what.scenarioPlace"),
                        Conflicts.after(afterOurs == null ? null : quoted(afterOurs)),
                        Conflicts.after(afterTheirs == null ? null : quoted(afterTheirs)));
            }
        });
    }

    /**
     * Every scenario based on one that is kept, or on the current state: one based on a scenario
     * that is gone is based on what that one was based on (a conflict when a side chose that base
     * while the other removed it: then OURS' base where it can be); bases the two sides together
     * make into a circle are put back as OURS has them, or on the current state.
     */
    private void settleBases(List<Merged> all) {
        Set<String> kept = new HashSet<>();
        all.forEach(m -> kept.add(m.scenario().id()));
        for (int i = 0; i < all.size(); i++) {
            Scenario s = all.get(i).scenario();
            String on = s.basedOn();
            if (on == null || kept.contains(on)) {
                continue;
            }
            String rebased = survivingBase(on, kept);
            Scenario b = inBase.get(s.id());
            if (b != null && !on.equals(b.basedOn())) {
                String oursOn = basedOn(inOurs.get(s.id()));
                boolean oursFits = inOurs.containsKey(s.id()) && (oursOn == null || kept.contains(oursOn));
                conflicts.add(null, subject(s), t("model.merge.what.basedOnRemoved"),
                        words(true, oursOn), words(true, basedOn(inTheirs.get(s.id()))));
                rebased = oursFits ? oursOn : rebased;
            }
            all.set(i, all.get(i).withScenario(s.withBasedOn(rebased)));
        }
        Optional<List<String>> circle;
        while ((circle = Scenarios.cycle(all.stream().map(Merged::scenario).toList())).isPresent()) {
            breakCircle(all, circle.get(), kept);
        }
    }

    private void breakCircle(List<Merged> all, List<String> circle, Set<String> kept) {
        for (String id : circle) {
            Scenario o = inOurs.get(id);
            int at = indexOf(all, id);
            Scenario s = all.get(at).scenario();
            if (o != null && !java.util.Objects.equals(o.basedOn(), s.basedOn())
                    && (o.basedOn() == null || kept.contains(o.basedOn()))) {
                conflicts.add(null, subject(s), t("model.merge.what.basedOnCircle"),
                        words(true, o.basedOn()), words(true, s.basedOn()));
                all.set(at, all.get(at).withScenario(s.withBasedOn(o.basedOn())));
                return;
            }
        }
        int at = indexOf(all, circle.get(0));
        Scenario s = all.get(at).scenario();
        conflicts.add(null, subject(s), t("model.merge.what.basedOnCircle"),
                t("model.merge.value.settled", words(true, null)), words(true, s.basedOn()));
        all.set(at, all.get(at).withScenario(s.withBasedOn(null)));
    }

    /** What {@code gone} was based on, and so on, until a kept scenario or the current state. */
    private String survivingBase(String gone, Set<String> kept) {
        Set<String> seen = new HashSet<>();
        String current = gone;
        while (current != null && !kept.contains(current) && seen.add(current)) {
            Scenario s = inBase.containsKey(current) ? inBase.get(current)
                    : inOurs.containsKey(current) ? inOurs.get(current) : inTheirs.get(current);
            current = s == null ? null : s.basedOn();
        }
        return current != null && kept.contains(current) ? current : null;
    }

    private static int indexOf(List<Merged> all, String id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).scenario().id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("No merged scenario '" + id + "'.");
    }

    private static String basedOn(Scenario s) {
        return s == null ? null : s.basedOn();
    }

    /** A part's value in words; {@code isBase} for what a scenario is based on, where none is the current state. */
    private static String words(boolean isBase, Object value) {
        if (value == ABSENT) {
            return t("model.merge.value.notThere");
        }
        if (isBase && value == null) {
            return t("model.merge.value.currentState");
        }
        return shown(value);
    }

    /** "the scenario 'lean' ('Lean')". */
    static String subject(Scenario s) {
        return t("model.merge.subject.scenario", quoted(s.id()), quoted(s.name()));
    }

    private static Map<String, Scenario> byId(Chart chart) {
        Map<String, Scenario> out = new LinkedHashMap<>();
        chart.scenarios().forEach(s -> out.put(s.id(), s));
        return out;
    }

    private static List<String> ids(Chart chart) {
        return chart.scenarios().stream().map(Scenario::id).toList();
    }
}
