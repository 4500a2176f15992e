package dev.orgwright.render;

import java.util.Objects;

/**
 * What gives a card its colour: its tier (as always), its department, the value of one of the
 * chart's own fields, or the worst finding on it.
 *
 * @param kind  the kind of colouring
 * @param field the name of the custom field, for {@link Kind#FIELD}; null otherwise
 */
public record ColourBy(Kind kind, String field) {

    /** The kinds of colouring. */
    public enum Kind {
        TIER, DEPARTMENT, FIELD, SEVERITY
    }

    public static final ColourBy TIER = new ColourBy(Kind.TIER, null);
    public static final ColourBy DEPARTMENT = new ColourBy(Kind.DEPARTMENT, null);
    public static final ColourBy SEVERITY = new ColourBy(Kind.SEVERITY, null);

    public ColourBy {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.FIELD) != (field != null && !field.isBlank())) {
            throw new IllegalArgumentException("Only colouring by a field names a field.");
        }
    }

    /** Colouring by the custom field named {@code name}. */
    public static ColourBy field(String name) {
        return new ColourBy(Kind.FIELD, name.strip());
    }

    /**
     * Reads "tier", "department", "severity" or "field:NAME", as the document and the command
     * line write it.
     *
     * @throws IllegalArgumentException with a sentence saying what is accepted
     */
    public static ColourBy parse(String text) {
        String problem = dev.orgwright.model.ThemeSettings.colourByProblem(text.strip());
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return switch (text.strip()) {
            case "tier" -> TIER;
            case "department" -> DEPARTMENT;
            case "severity" -> SEVERITY;
            default -> field(text.strip().substring("field:".length()));
        };
    }

    /** The text {@link #parse} reads. */
    public String text() {
        return kind == Kind.FIELD ? "field:" + field : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
