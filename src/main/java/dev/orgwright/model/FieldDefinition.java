package dev.orgwright.model;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A field a chart defines for its positions ("E-mail", "Start date", "Location"), beside the
 * fields every position has.
 *
 * @param id        the key of the values in the document; letters, digits, '-' and '_', starting
 *                  with a letter or digit, so that it is also a safe column name
 * @param name      what the user sees; not blank
 * @param type      the kind of value
 * @param isPrivate whether the values are private: never drawn on a card or in an export, never
 *                  named in an undo label or in the comparison's list of changes
 * @param choices   the values a {@link FieldType#CHOICE} field allows, in order, without repeats;
 *                  empty for the other types
 * @param unknownFields keys of the field's object that this version does not know
 */
public record FieldDefinition(String id, String name, FieldType type, boolean isPrivate, List<String> choices,
                              UnknownFields unknownFields) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    /** Numbers are below this in size (exclusive): beyond any figure of a position, and exact in a double. */
    public static final BigDecimal NUMBER_LIMIT = new BigDecimal("1000000000000000");
    /** Numbers are kept to a millionth. */
    public static final int MAX_NUMBER_DECIMALS = 6;

    /** Checks the id, the name and the choices. */
    public FieldDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        String idProblem = idProblem(id);
        if (idProblem != null) {
            throw new IllegalArgumentException(idProblem);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException(ModelTexts.t("model.fieldDefinition.noName", id));
        }
        choices = choices == null ? List.of() : List.copyOf(choices);
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
        if (type == FieldType.CHOICE) {
            if (choices.isEmpty()) {
                throw new IllegalArgumentException(ModelTexts.t("model.fieldDefinition.noChoice", name));
            }
            Set<String> seen = new HashSet<>();
            for (String c : choices) {
                if (c.isBlank()) {
                    throw new IllegalArgumentException(ModelTexts.t("model.fieldDefinition.emptyChoice", name));
                }
                if (!seen.add(c)) {
                    throw new IllegalArgumentException(ModelTexts.t("model.fieldDefinition.choiceTwice", name, c));
                }
            }
        } else if (!choices.isEmpty()) {
            throw new IllegalArgumentException(ModelTexts.t("model.fieldDefinition.notAChoiceField", name, type.key()));
        }
    }

    /** A field without keys unknown to this version. */
    public FieldDefinition(String id, String name, FieldType type, boolean isPrivate, List<String> choices) {
        this(id, name, type, isPrivate, choices, UnknownFields.NONE);
    }

    /** A field of {@code type} (not a choice), public or private. */
    public static FieldDefinition of(String id, String name, FieldType type, boolean isPrivate) {
        return new FieldDefinition(id, name, type, isPrivate, List.of());
    }

    /** Why {@code id} cannot be a field's id, in a sentence, or {@code null} when it can. */
    public static String idProblem(String id) {
        if (!ID.matcher(id).matches()) {
            return ModelTexts.t("model.fieldDefinition.badId", id);
        }
        return null;
    }

    public FieldDefinition withName(String v) {
        return new FieldDefinition(id, v, type, isPrivate, choices, unknownFields);
    }

    /** Whether {@code value} can be a value of this field. */
    public boolean fits(Object value) {
        return fault(value) == null;
    }

    /**
     * Why {@code value} cannot be a value of this field, as a whole sentence about {@code subject}
     * (the words that name the value, in the user's language: "The field 'Start date' of 'CFO'"),
     * such as "The field 'Start date' of 'CFO' must be a date written yyyy-mm-dd, such as
     * 2025-03-01, not "soon".", or {@code null} when it can. The sentence repeats the value only
     * when the field is not private.
     */
    public String valueProblem(String subject, Object value) {
        String fault = fault(value);
        if (fault == null) {
            return null;
        }
        String key = "model.fieldValue." + fault + (isPrivate ? ".private" : "");
        return switch (fault) {
            case "range" -> ModelTexts.t(key, subject, NUMBER_LIMIT.longValueExact(), shownNumber(value));
            case "decimals" -> ModelTexts.t(key, subject, MAX_NUMBER_DECIMALS, shownNumber(value));
            case "choice" -> ModelTexts.t(key, subject, choiceList(), describe(value));
            default -> ModelTexts.t(key, subject, describe(value));
        };
    }

    /** The kind of fault of {@code value} ("number", "range", "decimals", "text", "date", "choice"), or {@code null}. */
    private String fault(Object value) {
        switch (type) {
            case NUMBER -> {
                if (!(value instanceof BigDecimal n)) {
                    return "number";
                }
                if (n.abs().compareTo(NUMBER_LIMIT) >= 0) {
                    return "range";
                }
                // Stripping zeros never adds decimals: most numbers are settled by their scale alone.
                if (n.scale() > MAX_NUMBER_DECIMALS && n.stripTrailingZeros().scale() > MAX_NUMBER_DECIMALS) {
                    return "decimals";
                }
                return null;
            }
            case TEXT -> {
                return value instanceof String ? null : "text";
            }
            case DATE -> {
                return value instanceof String s && isDate(s) ? null : "date";
            }
            case CHOICE -> {
                return value instanceof String s && choices.contains(s) ? null : "choice";
            }
            default -> throw new IllegalStateException(type.name());
        }
    }

    private static String shownNumber(Object value) {
        return Position.shown((BigDecimal) value);
    }

    /** Whether {@code s} is a date of the calendar written yyyy-mm-dd (2025-02-30 is not). */
    public static boolean isDate(String s) {
        if (!isDateShape(s)) {
            return false;
        }
        // The shape settles the digits; the calendar settles the rest (as LocalDate.parse would, much faster).
        try {
            LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Whether {@code s} is four digits, a dash, two digits, a dash and two digits; no pattern, as dates are many. */
    private static boolean isDateShape(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** The choices quoted, the last two joined as the language joins two alternatives: "a", "b" or "c". */
    private String choiceList() {
        List<String> quoted = choices.stream().map(c -> "\"" + c + "\"").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        String head = String.join(", ", quoted.subList(0, quoted.size() - 1));
        return ModelTexts.t("model.fieldValue.or", head, quoted.get(quoted.size() - 1));
    }

    private static String describe(Object value) {
        if (value instanceof String s) {
            return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
        }
        if (value instanceof BigDecimal n) {
            return Position.shown(n);
        }
        return String.valueOf(value);
    }
}
