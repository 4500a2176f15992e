package dev.orgwright.model;

import java.util.Optional;

/**
 * The kind of value a chart's own field holds. Text, date and choice values are kept as text
 * (a date as ISO {@code yyyy-mm-dd}, so that it reads the same in every locale and sorts as
 * text); number values as {@link java.math.BigDecimal}, exactly as written.
 */
public enum FieldType {
    TEXT("text", "Text"),
    NUMBER("number", "Number"),
    DATE("date", "Date"),
    CHOICE("choice", "Choice");

    private final String key;
    private final String label;

    FieldType(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The value in the document: {@code "text"}, {@code "number"}, {@code "date"}, {@code "choice"}. */
    public String key() {
        return key;
    }

    /** The word a user sees. */
    public String label() {
        return label;
    }

    /** The type a document value names, if it names one (exactly, in lower case). */
    public static Optional<FieldType> ofKey(String key) {
        for (FieldType t : values()) {
            if (t.key.equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
