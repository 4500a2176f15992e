package dev.orgwright.io.csv;

import dev.orgwright.io.IoTexts;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.HashMap;
import java.util.Map;

/**
 * The few figures that tell at a glance whether an import found the structure: a real chart has
 * one top position (or a handful) and several levels; a chart of top positions only, or with many
 * managers not found, means the manager column is wrong. Shown by {@code import --dry-run} and
 * live in the import dialog as the user changes the mapping.
 *
 * @param rows       data rows in the file
 * @param positions  positions imported
 * @param tops       top positions (no manager)
 * @param levels     levels of the deepest line of command (1 when every position is a top position)
 * @param unresolved managers named in the file that were not found or were ambiguous
 * @param vacancies  positions nobody holds (closing ones aside): the posts to fill
 */
public record ImportFigures(int rows, int positions, int tops, int levels, int unresolved, int vacancies) {

    /** The figures of an import's result. */
    public static ImportFigures of(ImportResult result) {
        Chart chart = result.chart();
        Map<PositionId, Integer> level = new HashMap<>(chart.size() * 2);
        int deepest = 0;
        for (Position p : chart.inTreeOrder()) {
            int l = p.reportsTo() == null ? 1 : level.getOrDefault(p.reportsTo(), 0) + 1;
            level.put(p.id(), l);
            deepest = Math.max(deepest, l);
        }
        return new ImportFigures(result.rowsRead(), chart.size(), chart.roots().size(), deepest, unresolved(result),
                result.vacancies());
    }

    /** Managers named in the file that were not found or were ambiguous: counted from the problems alone. */
    static int unresolved(ImportResult result) {
        return (int) result.problems().stream().filter(p -> p.kind() == ImportProblem.Kind.MISSING_MANAGER
                || p.kind() == ImportProblem.Kind.AMBIGUOUS_MANAGER).count();
    }

    /**
     * "278 rows, 278 positions; 1 top position, 6 levels, 0 managers not found; 12 vacancies." (the
     * vacancies only when there are some).
     */
    public String describe() {
        return IoTexts.t("io.figures.summary",
                count(rows, "io.figures.rows.one", "io.figures.rows.many"),
                count(positions, "io.figures.positions.one", "io.figures.positions.many"),
                count(tops, "io.figures.tops.one", "io.figures.tops.many"),
                count(levels, "io.figures.levels.one", "io.figures.levels.many"),
                count(unresolved, "io.figures.unresolved.one", "io.figures.unresolved.many"),
                vacancies == 0 ? "" : "; " + count(vacancies, "io.figures.vacancies.one", "io.figures.vacancies.many"));
    }

    private static String count(int n, String one, String many) {
        return IoTexts.t(n == 1 ? one : many, n);
    }
}
