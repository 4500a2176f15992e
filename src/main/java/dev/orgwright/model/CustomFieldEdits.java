package dev.orgwright.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The edits of a chart's own fields: defining, renaming and removing a field, and setting or
 * clearing a position's value. The label of an edit of a private field never shows the value:
 * the undo history is shown in menus, to whoever looks at the screen.
 */
public final class CustomFieldEdits {

    /** Values longer than this are not spelled out in an undo label. */
    private static final int LONGEST_VALUE_IN_LABEL = 40;

    private CustomFieldEdits() {
    }

    /** Adds {@code field} after the chart's other fields; refused when its id is taken. */
    public static Edit define(FieldDefinition field) {
        return Edits.of(c -> ModelTexts.t("model.field.add", field.name()), c -> {
            if (c.field(field.id()).isPresent()) {
                throw new EditRefusedException("There is already a field with id '" + field.id() + "' ('"
                        + c.field(field.id()).orElseThrow().name() + "'); choose another id.");
            }
            List<FieldDefinition> fields = new ArrayList<>(c.fields());
            fields.add(field);
            return c.withFields(fields, List.of());
        });
    }

    public static Edit rename(String fieldId, String name) {
        return Edits.of(c -> ModelTexts.t("model.field.rename", nameOf(c, fieldId), name), c -> {
            FieldDefinition old = existing(c, fieldId);
            FieldDefinition renamed;
            try {
                renamed = old.withName(name);
            } catch (IllegalArgumentException e) {
                throw new EditRefusedException(e.getMessage());
            }
            List<FieldDefinition> fields = new ArrayList<>(c.fields());
            fields.set(fields.indexOf(old), renamed);
            return c.withFields(fields, List.of());
        });
    }

    /** Removes a field and every position's value of it. */
    public static Edit remove(String fieldId) {
        return Edits.of(c -> ModelTexts.t("model.field.remove", nameOf(c, fieldId)), c -> {
            FieldDefinition old = existing(c, fieldId);
            List<FieldDefinition> fields = new ArrayList<>(c.fields());
            fields.remove(old);
            List<Position> updated = new ArrayList<>();
            for (Position p : c.positionsById().values()) {
                if (p.fieldValues().get(fieldId).isPresent()) {
                    updated.add(p.withFieldValues(p.fieldValues().without(fieldId)));
                }
            }
            return c.withFields(fields, updated);
        });
    }

    /**
     * Replaces the chart's fields with {@code fields}, as a comparison does to make one chart's
     * fields another's: each position keeps the values that still have a field they fit.
     */
    public static Edit replaceAll(List<FieldDefinition> fields) {
        List<FieldDefinition> copy = List.copyOf(fields);
        return Edits.of(c -> ModelTexts.t("model.field.change"), c -> {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (FieldDefinition f : copy) {
                if (!ids.add(f.id())) {
                    throw new EditRefusedException("Two fields have the id '" + f.id() + "'; each field needs its own.");
                }
            }
            Chart emptied = c.withFields(copy, List.of());
            List<Position> updated = new ArrayList<>();
            for (Position p : c.positionsById().values()) {
                FieldValues kept = fitting(emptied, p.fieldValues());
                if (!kept.equals(p.fieldValues())) {
                    updated.add(p.withFieldValues(kept));
                }
            }
            return c.withFields(copy, updated);
        });
    }

    /**
     * Sets a position's value of a field: a {@link String} for a text, date or choice field, a
     * {@link BigDecimal} for a number field; {@code null} or an empty text clears it.
     */
    public static Edit setValue(PositionId id, String fieldId, Object value) {
        boolean clearing = value == null || value instanceof String s && s.isEmpty();
        return Edits.of(c -> label(c, id, fieldId, value, clearing), c -> {
            Position p = Edits.existing(c, id);
            FieldDefinition field = existing(c, fieldId);
            if (!clearing) {
                String problem = field.valueProblem(ModelTexts.t("model.fieldValue.of", field.name(), Edits.quoted(c, id)),
                        value);
                if (problem != null) {
                    throw new EditRefusedException(problem);
                }
            }
            FieldValues values = p.fieldValues().with(fieldId, clearing ? null : value);
            return values.equals(p.fieldValues()) ? c : c.replace(p.withFieldValues(values));
        });
    }

    /** Clears a position's value of a field. */
    public static Edit clearValue(PositionId id, String fieldId) {
        return setValue(id, fieldId, null);
    }

    /** The values of {@code values} that {@code chart} has a field for and that fit it. */
    static FieldValues fitting(Chart chart, FieldValues values) {
        FieldValues out = values;
        for (java.util.Map.Entry<String, Object> e : values.asMap().entrySet()) {
            if (chart.field(e.getKey()).map(f -> !f.fits(e.getValue())).orElse(true)) {
                out = out.without(e.getKey());
            }
        }
        return out;
    }

    /** Refuses a position whose values do not fit the chart's fields, so that the chart stays whole. */
    static void checkValues(Chart c, Position p) {
        for (java.util.Map.Entry<String, Object> e : p.fieldValues().asMap().entrySet()) {
            FieldDefinition field = c.field(e.getKey()).orElseThrow(() -> new EditRefusedException(
                    ModelTexts.t("model.fieldValue.noField", e.getKey(), p.title())));
            String problem = field.valueProblem(ModelTexts.t("model.fieldValue.of", field.name(), "'" + p.title() + "'"),
                    e.getValue());
            if (problem != null) {
                throw new EditRefusedException(problem);
            }
        }
    }

    private static String label(Chart c, PositionId id, String fieldId, Object value, boolean clearing) {
        String field = nameOf(c, fieldId);
        if (clearing) {
            return ModelTexts.t("model.field.clearValue", field, Edits.quoted(c, id));
        }
        boolean secret = c.field(fieldId).map(FieldDefinition::isPrivate).orElse(true);
        String shown = value instanceof BigDecimal n ? Position.shown(n) : String.valueOf(value);
        if (secret || shown.length() > LONGEST_VALUE_IN_LABEL || shown.contains("\n")) {
            return ModelTexts.t("model.field.setValue", field, Edits.quoted(c, id));
        }
        return ModelTexts.t("model.field.setValueTo", field, Edits.quoted(c, id), shown);
    }

    private static FieldDefinition existing(Chart c, String fieldId) {
        return c.field(fieldId).orElseThrow(() -> new EditRefusedException("The chart has no field with id '"
                + fieldId + "'; it may have been removed."));
    }

    private static String nameOf(Chart c, String fieldId) {
        return c.field(fieldId).map(FieldDefinition::name).orElse(fieldId);
    }
}
