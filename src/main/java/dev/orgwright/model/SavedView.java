package dev.orgwright.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One way of looking at a chart, kept in the chart so that it travels with the file: which
 * position to start from, how many levels to draw, how the layout arranges the cards, which teams
 * are folded and which parts of the cards are left out. Every part is optional; what is left out
 * is the output's own default. See {@link Views} for where a chart keeps its views.
 *
 * <p>Layout choices are words of the document ({@code "by-tier"}, {@code "compact"}), not the
 * layout's types: the model knows nothing of the layout. A word a later version adds loads as
 * left out (the output's default) and is written back unchanged.
 *
 * @param name        the name the user gave it ("Board"); null for the unnamed view the window shows
 * @param root        the id of the position whose team is shown, or null for the whole chart
 * @param depth       how many levels are drawn (the top one is level 1), or null for all
 * @param rows        "by-depth" or "by-tier", or null for the output's default
 * @param layout      "auto", "tidy" or "compact", or null for the output's default
 * @param orientation "top-down" or "left-right", or null for the output's default
 * @param collapsed   the ids of the positions whose teams are folded, in the order the user folded them
 * @param hide        parts of the cards left out: "holders", "badges", "legend"
 */
public record SavedView(String name, String root, Integer depth, String rows, String layout, String orientation,
                        List<String> collapsed, List<String> hide) {

    /** The view of an output that was told nothing: every part its default. */
    public static final SavedView DEFAULT = new SavedView(null, null, null, null, null, null, List.of(), List.of());

    public SavedView {
        collapsed = List.copyOf(collapsed);
        hide = List.copyOf(hide);
    }

    /** A view with another name; everything else the same. */
    public SavedView named(String newName) {
        return new SavedView(newName, root, depth, rows, layout, orientation, collapsed, hide);
    }

    /** Whether the view leaves out {@code part} ("holders", "badges", "legend"). */
    public boolean hides(String part) {
        return hide.contains(part);
    }

    /**
     * The view as the document keeps it, written over {@code previous} (the same view as it was
     * read, or an empty map) so that a key this version does not know is kept. Parts left to
     * their defaults are not written, which keeps the file short and its diffs small.
     */
    public Map<String, Object> toTree(Map<String, Object> previous) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "name", name);
        put(out, "root", root);
        put(out, "depth", depth);
        put(out, "rows", rows != null ? rows : laterWord(previous, "rows", Views.ROWS));
        put(out, "layout", layout != null ? layout : laterWord(previous, "layout", Views.LAYOUTS));
        put(out, "orientation", orientation != null ? orientation : laterWord(previous, "orientation", Views.ORIENTATIONS));
        put(out, "collapsed", collapsed.isEmpty() ? null : collapsed);
        put(out, "hide", hide.isEmpty() ? null : hide);
        for (Map.Entry<String, Object> e : previous.entrySet()) {
            if (!Views.PARTS.contains(e.getKey())) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** The view a document's object describes; a part of the wrong kind is taken as left out. */
    public static SavedView of(Map<?, ?> tree) {
        return new SavedView(text(tree.get("name")), text(tree.get("root")),
                tree.get("depth") instanceof Number n && n.intValue() >= 1 ? n.intValue() : null,
                word(tree.get("rows"), Views.ROWS), word(tree.get("layout"), Views.LAYOUTS),
                word(tree.get("orientation"), Views.ORIENTATIONS), texts(tree.get("collapsed")), texts(tree.get("hide")));
    }

    private static void put(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }

    private static String text(Object value) {
        return value instanceof String s && !Blank.isBlank(s) ? s : null;
    }

    /** The word {@code previous} has for {@code part} when this version does not know it, to be kept; else null. */
    private static String laterWord(Map<String, Object> previous, String part, List<String> known) {
        return previous.get(part) instanceof String s && !known.contains(s) ? s : null;
    }

    private static String word(Object value, List<String> allowed) {
        return value instanceof String s && allowed.contains(s) ? s : null;
    }

    private static List<String> texts(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof String s && !Blank.isBlank(s) && !out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** Whether two views show the same, whatever their names. */
    public boolean sameLookAs(SavedView other) {
        return Objects.equals(root, other.root) && Objects.equals(depth, other.depth)
                && Objects.equals(rows, other.rows) && Objects.equals(layout, other.layout)
                && Objects.equals(orientation, other.orientation) && collapsed.equals(other.collapsed)
                && hide.equals(other.hide);
    }
}
