package dev.orgwright.model.merge;

import static dev.orgwright.model.ModelTexts.t;
import static dev.orgwright.model.merge.Conflicts.pick;
import static dev.orgwright.model.merge.Conflicts.shown;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldValues;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.UnknownFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fields of a position both sides have, merged one by one: a field changed on one side
 * takes that side's value, a field changed on both sides the same way takes it too, and a field
 * changed differently is a conflict that keeps OURS' value. The holder's name and whether it is
 * disclosed are one field; duties are one field (a list without ids); the chart's own fields
 * and fields Orgwright does not know are merged key by key. Dotted lines are merged later, once
 * it is known which positions stay.
 */
final class PositionMerge {

    private record Holder(String name, boolean disclosed) {
    }

    private final Chart ours;
    private final Chart theirs;
    private final Conflicts conflicts;

    PositionMerge(Chart ours, Chart theirs, Conflicts conflicts) {
        this.ours = ours;
        this.theirs = theirs;
        this.conflicts = conflicts;
    }

    /** {@code b} is null when both sides added the position: then every difference is a conflict. */
    Position merge(Position b, Position o, Position t) {
        String title = field(b, o, t, t("model.merge.what.title"), Position::title, Conflicts::shown);
        Holder holder = field(b, o, t, t("model.merge.what.holder"), p -> new Holder(p.holder(), p.holderDisclosed()),
                h -> h.disclosed() ? shown(h.name()) : t("model.merge.value.notDisclosed"));
        String tier = field(b, o, t, t("model.merge.what.tier"), Position::tierId, Conflicts::shown);
        PositionId manager = field(b, o, t, t("model.merge.what.manager"), Position::reportsTo, null);
        String department = field(b, o, t, t("model.merge.what.department"), Position::department, Conflicts::shown);
        String notes = field(b, o, t, t("model.merge.what.notes"), Position::notes, Conflicts::shown);
        boolean assistant = field(b, o, t, t("model.merge.what.assistant"), Position::assistant,
                v -> t(v ? "model.merge.value.yes" : "model.merge.value.no"));
        var fte = field(b, o, t, t("model.merge.what.fte"), Position::fte, Conflicts::shown);
        var cost = field(b, o, t, t("model.merge.what.cost"), Position::cost, v -> t("model.merge.value.private"));
        var status = field(b, o, t, t("model.merge.what.status"), Position::status, v -> shown(v == null ? null : v.key()));
        var archetype = field(b, o, t, t("model.merge.what.archetype"), Position::archetype,
                v -> shown(v == null ? null : v.key()));
        String photo = field(b, o, t, t("model.merge.what.photo"), Position::photo,
                v -> v.isEmpty() ? t("model.merge.value.none") : t("model.merge.value.aPhoto"));
        List<Duty> duties = field(b, o, t, t("model.merge.what.duties"), Position::duties, PositionMerge::dutyWords);
        FieldValues values = FieldValues.of(keys(b == null ? Map.of() : b.fieldValues().asMap(),
                o.fieldValues().asMap(), t.fieldValues().asMap(), o, "model.merge.what.field", this::valueWords));
        UnknownFields unknown = UnknownFields.of(keys(b == null ? Map.of() : b.unknownFields().asMap(),
                o.unknownFields().asMap(), t.unknownFields().asMap(), o, "model.merge.what.otherField",
                (k, v) -> shown(v)));
        Position merged = new Position(o.id(), title, holder.disclosed() ? holder.name() : "", holder.disclosed(),
                tier, duties, manager, o.dottedLines(), department, notes, assistant, fte, cost, status, photo,
                values, unknown, archetype);
        return merged;
    }

    private <V> V field(Position b, Position o, Position t, String what, Function<Position, V> get,
                        Function<V, String> words) {
        V base = b == null ? null : get.apply(b);
        V mine = get.apply(o);
        V other = get.apply(t);
        if (b == null && !Objects.equals(mine, other)) {
            conflicts.position(o, t("model.merge.what.bothAddedPosition", what), describe(mine, words, ours),
                    describe(other, words, theirs));
            return mine;
        }
        return pick(base, mine, other, () -> conflicts.position(o, what, describe(mine, words, ours),
                describe(other, words, theirs)));
    }

    @SuppressWarnings("unchecked")
    private static <V> String describe(V value, Function<V, String> words, Chart chart) {
        if (words == null) { // a manager
            return ChartMerge.managerWords(chart, (PositionId) value);
        }
        return words.apply(value);
    }

    /**
     * Key by key; a key changed differently on both sides is a conflict that keeps OURS' value.
     * {@code what} is the key of the words naming one key ("the field 'email'").
     */
    private Map<String, Object> keys(Map<String, Object> b, Map<String, Object> o, Map<String, Object> t,
                                     Position p, String what, java.util.function.BiFunction<String, Object, String> words) {
        if (o.equals(t) || b.equals(t)) {
            return o;
        }
        if (b.equals(o)) {
            return t;
        }
        Map<String, Object> out = new LinkedHashMap<>(o);
        for (String key : union(b, o, t)) {
            Object base = b.get(key);
            Object mine = o.get(key);
            Object other = t.get(key);
            Object merged = pick(base, mine, other, () -> conflicts.position(p, t(what, Conflicts.quoted(key)),
                    words.apply(key, mine), words.apply(key, other)));
            if (merged == null) {
                out.remove(key);
            } else {
                out.put(key, merged);
            }
        }
        return out;
    }

    private String valueWords(String fieldId, Object value) {
        boolean secret = ours.field(fieldId).map(FieldDefinition::isPrivate).orElse(false)
                || theirs.field(fieldId).map(FieldDefinition::isPrivate).orElse(false);
        return secret ? t("model.merge.value.private") : shown(value);
    }

    private static java.util.Set<String> union(Map<String, Object> b, Map<String, Object> o, Map<String, Object> t) {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(o.keySet());
        keys.addAll(t.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static String dutyWords(List<Duty> duties) {
        if (duties.isEmpty()) {
            return t("model.merge.value.noDuties");
        }
        StringBuilder s = new StringBuilder();
        for (Duty d : duties) {
            s.append(s.length() == 0 ? "" : " | ").append(d.text().strip());
        }
        return Conflicts.quoted(s.toString());
    }
}
