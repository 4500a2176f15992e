package dev.orgwright.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

/**
 * A position's values of the chart's own fields, by field id: texts (text, date and choice
 * fields) and numbers ({@link BigDecimal}, in one form each, so that 1 and 1.0 are one value).
 * Persistent, so that setting one value shares the rest. An empty text is no value.
 */
public final class FieldValues {

    /** No values. */
    public static final FieldValues NONE = new FieldValues(HashTreePMap.empty());

    private final PMap<String, Object> values;

    private FieldValues(PMap<String, Object> values) {
        this.values = values;
    }

    /** The values of {@code map}; texts and numbers only, empty texts and nulls left out. */
    public static FieldValues of(Map<String, ?> map) {
        FieldValues out = NONE;
        for (Map.Entry<String, ?> e : map.entrySet()) {
            out = out.with(e.getKey(), e.getValue());
        }
        return out;
    }

    /** The value of field {@code id}, if the position has one. */
    public Optional<Object> get(String id) {
        return Optional.ofNullable(values.get(id));
    }

    /** With {@code value} for field {@code id}; {@code null} or an empty text removes it. */
    public FieldValues with(String id, Object value) {
        Objects.requireNonNull(id, "id");
        if (value == null || value instanceof String s && s.isEmpty()) {
            return without(id);
        }
        Object kept;
        if (value instanceof BigDecimal n) {
            kept = plain(n);
        } else if (value instanceof String) {
            kept = value;
        } else {
            throw new IllegalArgumentException("A field value is a text or a number, not " + value.getClass().getSimpleName() + ".");
        }
        return kept.equals(values.get(id)) ? this : new FieldValues(values.plus(id, kept));
    }

    public FieldValues without(String id) {
        return values.containsKey(id) ? new FieldValues(values.minus(id)) : this;
    }

    /** The values by field id, in no particular order; read-only. */
    public Map<String, Object> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    private static BigDecimal plain(BigDecimal v) {
        if (v.signum() == 0) {
            return BigDecimal.ZERO;
        }
        // Only numbers a field can hold are normalised; a huge exponent is refused by the field first.
        if (Math.abs((long) v.scale()) > 100) {
            return v;
        }
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldValues other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "FieldValues" + values;
    }
}
