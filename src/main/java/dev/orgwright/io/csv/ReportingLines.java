package dev.orgwright.io.csv;

import dev.orgwright.io.IoTexts;
import dev.orgwright.io.csv.ImportProblem.Kind;
import dev.orgwright.model.PositionId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds each imported row's manager: the row whose id is in the manager cell, or else the one
 * person whose full name it is, or else the one whose e-mail it is, whatever the case, stray
 * quotes and spaces. A top-post mark (an empty cell, "XX", "none", "n/a", "-" or "0", each when
 * no row has it as its id) means no manager, and so does a post naming itself when it is the file's only top
 * post. A manager that cannot be found, a name two people share, any other post naming itself,
 * and breaking a circle of reporting lines make the position a top position (a root): each is
 * listed as a problem, so the user knows which positions to place.
 */
final class ReportingLines {

    private final List<CsvImporter.Row> rows;
    private final Map<String, Integer> refusedIds;
    private final String column;
    private final List<ImportProblem> problems;
    private final Map<PositionId, CsvImporter.Row> byId;
    private Map<String, List<CsvImporter.Row>> byIdKey;
    private Map<String, List<CsvImporter.Row>> byName;
    private Map<String, List<CsvImporter.Row>> byEmail;

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
        int marked = 0;
        List<CsvImporter.Row> selfNamed = new ArrayList<>();
        for (CsvImporter.Row r : rows) {
            String ref = r.managerRef();
            CsvImporter.Row manager = ref.isEmpty() ? null : byId.get(PositionId.of(ref));
            if (manager == null) {
                String key = ManagerKeys.key(ref);
                if (ManagerKeys.isTopMark(key, k -> byIdKey().containsKey(k))) {
                    marked++;
                    continue;
                }
                manager = find(r, ref);
            }
            if (manager == r) {
                selfNamed.add(r);
            } else if (manager != null) {
                managers.put(r.id(), manager.id());
            }
        }
        // The one post naming itself in a file with no other top-post mark is the top post.
        if (selfNamed.size() > 1 || marked > 0) {
            selfNamed.forEach(r -> managers.put(r.id(), r.id()));
        }
        breakCycles(managers);
        return managers;
    }

    /** The row {@code ref} names (not by its id as written): by id whatever the case and quotes, by full name, by e-mail. */
    private CsvImporter.Row find(CsvImporter.Row r, String ref) {
        String key = ManagerKeys.key(ref);
        if (byName == null) {
            byName = index(CsvImporter.Row::holder);
            byEmail = index(CsvImporter.Row::email);
        }
        List<CsvImporter.Row> ids = byIdKey().getOrDefault(key, List.of());
        if (ids.size() == 1) {
            return ids.get(0);
        }
        List<CsvImporter.Row> named = byName.getOrDefault(key, List.of());
        if (named.size() == 1) {
            return named.get(0);
        }
        List<CsvImporter.Row> mailed = byEmail.getOrDefault(key, List.of());
        if (named.isEmpty() && mailed.size() == 1) {
            return mailed.get(0);
        }
        if (!named.isEmpty()) {
            ambiguous(r, ref, named, IoTexts.t("io.lines.ambiguous.name"));
        } else if (!mailed.isEmpty()) {
            ambiguous(r, ref, mailed, IoTexts.t("io.lines.ambiguous.email"));
        } else if (ids.size() > 1) {
            ambiguous(r, ref, ids, IoTexts.t("io.lines.ambiguous.id"));
        } else {
            Integer refusedRow = refusedIds.get(ref);
            report(r, Kind.MISSING_MANAGER, refusedRow != null
                    ? IoTexts.t("io.lines.missing.refused", ref, String.valueOf(refusedRow), describe(r))
                    : IoTexts.t("io.lines.missing.unknown", ref, describe(r)));
        }
        return null;
    }

    private Map<String, List<CsvImporter.Row>> byIdKey() {
        if (byIdKey == null) {
            byIdKey = index(each -> each.id().value());
        }
        return byIdKey;
    }

    private Map<String, List<CsvImporter.Row>> index(java.util.function.Function<CsvImporter.Row, String> field) {
        Map<String, List<CsvImporter.Row>> out = new HashMap<>();
        for (CsvImporter.Row each : rows) {
            String key = ManagerKeys.key(field.apply(each));
            if (!key.isEmpty()) {
                out.computeIfAbsent(key, k -> new ArrayList<>(1)).add(each);
            }
        }
        return out;
    }

    private void ambiguous(CsvImporter.Row r, String ref, List<CsvImporter.Row> named, String what) {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < named.size() && i < 5; i++) {
            where.append(i == 0 ? "" : i == named.size() - 1 ? " " + IoTexts.t("io.lines.and") + " " : ", ")
                    .append(named.get(i).row());
        }
        report(r, Kind.AMBIGUOUS_MANAGER, IoTexts.t("io.lines.ambiguous", ref, what, String.valueOf(named.size()),
                where + (named.size() > 5 ? ", …" : ""), describe(r)));
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
                        ? IoTexts.t("io.lines.cycle.self", describe(first))
                        : IoTexts.t("io.lines.cycle", path(circle, first.id()), describe(first)));
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
            out.append(IoTexts.t("io.lines.more", String.valueOf(circle.size() - shown))).append(" → ");
        }
        return out.append('\'').append(from).append('\'').toString();
    }

    private static String describe(CsvImporter.Row r) {
        return IoTexts.t("io.lines.position", r.id(), r.title() + (r.holder().isEmpty() ? "" : ", " + r.holder()));
    }

    static String nameKey(String name) {
        return String.join(" ", name.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    private void report(CsvImporter.Row r, Kind kind, String what) {
        String place = (column == null ? IoTexts.t("io.lines.at.row", String.valueOf(r.row()))
                : IoTexts.t("io.csv.at.cell", String.valueOf(r.row()), column)) + " ";
        problems.add(new ImportProblem(r.row(), column, kind, false, place + what));
    }
}
