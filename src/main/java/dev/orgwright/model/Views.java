package dev.orgwright.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a chart keeps its views (decision 0025): the named views the user saved, under
 * {@code "views"}, and the view the window showed when the chart was last saved, under
 * {@code "view"}. Like the theme, both live in the chart's {@link Settings}, so that saving or
 * deleting a view is an ordinary edit of the settings, undone like any other, every scenario of
 * the chart shares them, and a key a newer version adds to a view is kept and written back.
 */
public final class Views {

    /** The named views, and their name in the document. */
    public static final String KEY = "views";
    /** The view the window last showed, and its name in the document. */
    public static final String CURRENT = "view";

    /** The words a view's "rows" may have. */
    public static final List<String> ROWS = List.of("by-depth", "by-tier");
    /** The words a view's "layout" may have. */
    public static final List<String> LAYOUTS = List.of("auto", "tidy", "compact");
    /** The words a view's "orientation" may have. */
    public static final List<String> ORIENTATIONS = List.of("top-down", "left-right");
    /** The parts of a card a view may leave out. */
    public static final List<String> HIDEABLE = List.of("holders", "badges", "legend");
    /** The longest name a view may have, in characters. */
    public static final int MAX_NAME = 200;

    static final Set<String> PARTS = Set.of("name", "root", "depth", "rows", "layout", "orientation", "collapsed",
            "hide");

    private Views() {
    }

    /** The chart's named views, in the order they were saved. */
    public static List<SavedView> all(Settings settings) {
        List<SavedView> out = new ArrayList<>();
        for (Map<?, ?> tree : trees(settings)) {
            SavedView v = SavedView.of(tree);
            if (v.name() != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** The named view {@code name}, matched exactly, or else ignoring case. */
    public static Optional<SavedView> find(Settings settings, String name) {
        List<SavedView> all = all(settings);
        Optional<SavedView> exact = all.stream().filter(v -> v.name().equals(name)).findFirst();
        return exact.isPresent() ? exact
                : all.stream().filter(v -> v.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The view the window showed when the chart was last saved; empty for a chart saved without one. */
    public static Optional<SavedView> current(Settings settings) {
        return settings.asMap().get(CURRENT) instanceof Map<?, ?> tree ? Optional.of(SavedView.of(tree))
                : Optional.empty();
    }

    /** {@code settings} with {@code view} as the view shown, keeping the keys of the old one this version does not know. */
    public static Settings withCurrent(Settings settings, SavedView view) {
        return settings.with(CURRENT, view.toTree(asMap(settings.asMap().get(CURRENT))));
    }

    /**
     * The edit that saves {@code view} under its name: in place of a view of the same name
     * (ignoring case), or after the others. {@code label} names it in the Edit menu.
     */
    public static Edit save(String label, SavedView view) {
        if (view.name() == null || Blank.isBlank(view.name())) {
            throw new IllegalArgumentException("A saved view needs a name.");
        }
        return edit(label, settings -> {
            List<Object> out = new ArrayList<>();
            boolean replaced = false;
            for (Map<?, ?> tree : trees(settings)) {
                if (!replaced && sameName(tree, view.name())) {
                    out.add(view.toTree(asMap(tree)));
                    replaced = true;
                } else {
                    out.add(tree);
                }
            }
            if (!replaced) {
                out.add(view.toTree(Map.of()));
            }
            return settings.with(KEY, out);
        });
    }

    /** The edit that deletes the view {@code name} (ignoring case); the last one takes the key with it. */
    public static Edit delete(String label, String name) {
        return edit(label, settings -> {
            List<Object> out = new ArrayList<>();
            for (Map<?, ?> tree : trees(settings)) {
                if (!sameName(tree, name)) {
                    out.add(tree);
                }
            }
            return out.isEmpty() ? settings.without(KEY) : settings.with(KEY, out);
        });
    }

    /** The ids a view names (its root, its folded teams) that are no position of {@code chart}, in order. */
    public static List<String> unknownPositions(Chart chart, SavedView view) {
        List<String> out = new ArrayList<>();
        List<String> named = new ArrayList<>();
        if (view.root() != null) {
            named.add(view.root());
        }
        named.addAll(view.collapsed());
        for (String id : named) {
            if (Blank.isBlank(id) || !chart.contains(PositionId.of(id))) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * What is wrong with the {@code "views"} or {@code "view"} ({@code key}) of a document, as a
     * sentence naming the view and the part; empty when nothing is. Keys this version does not
     * know are left alone.
     */
    public static Optional<String> problem(String key, Object tree) {
        if (CURRENT.equals(key)) {
            if (!(tree instanceof Map<?, ?> map)) {
                return Optional.of(ModelTexts.t("model.views.currentNotObject"));
            }
            return viewProblem(map, ModelTexts.t("model.views.current"));
        }
        if (!(tree instanceof List<?> list)) {
            return Optional.of(ModelTexts.t("model.views.notList"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String which = ModelTexts.t("model.views.nth", i + 1);
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                return Optional.of(ModelTexts.t("model.views.notObject", which));
            }
            if (!(map.get("name") instanceof String name) || Blank.isBlank(name)) {
                return Optional.of(ModelTexts.t("model.views.noName", which));
            }
            if (name.length() > MAX_NAME) {
                return Optional.of(ModelTexts.t("model.views.nameTooLong", which, MAX_NAME));
            }
            if (!names.add(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(ModelTexts.t("model.views.nameTwice", which, name));
            }
            Optional<String> why = viewProblem(map, ModelTexts.t("model.views.named", name));
            if (why.isPresent()) {
                return why;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> viewProblem(Map<?, ?> map, String which) {
        if (map.containsKey("name") && !(map.get("name") instanceof String)) {
            return Optional.of(ModelTexts.t("model.views.nameNotText", which));
        }
        if (map.containsKey("root") && !(map.get("root") instanceof String s && !Blank.isBlank(s))) {
            return Optional.of(ModelTexts.t("model.views.badRoot", which));
        }
        if (map.containsKey("depth") && !(map.get("depth") instanceof Number n && n.doubleValue() == Math.rint(
                n.doubleValue()) && n.doubleValue() >= 1 && n.doubleValue() <= 1000)) {
            return Optional.of(ModelTexts.t("model.views.badDepth", which));
        }
        for (Map.Entry<String, List<String>> words : Map.of("rows", ROWS, "layout", LAYOUTS, "orientation",
                ORIENTATIONS).entrySet()) {
            String part = words.getKey();
            // A word this version does not know is a later version's: the view loads, drawn with
            // the output's default for that part, and the word is written back (SavedView#toTree).
            if (map.containsKey(part) && !(map.get(part) instanceof String s && !Blank.isBlank(s))) {
                return Optional.of(ModelTexts.t("model.views.badWord", which, part, String.join("\", \"", words.getValue())));
            }
        }
        if (map.containsKey("collapsed")) {
            if (!(map.get("collapsed") instanceof List<?> ids)) {
                return Optional.of(ModelTexts.t("model.views.collapsedNotList", which));
            }
            for (int i = 0; i < ids.size(); i++) {
                if (!(ids.get(i) instanceof String s && !Blank.isBlank(s))) {
                    return Optional.of(ModelTexts.t("model.views.badCollapsed", which, i + 1));
                }
            }
        }
        if (map.containsKey("hide")) {
            if (!(map.get("hide") instanceof List<?> parts)) {
                return Optional.of(ModelTexts.t("model.views.hideNotList", which));
            }
            for (Object part : parts) {
                if (!(part instanceof String s && HIDEABLE.contains(s))) {
                    return Optional.of(ModelTexts.t("model.views.badHide", which, part, String.join("\", \"", HIDEABLE)));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean sameName(Map<?, ?> tree, String name) {
        return tree.get("name") instanceof String s && s.equalsIgnoreCase(name);
    }

    private static List<Map<?, ?>> trees(Settings settings) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (settings.asMap().get(KEY) instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    out.add(map);
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object tree) {
        return tree instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map) : Map.of();
    }

    private static Edit edit(String label, java.util.function.UnaryOperator<Settings> change) {
        return new Edit() {
            @Override
            public String label(Chart before) {
                return label;
            }

            @Override
            public Chart apply(Chart before) {
                return before.withSettings(change.apply(before.settings()));
            }
        };
    }
}
