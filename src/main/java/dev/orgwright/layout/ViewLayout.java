package dev.orgwright.layout;

import dev.orgwright.layout.LayoutOptions.Mode;
import dev.orgwright.layout.LayoutOptions.Orientation;
import dev.orgwright.layout.LayoutOptions.Rows;
import dev.orgwright.model.Chart;
import dev.orgwright.model.ChartBuilder;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.SavedView;
import dev.orgwright.model.Views;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
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

    /**
     * The layout {@code chart} was last shown in: its last view's rows, mode and orientation, the
     * automatic layout for what the view leaves out or when the chart has no view.
     */
    public static LayoutOptions lastShown(Chart chart) {
        return options(Views.current(chart.settings()).orElse(SavedView.DEFAULT), LayoutOptions.AUTO);
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

    /**
     * The part of {@code chart} a view draws, as a chart of its own: the team of {@code root} (or
     * the whole chart when null), without the reports of the managers in {@code folded}. Outputs
     * that list positions instead of drawing cards (a deck's slides, a CSV file, a workbook) take
     * this, so that they hold what the drawing shows. The root reports to no one, and dotted lines
     * to positions left out are dropped; title, tiers, settings and fields stay the chart's.
     */
    public static Chart shown(Chart chart, PositionId root, Set<PositionId> folded) {
        if (root != null && !chart.contains(root)) {
            throw new IllegalArgumentException("The chart has no position with the id '" + root + "'.");
        }
        if (root == null && folded.isEmpty()) {
            return chart;
        }
        List<PositionId> kept = new ArrayList<>();
        Deque<PositionId> stack = new ArrayDeque<>();
        List<PositionId> tops = root == null ? chart.roots() : List.of(root);
        for (int i = tops.size() - 1; i >= 0; i--) {
            stack.push(tops.get(i));
        }
        while (!stack.isEmpty()) {
            PositionId id = stack.pop();
            kept.add(id);
            if (!folded.contains(id)) {
                List<PositionId> reports = chart.childrenOf(id);
                for (int i = reports.size() - 1; i >= 0; i--) {
                    stack.push(reports.get(i));
                }
            }
        }
        Set<PositionId> inside = new HashSet<>(kept);
        ChartBuilder builder = Chart.builder().title(chart.title()).tiers(chart.tiers()).settings(chart.settings())
                .fields(chart.fields());
        for (PositionId id : kept) {
            Position p = chart.position(id);
            if (id.equals(root)) {
                p = p.withReportsTo(null);
            }
            if (!inside.containsAll(p.dottedLines())) {
                List<PositionId> lines = new ArrayList<>(p.dottedLines());
                lines.retainAll(inside);
                p = p.withDottedLines(lines);
            }
            builder.add(p);
        }
        try {
            return builder.build();
        } catch (InvalidChartException e) {
            // A team of a valid chart, its dotted lines kept inside, is itself valid.
            throw new IllegalStateException("The part of the chart a view shows could not be cut out: "
                    + e.getMessage(), e);
        }
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
