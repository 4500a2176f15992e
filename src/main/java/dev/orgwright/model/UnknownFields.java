package dev.orgwright.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields of a document that this version of Orgwright does not know, kept in their original
 * order so that they are written back unchanged: nothing a newer version or another tool
 * wrote is lost by opening and saving a chart. Values are plain JSON-like values (see
 * {@link Settings} for the kinds).
 */
public final class UnknownFields {

    /** No unknown fields. */
    public static final UnknownFields NONE = new UnknownFields(Map.of());

    private final Map<String, Object> fields;

    private UnknownFields(Map<String, Object> fields) {
        this.fields = fields;
    }

    /** An immutable deep copy of {@code fields}, keeping their order. */
    @SuppressWarnings("unchecked")
    public static UnknownFields of(Map<String, ?> fields) {
        if (fields.isEmpty()) {
            return NONE;
        }
        return new UnknownFields((Map<String, Object>) PlainValues.freeze(new LinkedHashMap<>(fields)));
    }

    /** The fields in their original order; unmodifiable. */
    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(fields);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownFields other && fields.equals(other.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return "UnknownFields" + fields;
    }
}
