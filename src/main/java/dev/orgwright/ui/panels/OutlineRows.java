package dev.orgwright.ui.panels;

import dev.orgwright.model.Chart;
import dev.orgwright.model.ChartChange;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.fx.Texts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outline's rows without the tree control: which reports each row lists, which rows are
 * open, what a row says, and what a new version of the chart changes among them. A row lists
 * its reports only once asked (when it is opened or drawn), so a chart of 100,000 positions
 * costs what is open; an edit relists only the rows it touched. The pane mirrors this in its
 * tree, so the behaviour is tested without a window.
 */
public final class OutlineRows {

    /** Beyond this many touched positions, relisting row by row costs more than listing afresh. */
    static final int MOST_RELISTED = 2_000;

    /** One row as the tree shows it: the position and how deep it sits (0 for a root). */
    public record Row(PositionId id, int depth) {
    }

    /**
     * What a new chart changed among the rows: either everything ({@code relistedAll}), or the
     * rows whose reports are listed again ({@code relisted}; {@code topRelisted} for the roots)
     * after the rows in {@code unlisted} forgot theirs (the position left its manager or the chart).
     */
    public record Update(boolean relistedAll, boolean topRelisted, List<PositionId> relisted, Set<PositionId> unlisted) {

        /** The same chart again: nothing to do. */
        static final Update UNCHANGED = new Update(false, false, List.of(), Set.of());
        static final Update ALL = new Update(true, false, List.of(), Set.of());
    }

    private Chart chart;
    /** The roots as the top lists them, or null before they were asked for. */
    private List<PositionId> top;
    /** The reports each row that was asked for them lists, by the row's position. */
    private final Map<PositionId, List<PositionId>> listed = new HashMap<>();
    /** The rows the user opened; kept for a row that goes away, so an undo brings it back open. */
    private final Set<PositionId> expanded = new HashSet<>();

    public Chart chart() {
        return chart;
    }

    /**
     * Follows {@code next}: from a chart made from the shown one by a few edits, only the rows
     * they touched are relisted (a report that stays keeps its row, open or not); otherwise every
     * row is listed afresh, keeping open what was open, and on the first chart the roots open.
     */
    public Update show(Chart next) {
        if (next == chart) {
            return Update.UNCHANGED;
        }
        Chart before = chart;
        chart = next;
        Optional<ChartChange> change = before == null ? Optional.empty() : next.changesSince(before);
        if (change.isEmpty() || change.get().positions().size() > MOST_RELISTED) {
            top = null;
            listed.clear();
            expanded.removeIf(id -> !next.contains(id));
            if (expanded.isEmpty()) {
                expanded.addAll(next.roots()); // the roots' reports show at once
            }
            return Update.ALL;
        }
        // Rows that lost a report forget what that report listed before any row lists anew, so
        // that a position moved between two touched managers is listed in its new place only.
        Map<PositionId, List<PositionId>> relisted = new HashMap<>();
        Set<PositionId> unlisted = new LinkedHashSet<>();
        for (PositionId id : change.get().positions()) {
            List<PositionId> shown = listed.get(id);
            if (shown == null) {
                continue;
            }
            if (!next.contains(id)) {
                unlisted.add(id);
            } else if (!next.childrenOf(id).equals(shown)) {
                relisted.put(id, next.childrenOf(id));
                leaving(shown, next.childrenOf(id), unlisted);
            }
        }
        boolean topRelisted = top != null && !next.roots().equals(top);
        if (topRelisted) {
            leaving(top, next.roots(), unlisted);
            top = next.roots();
        }
        unlisted.forEach(this::forget);
        List<PositionId> order = new ArrayList<>();
        relisted.forEach((id, reports) -> {
            if (listed.containsKey(id)) {
                listed.put(id, reports);
                order.add(id);
            }
        });
        return new Update(false, topRelisted, List.copyOf(order), Collections.unmodifiableSet(unlisted));
    }

    private static void leaving(List<PositionId> was, List<PositionId> now, Set<PositionId> out) {
        Set<PositionId> staying = new HashSet<>(now);
        for (PositionId id : was) {
            if (!staying.contains(id)) {
                out.add(id);
            }
        }
    }

    /** Forgets what {@code id}'s row and the rows below it listed. */
    private void forget(PositionId id) {
        Deque<PositionId> pending = new ArrayDeque<>(List.of(id));
        while (!pending.isEmpty()) {
            List<PositionId> reports = listed.remove(pending.pop());
            if (reports != null) {
                pending.addAll(reports);
            }
        }
    }

    /** The reports {@code row} lists (the roots for null, the invisible top), listing them if not yet done. */
    public List<PositionId> reportsOf(PositionId row) {
        if (row == null) {
            if (top == null) {
                top = chart.roots();
            }
            return top;
        }
        return listed.computeIfAbsent(row, chart::childrenOf);
    }

    /** Whether {@code row} has listed its reports (its rows below exist). */
    public boolean isListed(PositionId row) {
        return row == null ? top != null : listed.containsKey(row);
    }

    /** Whether {@code id} has no reports, so its row has nothing to open. */
    public boolean isLeaf(PositionId id) {
        return chart.childrenOf(id).isEmpty();
    }

    public boolean isExpanded(PositionId id) {
        return expanded.contains(id);
    }

    public void setExpanded(PositionId id, boolean open) {
        if (open) {
            expanded.add(id);
        } else {
            expanded.remove(id);
        }
    }

    /**
     * The way down to {@code id}'s row, from its root to it, opening every manager on the way:
     * how the row of a selection made elsewhere is shown. Empty for a position not in the chart.
     */
    public List<PositionId> reveal(PositionId id) {
        if (id == null || !chart.contains(id)) {
            return List.of();
        }
        List<PositionId> path = new ArrayList<>(chart.chainOfCommand(id)); // nearest first
        Collections.reverse(path);
        expanded.addAll(path);
        path.add(id);
        return path;
    }

    /** The row that shows {@code selection}: none when nothing is selected or it left the chart. */
    public Optional<PositionId> selectedRow(Optional<PositionId> selection) {
        return selection.filter(chart::contains);
    }

    /**
     * "Chief Executive Officer — Maya Lindqvist", "Head of IT — vacant"; a closed row with
     * reports says how many: "Chief Technology Officer — Daniel Reyes  (3)".
     */
    public String text(PositionId id) {
        Position p = chart.position(id);
        String text = p.title() + " — " + (p.isVacant() ? Texts.t("panels.outlineRows.vacant") : p.isHolderUndisclosed() ? Texts.t("panels.outlineRows.notDisclosed") : p.holder());
        int reports = chart.childrenOf(id).size();
        return reports > 0 && !isExpanded(id) ? text + "  (" + reports + ")" : text;
    }

    public boolean isVacant(PositionId id) {
        return chart.position(id).isVacant();
    }

    /** Every row the tree shows, top to bottom: the roots and, below each open row, its reports. */
    public List<Row> visibleRows() {
        List<Row> rows = new ArrayList<>();
        Deque<Row> pending = new ArrayDeque<>();
        List<PositionId> roots = reportsOf(null);
        for (int i = roots.size() - 1; i >= 0; i--) {
            pending.push(new Row(roots.get(i), 0));
        }
        while (!pending.isEmpty()) {
            Row row = pending.pop();
            rows.add(row);
            if (isExpanded(row.id()) && !isLeaf(row.id())) {
                List<PositionId> reports = reportsOf(row.id());
                for (int i = reports.size() - 1; i >= 0; i--) {
                    pending.push(new Row(reports.get(i), row.depth() + 1));
                }
            }
        }
        return rows;
    }
}
