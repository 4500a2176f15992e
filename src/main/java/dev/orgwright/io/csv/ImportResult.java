package dev.orgwright.io.csv;

import dev.orgwright.io.IoTexts;
import dev.orgwright.model.Chart;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionStatus;
import java.util.List;

/**
 * What an import made: the chart of every row that could be imported, every problem row with
 * what was done about it, and the counts, so that nothing is silently dropped:
 * {@code rowsRead == imported + refused}.
 *
 * @param chart    the imported chart; whole, possibly empty
 * @param table    the file as read (encoding, delimiter, header)
 * @param mapping  the mapping the rows were read with
 * @param problems every problem, in row order
 * @param rowsRead data rows in the file (the header not counted; blank rows counted)
 * @param imported rows that became positions
 * @param refused  rows left out, each with a problem saying why
 * @param inferred how many positions got their tier from their title or from the reporting lines
 */
public record ImportResult(Chart chart, CsvTable table, ColumnMapping mapping, List<ImportProblem> problems,
                           int rowsRead, int imported, int refused, InferredTiers inferred) {

    /**
     * How the tiers of a file without a tier column were found: so many from the job titles (the
     * tiers' typical titles), so many from where the position sits (a leaf under Executive
     * Management is Staff, a manager under Executive or Senior Management is Executive
     * Management), and the rest left without a tier.
     *
     * @param inferred       whether tiers were inferred at all: false when a column gives them
     * @param fromTitles     positions whose title reads as a tier
     * @param fromStructure  positions whose tier comes from their manager's tier and whether they manage
     */
    public record InferredTiers(boolean inferred, int fromTitles, int fromStructure) {

        /** Nothing inferred: the file has a tier column. */
        public static final InferredTiers NONE = new InferredTiers(false, 0, 0);
    }

    /** Copies the problems and checks the counts add up. */
    public ImportResult {
        problems = List.copyOf(problems);
        java.util.Objects.requireNonNull(inferred, "inferred");
        if (rowsRead != imported + refused) {
            throw new IllegalArgumentException(rowsRead + " rows read but " + imported + " imported and "
                    + refused + " refused.");
        }
    }

    /**
     * "Tiers: 98 read from the job titles, 7 inferred from the reporting lines, 2 left without a
     * tier.", or empty when the file has a tier column or no position was imported.
     */
    public String tierSummary() {
        if (!inferred.inferred() || imported == 0) {
            return "";
        }
        int left = imported - inferred.fromTitles() - inferred.fromStructure();
        return IoTexts.t("io.result.tiers", inferred.fromTitles(), inferred.fromStructure(), left == 0 ? "."
                : IoTexts.t(left == 1 ? "io.result.tiers.left.one" : "io.result.tiers.left.many", left));
    }

    /** This result with {@code more} problems, kept in row order; the chart and counts unchanged. */
    public ImportResult withProblems(List<ImportProblem> more) {
        List<ImportProblem> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        all.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return new ImportResult(chart, table, mapping, all, rowsRead, imported, refused, inferred);
    }

    /** The figures of the chart made: rows, top positions, levels, managers not found. */
    public ImportFigures figures() {
        return ImportFigures.of(this);
    }

    /** Whether the chart came out (mostly) flat: a problem of the whole file says which columns to try. */
    public boolean isFlat() {
        return problems.stream().anyMatch(p -> p.kind() == ImportProblem.Kind.NO_REPORTING_LINES);
    }

    /** Positions nobody holds, those being removed ({@link #closing()}) left out: the posts to fill. */
    public int vacancies() {
        return count(p -> p.isVacant() && p.status() != PositionStatus.CLOSING);
    }

    /** Positions filled by someone whose name the file does not disclose. */
    public int undisclosed() {
        return count(Position::isHolderUndisclosed);
    }

    /** Positions that are to be removed. */
    public int closing() {
        return count(p -> p.status() == PositionStatus.CLOSING);
    }

    private int count(java.util.function.Predicate<Position> test) {
        int n = 0;
        for (Position p : chart.inTreeOrder()) {
            n += test.test(p) ? 1 : 0;
        }
        return n;
    }

    /** "Holders: 12 vacancies, 155 not disclosed; 34 positions closing.", or empty when there is none of them. */
    public String holderSummary() {
        int closing = closing();
        if (imported == 0 || closing == 0 && vacancies() == 0 && undisclosed() == 0) {
            return "";
        }
        return IoTexts.t("io.result.holders",
                plural(vacancies(), "io.figures.vacancies.one", "io.figures.vacancies.many"), undisclosed(),
                plural(closing, "io.figures.positions.one", "io.figures.positions.many"));
    }

    /**
     * "Own fields: Grade, E-mail (private), Contact Phone (private)." for the columns kept as the
     * chart's own fields, or empty when there are none.
     */
    public String fieldSummary() {
        if (chart.fields().isEmpty()) {
            return "";
        }
        StringBuilder names = new StringBuilder();
        int privateOnes = 0;
        for (int i = 0; i < chart.fields().size(); i++) {
            FieldDefinition f = chart.fields().get(i);
            names.append(i == 0 ? "" : ", ")
                    .append(f.isPrivate() ? IoTexts.t("io.result.field.private", f.name()) : f.name());
            privateOnes += f.isPrivate() ? 1 : 0;
        }
        String out = IoTexts.t("io.result.fields", names);
        if (privateOnes > 0) {
            out += " " + IoTexts.t(privateOnes == 1 ? "io.result.fields.private.one" : "io.result.fields.private.many");
        }
        return out;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** "107 rows read, 105 imported, 2 refused; 3 problems." */
    public String summary() {
        String rows = plural(rowsRead, "io.figures.rows.one", "io.figures.rows.many");
        return problems.isEmpty() ? IoTexts.t("io.result.summary.clean", rows, imported, refused)
                : IoTexts.t("io.result.summary", rows, imported, refused,
                        plural(problems.size(), "io.result.problems.one", "io.result.problems.many"));
    }

    private static String plural(int n, String one, String many) {
        return IoTexts.t(n == 1 ? one : many, n);
    }
}
