package dev.orgwright.io.csv;

import dev.orgwright.io.csv.ImportProblem.Kind;
import dev.orgwright.model.PositionId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds each imported row's manager: the row whose id is in the manager cell, or else the one
 * person whose full name it is. A manager that cannot be found, or a name two people share,
 * makes the position a top position (a root), and so does breaking a circle of reporting lines:
 * each is listed as a problem, so the user knows which positions to place.
 */
final class ReportingLines {

    private final List<CsvImporter.Row> rows;
    private final Map<String, Integer> refusedIds;
    private final String column;
    private final List<ImportProblem> problems;
    private final Map<PositionId, CsvImporter.Row> byId;
    private Map<String, List<CsvImporter.Row>> byName;

    ReportingLines(List<CsvImporter.Row> rows, Map<String, Integer> refusedIds, String column,
                   List<ImportProblem> problems) {
        this.rows = rows;
        this.refusedIds = refusedIds;
        this.column = column;
        this.problems = problems;
        this.byId = new HashMap<>(rows.size() * 2);
        for (CsvImporter.Row r : rows) {
            byId.put(r.id(), r);
        }
    }

    /** Each position's manager; positions without one are absent. */
    Map<PositionId, PositionId> resolve() {
        Map<PositionId, PositionId> managers = new HashMap<>(rows.size() * 2);
        for (CsvImporter.Row r : rows) {
            String ref = r.managerRef();
            if (ref.isEmpty()) {
                continue;
            }
            CsvImporter.Row manager = ref.isBlank() ? null : byId.get(PositionId.of(ref));
            if (manager == null) {
                manager = byName(r, ref);
            }
            if (manager != null) {
                managers.put(r.id(), manager.id());
            }
        }
        breakCycles(managers);
        return managers;
    }

    private CsvImporter.Row byName(CsvImporter.Row r, String ref) {
        if (byName == null) {
            byName = new HashMap<>();
            for (CsvImporter.Row each : rows) {
                if (!each.holder().isBlank()) {
                    byName.computeIfAbsent(nameKey(each.holder()), k -> new ArrayList<>(1)).add(each);
                }
            }
        }
        List<CsvImporter.Row> named = byName.getOrDefault(nameKey(ref), List.of());
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.isEmpty()) {
            Integer refusedRow = refusedIds.get(ref);
            report(r, Kind.MISSING_MANAGER, refusedRow != null
                    ? "the manager '" + ref + "' is the id on row " + refusedRow + ", which was not imported; "
                    + describe(r) + " was imported as a top position."
                    : "the manager '" + ref + "' is neither an id nor a person's name in this file; "
                    + describe(r) + " was imported as a top position.");
        } else {
            StringBuilder where = new StringBuilder();
            for (int i = 0; i < named.size() && i < 5; i++) {
                where.append(i == 0 ? "" : i == named.size() - 1 ? " and " : ", ").append(named.get(i).row());
            }
            report(r, Kind.AMBIGUOUS_MANAGER, "the manager '" + ref + "' is the name of " + named.size()
                    + " people (rows " + where + (named.size() > 5 ? ", …" : "") + "); " + describe(r)
                    + " was imported as a top position. Put the manager's id in this cell instead.");
        }
        return null;
    }

    /**
     * Walks up from every position; a walk that meets itself has found a circle. Each position
     * has one manager, so each circle is found once; it is broken at the row that comes first
     * in the file, which becomes a top position.
     */
    private void breakCycles(Map<PositionId, PositionId> managers) {
        Map<PositionId, Boolean> onWalk = new HashMap<>(rows.size() * 2); // true: on this walk; false: done
        for (CsvImporter.Row start : rows) {
            if (onWalk.containsKey(start.id())) {
                continue;
            }
            List<PositionId> walk = new ArrayList<>();
            PositionId current = start.id();
            while (current != null && !onWalk.containsKey(current)) {
                onWalk.put(current, true);
                walk.add(current);
                current = managers.get(current);
            }
            if (current != null && onWalk.get(current)) {
                List<PositionId> circle = walk.subList(walk.indexOf(current), walk.size());
                CsvImporter.Row first = byId.get(circle.get(0));
                for (PositionId id : circle) {
                    if (byId.get(id).row() < first.row()) {
                        first = byId.get(id);
                    }
                }
                managers.remove(first.id());
                report(first, Kind.CYCLE, circle.size() == 1
                        ? describe(first) + " is its own manager; it was imported as a top position."
                        : "positions " + path(circle, first.id()) + " report to each other in a circle; "
                        + describe(first) + " was imported as a top position to break it. Choose its manager"
                        + " in the chart.");
            }
            walk.forEach(id -> onWalk.put(id, false));
        }
    }

    /** "'5' → '7' → '9' → '5'", starting at {@code from}, at most six steps shown. */
    private static String path(List<PositionId> circle, PositionId from) {
        int start = circle.indexOf(from);
        StringBuilder out = new StringBuilder();
        int shown = Math.min(circle.size(), 6);
        for (int i = 0; i < shown; i++) {
            out.append('\'').append(circle.get((start + i) % circle.size())).append("' → ");
        }
        if (shown < circle.size()) {
            out.append("… (").append(circle.size() - shown).append(" more) → ");
        }
        return out.append('\'').append(from).append('\'').toString();
    }

    private static String describe(CsvImporter.Row r) {
        return "position '" + r.id() + "' (" + r.title() + (r.holder().isEmpty() ? "" : ", " + r.holder()) + ")";
    }

    static String nameKey(String name) {
        return String.join(" ", name.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    private void report(CsvImporter.Row r, Kind kind, String what) {
        String place = column == null ? "Row " + r.row() + ": " : "Row " + r.row() + ", column '" + column + "': ";
        problems.add(new ImportProblem(r.row(), column, kind, false, place + what));
    }
}
