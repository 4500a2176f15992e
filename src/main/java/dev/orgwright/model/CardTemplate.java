package dev.orgwright.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a chart's cards show, as saved in its {@code "card"}: the lines of text in their order and
 * whether a position's photo is drawn as a round avatar. A chart without a template shows the
 * title and the holder, as cards always did, and the photo of any position that has one embedded.
 *
 * <p>The chart keeps the template as plain values in its {@link Settings} under {@link #KEY}, as it
 * keeps its theme, so that a change of template is one ordinary edit of the settings, undone like
 * any other, and a three-way merge treats it as it treats every setting.
 *
 * @param lines the lines from the top: "title", "holder", "department", "rollup" or "field:ID"
 * @param photo whether a position's photo is drawn on its card
 */
public record CardTemplate(List<String> lines, boolean photo) {

    /** Where the template is kept in the chart's settings, and its name in the document. */
    public static final String KEY = "card";
    public static final String TITLE = "title";
    public static final String HOLDER = "holder";
    public static final String DEPARTMENT = "department";
    /** The figures of the team below: positions below and, where private data is shown, their cost. */
    public static final String ROLLUP = "rollup";
    /** The prefix of a line showing a custom field's value: {@code field:location}. */
    public static final String FIELD = "field:";
    /** The most lines a card may show: more would make every card of the chart tall. */
    public static final int MAX_LINES = 8;

    private static final Set<String> NAMED = Set.of(TITLE, HOLDER, DEPARTMENT, ROLLUP);

    /** The card of a chart without a template: title and holder, and a photo where there is one. */
    public static final CardTemplate DEFAULT = new CardTemplate(List.of(TITLE, HOLDER), true);

    public CardTemplate {
        lines = List.copyOf(lines);
    }

    /** The template of a chart's settings; {@link #DEFAULT} when it has none or it is not readable. */
    public static CardTemplate of(Settings settings) {
        Object tree = settings.asMap().get(KEY);
        if (!(tree instanceof Map<?, ?> map) || problem(tree).isPresent()) {
            return DEFAULT;
        }
        List<String> lines = DEFAULT.lines();
        if (map.get("lines") instanceof List<?> list) {
            lines = new ArrayList<>();
            for (Object line : list) {
                lines.add((String) line);
            }
        }
        boolean photo = !(map.get("photo") instanceof Boolean b) || b;
        return new CardTemplate(lines, photo);
    }

    /** Whether the chart's settings hold a template at all. */
    public static boolean present(Settings settings) {
        return settings.asMap().containsKey(KEY);
    }

    /** Whether {@code line} names a line a card can show. */
    public static boolean isLine(String line) {
        return NAMED.contains(line) || line.startsWith(FIELD) && FieldDefinition.idProblem(fieldOf(line)) == null;
    }

    /** The custom field id of a {@code field:ID} line. */
    public static String fieldOf(String line) {
        return line.substring(FIELD.length());
    }

    /** Whether the template shows {@code line}. */
    public boolean shows(String line) {
        return lines.contains(line);
    }

    /** The template without {@code line}: an export that leaves out holders drops their line. */
    public CardTemplate without(String line) {
        List<String> kept = new ArrayList<>(lines);
        kept.remove(line);
        return new CardTemplate(kept, photo);
    }

    /**
     * What is wrong with a template as read from a document, as a sentence naming the part;
     * empty when nothing is. Parts this version does not know are left alone.
     */
    public static Optional<String> problem(Object tree) {
        if (!(tree instanceof Map<?, ?> map)) {
            return Optional.of(ModelTexts.t("model.card.notObject"));
        }
        if (map.containsKey("lines")) {
            if (!(map.get("lines") instanceof List<?> list)) {
                return Optional.of(ModelTexts.t("model.card.linesNotList"));
            }
            if (list.size() > MAX_LINES) {
                return Optional.of(ModelTexts.t("model.card.tooManyLines", list.size(), MAX_LINES));
            }
            List<Object> seen = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Object line = list.get(i);
                if (!(line instanceof String s) || !isLine(s)) {
                    return Optional.of(ModelTexts.t("model.card.badLine", i + 1, shown(line)));
                }
                if (seen.contains(line)) {
                    return Optional.of(ModelTexts.t("model.card.lineTwice", i + 1, line));
                }
                seen.add(line);
            }
        }
        if (map.containsKey("photo") && !(map.get("photo") instanceof Boolean)) {
            return Optional.of(ModelTexts.t("model.card.photoNotBoolean"));
        }
        return Optional.empty();
    }

    private static String shown(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    /** The template as it is kept in the settings and written to the document. */
    public Map<String, Object> toTree() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("lines", lines);
        tree.put("photo", photo);
        return tree;
    }

    /**
     * The edit that gives the chart {@code template}, as one undoable step; the default template
     * removes the chart's own, so that the file is as it was before one was set.
     */
    public static Edit edit(CardTemplate template) {
        return new Edit() {
            @Override
            public String label(Chart before) {
                return ModelTexts.t("model.cards.change");
            }

            @Override
            public Chart apply(Chart before) {
                Settings settings = template.equals(DEFAULT) ? before.settings().without(KEY)
                        : before.settings().with(KEY, template.toTree());
                return before.withSettings(settings);
            }
        };
    }
}
