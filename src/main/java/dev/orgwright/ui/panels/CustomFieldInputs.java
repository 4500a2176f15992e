package dev.orgwright.ui.panels;

import dev.orgwright.model.Chart;
import dev.orgwright.model.CustomFieldEdits;
import dev.orgwright.model.Edit;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.Position;
import dev.orgwright.ui.fx.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The chart's own fields as the inspector shows them for one position, and what a typed or
 * chosen value turns into: the one edit it makes, or none when it changes nothing or cannot be a
 * value of the field. Toolkit-free, so it is tested without a window.
 */
public final class CustomFieldInputs {

    /** The choice of a choice field that means no value. */
    public static final String NO_CHOICE = Texts.t("panels.customFieldInputs.none");

    private CustomFieldInputs() {
    }

    /**
     * One field of the chart, as a row of the inspector.
     *
     * @param field   the field
     * @param caption its name, with what it takes and whether it is private
     * @param value   the position's value as text; empty for none
     */
    public record Row(FieldDefinition field, String caption, String value) {
    }

    /** A row for each of the chart's fields, in order; none when no position is shown. */
    public static List<Row> rows(Chart chart, Position shown) {
        List<Row> out = new ArrayList<>();
        if (chart == null || shown == null) {
            return out;
        }
        for (FieldDefinition f : chart.fields()) {
            out.add(new Row(f, caption(f), text(shown.fieldValues().get(f.id()).orElse(null))));
        }
        return out;
    }

    static String caption(FieldDefinition f) {
        String kind = switch (f.type()) {
            case DATE -> Texts.t("panels.customFieldInputs.date");
            case NUMBER -> Texts.t("panels.customFieldInputs.number");
            default -> "";
        };
        return f.name() + kind + (f.isPrivate() ? Texts.t("panels.customFieldInputs.private") : "");
    }

    /** A value as the inspector shows it: numbers without exponent, texts as they are. */
    public static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal n ? n.toPlainString() : value.toString();
    }

    /** The choices of a choice field's box: no value first, then the field's choices. */
    public static List<String> choices(FieldDefinition f) {
        List<String> out = new ArrayList<>();
        out.add(NO_CHOICE);
        out.addAll(f.choices());
        return out;
    }

    /**
     * Whether {@code text} may be committed to {@code f}: empty (no value) always; otherwise a
     * number with a point for decimals and no separators, a date written yyyy-mm-dd, one of the
     * choices, or any text.
     */
    public static boolean accepts(FieldDefinition f, String text) {
        return blank(text) || parse(f, text).map(f::fits).orElse(false);
    }

    /**
     * The edit committing {@code text} to {@code f} for {@code shown} makes: none when nothing is
     * shown, the text is unchanged, or it is not a number for a number field. A value the field
     * refuses for another reason (a date that is not in the calendar, a number out of range)
     * still gives its edit, which the chart refuses with a sentence saying why.
     */
    public static Optional<Edit> commit(Position shown, FieldDefinition f, String text) {
        if (shown == null) {
            return Optional.empty();
        }
        Object now = blank(text) ? null : parse(f, text).orElse(null);
        if (!blank(text) && now == null) {
            return Optional.empty();
        }
        Object was = shown.fieldValues().get(f.id()).orElse(null);
        boolean same = now instanceof BigDecimal a && was instanceof BigDecimal b ? a.compareTo(b) == 0
                : Objects.equals(now, was);
        return same ? Optional.empty() : Optional.of(CustomFieldEdits.setValue(shown.id(), f.id(), now));
    }

    /** The edit choosing {@code choice} (one of {@link #choices}) makes. */
    public static Optional<Edit> choose(Position shown, FieldDefinition f, String choice) {
        if (choice == null) {
            return Optional.empty();
        }
        return commit(shown, f, NO_CHOICE.equals(choice) ? "" : choice);
    }

    private static Optional<Object> parse(FieldDefinition f, String text) {
        if (f.type() != FieldType.NUMBER) {
            // A text is kept as typed; a date or a choice is matched without the spaces around it.
            return Optional.of(f.type() == FieldType.TEXT ? text : text.strip());
        }
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
