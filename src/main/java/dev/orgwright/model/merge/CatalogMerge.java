package dev.orgwright.model.merge;

import static dev.orgwright.model.ModelTexts.t;
import static dev.orgwright.model.merge.Conflicts.pick;
import static dev.orgwright.model.merge.Conflicts.quoted;
import static dev.orgwright.model.merge.Conflicts.shown;

import dev.orgwright.model.Chart;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.Responsibility;
import dev.orgwright.model.Settings;
import dev.orgwright.model.Tier;
import dev.orgwright.model.UnknownFields;
import dev.orgwright.model.Views;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The chart as a whole, merged field by field: its title, its settings (key by key, down the
 * tree of settings), the fields of the document Orgwright does not know, the tiers and the
 * chart's own fields. A tier or field is matched by its id and merged part by part (name, rank,
 * typical titles, responsibilities, grades; name, type, privacy, choices); one removed on one
 * side and changed on the other is a conflict, settled as OURS has it.
 */
final class CatalogMerge {

    private final Chart base;
    private final Chart ours;
    private final Chart theirs;
    private final Conflicts conflicts;

    CatalogMerge(Chart base, Chart ours, Chart theirs, Conflicts conflicts) {
        this.base = base;
        this.ours = ours;
        this.theirs = theirs;
        this.conflicts = conflicts;
    }

    String title() {
        return pick(base.title(), ours.title(), theirs.title(),
                () -> conflicts.add(null, t("model.merge.subject.chart"), t("model.merge.what.title"), shown(ours.title()),
                        shown(theirs.title())));
    }

    /**
     * The settings key by key, except the views (decision 0025): the named views are merged view
     * by view, matched by name, so that a view each side saved stays; the view a window last showed
     * is OURS' unless only THEIRS changed it, without a conflict, since it is no design decision.
     */
    Settings settings() {
        Settings b = base.settings();
        Settings o = ours.settings();
        Settings t = theirs.settings();
        Map<String, Object> merged = new LinkedHashMap<>(tree(withoutViews(b), withoutViews(o), withoutViews(t),
                t("model.merge.subject.settings"), ""));
        Object shownBase = b.asMap().get(Views.CURRENT);
        Object shownOurs = o.asMap().get(Views.CURRENT);
        Object shown = java.util.Objects.equals(shownBase, shownOurs) ? t.asMap().get(Views.CURRENT) : shownOurs;
        if (shown != null) {
            merged.put(Views.CURRENT, shown);
        }
        List<Object> views = views(namedViews(b), namedViews(o), namedViews(t));
        if (!views.isEmpty()) {
            merged.put(Views.KEY, views);
        }
        return Settings.of(merged);
    }

    private static Map<String, Object> withoutViews(Settings settings) {
        return settings.without(Views.KEY).without(Views.CURRENT).asMap();
    }

    /** A chart's named views by their name in lower case, in order. */
    private static Map<String, Object> namedViews(Settings settings) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (settings.asMap().get(Views.KEY) instanceof List<?> list) {
            for (Object view : list) {
                if (view instanceof Map<?, ?> map && map.get("name") instanceof String name) {
                    out.putIfAbsent(name.strip().toLowerCase(java.util.Locale.ROOT), view);
                }
            }
        }
        return out;
    }

    /** OURS' views in their order, then the ones only THEIRS added; each view as {@link Conflicts#pick} settles it. */
    private List<Object> views(Map<String, Object> b, Map<String, Object> o, Map<String, Object> t) {
        Set<String> names = new LinkedHashSet<>(o.keySet());
        names.addAll(t.keySet());
        List<Object> out = new ArrayList<>();
        for (String name : names) {
            Object mine = o.get(name);
            Object other = t.get(name);
            Object merged;
            if (b.get(name) == null && mine != null && other != null && !mine.equals(other)) {
                conflicts.add(null, t("model.merge.subject.view", quoted(name(mine))), t("model.merge.what.bothSaved"),
                        t("model.merge.value.saved"), t("model.merge.value.saved"));
                merged = mine;
            } else {
                merged = pick(b.get(name), mine, other, () -> conflicts.add(null, t("model.merge.subject.view",
                        quoted(name(mine != null ? mine : other))), t(mine == null || other == null
                        ? "model.merge.what.removedChanged" : "model.merge.what.changedBoth"),
                        t(mine == null ? "model.merge.value.removed" : "model.merge.value.changed"),
                        t(other == null ? "model.merge.value.removed" : "model.merge.value.changed")));
            }
            if (merged != null) {
                out.add(merged);
            }
        }
        return out;
    }

    private static String name(Object view) {
        return view instanceof Map<?, ?> map ? String.valueOf(map.get("name")) : "";
    }

    UnknownFields unknownFields() {
        return UnknownFields.of(tree(base.unknownFields().asMap(), ours.unknownFields().asMap(),
                theirs.unknownFields().asMap(), t("model.merge.subject.otherFields"), ""));
    }

    /** Key by key, and into the maps that both sides changed, so that two different switches merge. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> tree(Map<String, Object> b, Map<String, Object> o, Map<String, Object> t,
                                     String subject, String path) {
        if (o.equals(t) || b.equals(t)) {
            return o;
        }
        if (b.equals(o)) {
            return t;
        }
        Set<String> keys = new LinkedHashSet<>(o.keySet());
        keys.addAll(t.keySet());
        keys.addAll(b.keySet());
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : keys) {
            Object base = b.containsKey(key) ? b.get(key) : ABSENT;
            Object mine = o.containsKey(key) ? o.get(key) : ABSENT;
            Object other = t.containsKey(key) ? t.get(key) : ABSENT;
            Object merged;
            if (mine instanceof Map<?, ?> m && other instanceof Map<?, ?> n) {
                merged = tree(base instanceof Map<?, ?> bm ? (Map<String, Object>) bm : Map.of(),
                        (Map<String, Object>) m, (Map<String, Object>) n, subject, path + key + ".");
            } else {
                merged = pick(base, mine, other, () -> conflicts.add(null, subject, quoted(path + key),
                        setting(mine), setting(other)));
            }
            if (merged != ABSENT) {
                out.put(key, merged);
            }
        }
        return out;
    }

    /** Marks a key that is not there, apart from one whose value is null. */
    private static final Object ABSENT = new Object();

    private static String setting(Object value) {
        return value == ABSENT ? t("model.merge.value.removed") : value == null ? "null" : shown(value);
    }

    /** The tiers: matched by id; ranks renumbered in the merged order only when two tiers would share one. */
    List<Tier> tiers() {
        Map<String, Tier> b = byId(base.tiers(), Tier::id);
        Map<String, Tier> o = byId(ours.tiers(), Tier::id);
        Map<String, Tier> t = byId(theirs.tiers(), Tier::id);
        Map<String, Tier> merged = new HashMap<>();
        for (String id : ids(b, o, t)) {
            Tier tier = tier(b.get(id), o.get(id), t.get(id));
            if (tier != null) {
                merged.put(id, tier);
            }
        }
        List<String> order = new OrderedMerge<String>(Comparator.naturalOrder()).order(
                base.tiers().stream().map(Tier::id).toList(), ours.tiers().stream().map(Tier::id).toList(),
                theirs.tiers().stream().map(Tier::id).toList(), merged.keySet(), new OrderedMerge.Clash<>() {
                    @Override
                    public void bothReordered(List<String> mine, List<String> other) {
                        conflicts.add(null, t("model.merge.subject.tiers"), t("model.merge.what.order"),
                                String.join(", ", mine), String.join(", ", other));
                    }

                    @Override
                    public void placedDifferently(String item, String afterOurs, String afterTheirs) {
                        // the ranks say where a tier goes; reported below if they clash
                    }
                });
        List<Tier> out = new ArrayList<>();
        Set<Integer> ranks = new java.util.HashSet<>();
        boolean clash = false;
        for (String id : order) {
            Tier tier = merged.get(id);
            clash |= !ranks.add(tier.rank());
            out.add(tier);
        }
        if (clash) {
            List<Tier> renumbered = new ArrayList<>();
            out.sort(Comparator.comparingInt(Tier::rank)); // ranks first, the merged order among equal ranks
            for (int i = 0; i < out.size(); i++) {
                renumbered.add(out.get(i).rank() == i + 1 ? out.get(i) : withRank(out.get(i), i + 1));
            }
            out = renumbered;
        }
        return withoutDuplicateResponsibilities(out, o);
    }

    private Tier tier(Tier b, Tier o, Tier t) {
        if (o != null && t != null) {
            if (o.equals(t) || t.equals(b)) {
                return o;
            }
            if (o.equals(b)) {
                return t;
            }
            String subject = t("model.merge.subject.tier", quoted(o.id()), quoted(o.name()));
            String name = part(b, o, t, Tier::name, subject, t("model.merge.what.name"));
            int rank = part(b, o, t, Tier::rank, subject, t("model.merge.what.rank"));
            List<String> titles = part(b, o, t, Tier::typicalTitles, subject, t("model.merge.what.typicalTitles"));
            List<Responsibility> responsibilities = part(b, o, t, Tier::responsibilities, subject,
                    t("model.merge.what.responsibilities"));
            List<String> grades = part(b, o, t, Tier::grades, subject, t("model.merge.what.grades"));
            UnknownFields unknown = part(b, o, t, Tier::unknownFields, subject, t("model.merge.what.otherFields"));
            return new Tier(o.id(), name, rank, titles, responsibilities, grades, unknown);
        }
        // A rank moved by a tier added or removed elsewhere is no change of this tier.
        Tier sameO = o != null && b != null && withRank(o, b.rank()).equals(b) ? b : o;
        Tier sameT = t != null && b != null && withRank(t, b.rank()).equals(b) ? b : t;
        return present(b, sameO, sameT, "model.merge.subject.tierId", Tier::id) ? (o != null ? o : t) : null;
    }

    /**
     * Whether an item one side has and the other lacks stays: added, or removed on one side and
     * changed on the other. {@code subject} is the key of the words naming the item by its id.
     */
    private <V> boolean present(V b, V o, V t, String subject, Function<V, String> id) {
        if (b == null) {
            return o != null || t != null;
        }
        if (o != null && !o.equals(b)) {
            conflicts.add(null, t(subject, quoted(id.apply(o))), t("model.merge.what.removedChanged"),
                    t("model.merge.value.changed"), t("model.merge.value.removed"));
            return true;
        }
        if (t != null && !t.equals(b)) {
            conflicts.add(null, t(subject, quoted(id.apply(t))), t("model.merge.what.removedChanged"),
                    t("model.merge.value.removed"), t("model.merge.value.changed"));
        }
        return false;
    }

    private <V, P> P part(V b, V o, V t, Function<V, P> get, String subject, String what) {
        P base = b == null ? null : get.apply(b);
        P mine = get.apply(o);
        P other = get.apply(t);
        if (b == null && !java.util.Objects.equals(mine, other)) {
            conflicts.add(null, subject, t("model.merge.what.bothAddedIt", what), shown(mine), shown(other));
            return mine;
        }
        return pick(base, mine, other, () -> conflicts.add(null, subject, what, shown(mine), shown(other)));
    }

    private static Tier withRank(Tier t, int rank) {
        return new Tier(t.id(), t.name(), rank, t.typicalTitles(), t.responsibilities(), t.grades(), t.unknownFields());
    }

    /** A responsibility id both sides gave to different tiers stays only where OURS has it. */
    private List<Tier> withoutDuplicateResponsibilities(List<Tier> tiers, Map<String, Tier> o) {
        Map<String, String> owner = new HashMap<>();
        for (Tier t : tiers) {
            for (Responsibility r : t.responsibilities()) {
                owner.merge(r.id(), t.id(), (a, b) -> a + "\n" + b);
            }
        }
        if (owner.values().stream().noneMatch(v -> v.contains("\n"))) {
            return tiers;
        }
        List<Tier> out = new ArrayList<>();
        for (Tier t : tiers) {
            List<Responsibility> kept = new ArrayList<>();
            for (Responsibility r : t.responsibilities()) {
                boolean twice = owner.get(r.id()).contains("\n");
                boolean oursHasItHere = o.containsKey(t.id())
                        && o.get(t.id()).responsibilities().stream().anyMatch(x -> x.id().equals(r.id()));
                if (!twice || oursHasItHere) {
                    kept.add(r);
                } else {
                    conflicts.add(null, t("model.merge.subject.responsibility", quoted(r.id())), t("model.merge.what.tier"),
                            t("model.merge.value.anotherTier"), quoted(t.name()));
                }
            }
            out.add(new Tier(t.id(), t.name(), t.rank(), t.typicalTitles(), kept, t.grades(), t.unknownFields()));
        }
        return out;
    }

    /** The chart's own fields, matched by id, in the merged order. */
    List<FieldDefinition> fields() {
        Map<String, FieldDefinition> b = byId(base.fields(), FieldDefinition::id);
        Map<String, FieldDefinition> o = byId(ours.fields(), FieldDefinition::id);
        Map<String, FieldDefinition> t = byId(theirs.fields(), FieldDefinition::id);
        Map<String, FieldDefinition> merged = new HashMap<>();
        for (String id : ids(b, o, t)) {
            FieldDefinition f = field(b.get(id), o.get(id), t.get(id));
            if (f != null) {
                merged.put(id, f);
            }
        }
        List<String> order = new OrderedMerge<String>(Comparator.naturalOrder()).order(
                base.fields().stream().map(FieldDefinition::id).toList(),
                ours.fields().stream().map(FieldDefinition::id).toList(),
                theirs.fields().stream().map(FieldDefinition::id).toList(), merged.keySet(), new OrderedMerge.Clash<>() {
                    @Override
                    public void bothReordered(List<String> mine, List<String> other) {
                        conflicts.add(null, t("model.merge.subject.fields"), t("model.merge.what.order"),
                                String.join(", ", mine), String.join(", ", other));
                    }

                    @Override
                    public void placedDifferently(String item, String afterOurs, String afterTheirs) {
                        conflicts.add(null, t("model.merge.subject.fieldId", quoted(item)),
                                t("model.merge.what.placeBothAdded"), t("model.merge.value.after", shown(afterOurs)),
                                t("model.merge.value.after", shown(afterTheirs)));
                    }
                });
        return order.stream().map(merged::get).toList();
    }

    private FieldDefinition field(FieldDefinition b, FieldDefinition o, FieldDefinition t) {
        if (o != null && t != null) {
            if (o.equals(t) || t.equals(b)) {
                return o;
            }
            if (o.equals(b)) {
                return t;
            }
            String subject = t("model.merge.subject.field", quoted(o.id()), quoted(o.name()));
            String name = part(b, o, t, FieldDefinition::name, subject, t("model.merge.what.name"));
            FieldType type = part(b, o, t, FieldDefinition::type, subject, t("model.merge.what.type"));
            boolean secret = part(b, o, t, FieldDefinition::isPrivate, subject, t("model.merge.what.private"));
            List<String> choices = part(b, o, t, FieldDefinition::choices, subject, t("model.merge.what.choices"));
            UnknownFields unknown = part(b, o, t, FieldDefinition::unknownFields, subject,
                    t("model.merge.what.otherFields"));
            try {
                return new FieldDefinition(o.id(), name, type, secret, choices, unknown);
            } catch (IllegalArgumentException e) {
                conflicts.add(null, subject, t("model.merge.what.definition"), t("model.merge.value.asOurs"),
                        t("model.merge.value.notFitOurs"));
                return o;
            }
        }
        return present(b, o, t, "model.merge.subject.fieldId", FieldDefinition::id) ? (o != null ? o : t) : null;
    }

    private static <V> Map<String, V> byId(List<V> items, Function<V, String> id) {
        Map<String, V> out = new LinkedHashMap<>();
        items.forEach(v -> out.put(id.apply(v), v));
        return out;
    }

    private static <V> Set<String> ids(Map<String, V> b, Map<String, V> o, Map<String, V> t) {
        Set<String> ids = new LinkedHashSet<>(b.keySet());
        ids.addAll(o.keySet());
        ids.addAll(t.keySet());
        return ids;
    }
}
