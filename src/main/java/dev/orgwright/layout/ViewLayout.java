package dev.orgwright.layout;

import dev.orgwright.layout.LayoutOptions.Mode;
import dev.orgwright.layout.LayoutOptions.Orientation;
import dev.orgwright.layout.LayoutOptions.Rows;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.SavedView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A view saved in a chart (decision 0025) in the layout's terms, and back: its rows, mode and
 * orientation as {@link LayoutOptions}, its folded teams and depth as the set of managers whose
 * reports are hidden. One translation for the window, the export dialog and the command line, so
 * that a view looks the same in each.
 */
public final class ViewLayout {

    private ViewLayout() {
    }

    /** {@code base} with the rows, mode and orientation {@code view} names; the parts it leaves out stay as in {@code base}. */
    public static LayoutOptions options(SavedView view, LayoutOptions base) {
        LayoutOptions out = base;
        if (view.rows() != null) {
            out = out.withRows(view.rows().equals("by-tier") ? Rows.BY_TIER : Rows.BY_DEPTH);
        }
        if (view.layout() != null) {
            out = out.withMode(Mode.valueOf(view.layout().toUpperCase(Locale.ROOT)));
        }
        if (view.orientation() != null) {
            out = out.withOrientation(view.orientation().equals("left-right") ? Orientation.LEFT_RIGHT
                    : Orientation.TOP_DOWN);
        }
        return out;
    }

    /**
     * The unnamed view of a window laid out with {@code options} and {@code collapsed} folded, with
     * the folded teams in the order of their ids, so that saving the same view writes the same
     * bytes.
     */
    public static SavedView of(LayoutOptions options, Collection<PositionId> collapsed) {
        List<String> ids = new ArrayList<>();
        collapsed.forEach(id -> ids.add(id.value()));
        ids.sort(null);
        return new SavedView(null, null, null, word(options.rows()), word(options.mode()), word(options.orientation()),
                ids, List.of());
    }

    /** "by-depth", "by-tier". */
    public static String word(Rows rows) {
        return rows == Rows.BY_TIER ? "by-tier" : "by-depth";
    }

    /** "auto", "tidy", "compact". */
    public static String word(Mode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }

    /** "top-down", "left-right". */
    public static String word(Orientation orientation) {
        return orientation == Orientation.LEFT_RIGHT ? "left-right" : "top-down";
    }

    /**
     * The managers whose reports {@code view} hides in {@code chart}: its folded teams that are
     * positions of the chart, and, with a depth, every manager on the last level drawn, counted
     * from the view's root (level 1) or from the top of the chart. Ids the chart lacks are
     * skipped: callers that must refuse them ask {@link dev.orgwright.model.Views#unknownPositions} first.
     */
    public static Set<PositionId> folded(Chart chart, SavedView view) {
        Set<PositionId> out = new LinkedHashSet<>();
        for (String id : view.collapsed()) {
            PositionId pid = PositionId.of(id);
            if (chart.contains(pid)) {
                out.add(pid);
            }
        }
        if (view.depth() != null) {
            out.addAll(atDepth(chart, top(chart, view), view.depth()));
        }
        return out;
    }

    private static List<PositionId> top(Chart chart, SavedView view) {
        if (view.root() != null && chart.contains(PositionId.of(view.root()))) {
            return List.of(PositionId.of(view.root()));
        }
        return chart.roots();
    }

    /** The managers {@code depth - 1} levels below {@code top}: breadth first, so no recursion. */
    private static List<PositionId> atDepth(Chart chart, List<PositionId> top, int depth) {
        List<PositionId> level = new ArrayList<>(top);
        for (int l = 1; l < depth && !level.isEmpty(); l++) {
            List<PositionId> next = new ArrayList<>();
            for (PositionId id : level) {
                next.addAll(chart.childrenOf(id));
            }
            level = next;
        }
        List<PositionId> out = new ArrayList<>();
        for (PositionId id : level) {
            if (!chart.childrenOf(id).isEmpty()) {
                out.add(id);
            }
        }
        return out;
    }
}
